"""A signed-in account of a running `stride serve`, for the scripts that fill one through its HTTP
API (scripts/demo_seed.py, bench/http_seed.py). Python's standard library only."""
import json
import sys
import urllib.error
import urllib.request
from pathlib import Path


class Client:
    """One account, signed up on creation: its session cookie and CSRF token go with every call."""

    def __init__(self, base_url, account):
        self.base_url = base_url
        self.cookie = None
        self.csrf_token = None
        answer = self.call("POST", "/api/v1/accounts", account, expect=201)
        self.csrf_token = answer["csrf_token"]

    def call(self, method, path, body=None, expect=200, raw=None):
        """The JSON answer (None when empty). Exits 1, naming the call and the answer, when the
        status is not `expect`. `raw` bytes go as application/octet-stream, `body` as JSON."""
        headers = {}
        data = None
        if raw is not None:
            data, headers["Content-Type"] = raw, "application/octet-stream"
        elif body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        if self.cookie:
            headers["Cookie"] = self.cookie
        if self.csrf_token:
            headers["X-CSRF-Token"] = self.csrf_token
        request = urllib.request.Request(self.base_url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request) as response:
                status, text, cookie = response.status, response.read(), response.headers.get("Set-Cookie")
        except urllib.error.HTTPError as error:
            status, text, cookie = error.code, error.read(), None
        if status != expect:
            program = Path(sys.argv[0]).stem
            sys.exit(f"{program}: {method} {path} answered {status}, not {expect}: {text.decode(errors='replace')}")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return json.loads(text) if text else None
