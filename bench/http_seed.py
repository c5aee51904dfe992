#!/usr/bin/env python3
"""Prepares a fresh `stride serve` for bench/http.sh through its API: one runner account with a
personal token, her athlete, running week, assessment, training log and a plan (the files of
examples/), and a second athlete of hers that takes the benchmark's writes, so the reads never see
the log grow. Prints `TOKEN ATHLETE_ID WRITE_ATHLETE_ID` on one line. Python's standard library only.

Usage: http_seed.py BASE_URL
"""
import json
import sys
import urllib.request
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def call(base_url, method, path, body, token=None, cookie=None, csrf=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if cookie:
        headers["Cookie"], headers["X-CSRF-Token"] = cookie, csrf
    request = urllib.request.Request(base_url + path, json.dumps(body).encode(), headers, method=method)
    with urllib.request.urlopen(request) as response:  # any answer but 2xx raises, naming the call
        text = response.read()
        return (json.loads(text) if text else None), response.headers.get("Set-Cookie")


def main():
    base_url = sys.argv[1].rstrip("/")
    account = {"email": "bench@example.org", "password": "bench-password", "display_name": "Bench", "role": "runner"}
    answer, cookie = call(base_url, "POST", "/api/v1/accounts", account)
    token, _ = call(base_url, "POST", "/api/v1/tokens", {"name": "bench"},
                    cookie=cookie.split(";", 1)[0], csrf=answer["csrf_token"])
    token = token["token"]
    athlete, _ = call(base_url, "POST", "/api/v1/athletes", json.loads((EXAMPLES / "athlete.json").read_text()), token)
    path = f"/api/v1/athletes/{athlete['id']}"
    call(base_url, "PUT", path + "/running-calendar", json.loads((EXAMPLES / "runs.json").read_text()), token)
    call(base_url, "POST", path + "/assessments", json.loads((EXAMPLES / "assessment.json").read_text()), token)
    for activity in json.loads((EXAMPLES / "log.json").read_text())["activities"]:
        call(base_url, "POST", path + "/activities", activity, token)
    call(base_url, "POST", path + "/plans", {}, token)
    writes, _ = call(base_url, "POST", "/api/v1/athletes", json.loads((EXAMPLES / "athlete.json").read_text()), token)
    print(token, athlete["id"], writes["id"])


if __name__ == "__main__":
    main()
