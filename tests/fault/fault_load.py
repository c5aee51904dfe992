#!/usr/bin/env python3
"""The fault and load test of issue 16: several `stride serve` instances on one database, many
concurrent clients logging sets and runs, importing recordings, re-planning and changing plans; one
instance killed with SIGKILL mid-run, and (when --restart-database is given) the database server
restarted once. Then it checks, through a surviving instance:

- every client saw only 2xx, 409 or 503 answers (never 500, never another 4xx);
- every write that was answered 2xx is present exactly once (activities by id and by client_id;
  imported recordings by their start time), and no activity is stored twice;
- every runner's current plan is whole (a stride.plan.v1 document with its days) and the changes
  listed are readable.

Loopback only and bounded: every request has a timeout, the run lasts --seconds, the servers are
stopped at the end. Python's standard library only. Prints the counts and the throughput; exits 1
naming every broken promise. Usage:

  fault_load.py --binary build/stride [--db DATABASE] [--instances 2] [--clients 200] [--runners 20]
                [--seconds 60] [--restart-database "COMMAND"] [--seed 1]

DATABASE is what `stride serve --db` takes (an SQLite path, or a postgresql:// URL); by default a
new SQLite file in a temporary folder, removed afterwards.
"""
import argparse
import collections
import http.client
import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TODAY = "2026-11-25"  # a Wednesday; the servers run on it (STRIDE_TODAY)
REQUEST_TIMEOUT_S = 20
ACCEPTED = {200, 201, 204, 409, 503}
FIRST_RECORDING_S = 1640995200  # 2022-01-01T00:00:00Z: recordings are placed from there on, before TODAY


class Server:
    """One `stride serve` on a free loopback port."""

    def __init__(self, binary, database, folder, name):
        self.name = name
        self.errors = open(Path(folder) / f"{name}.messages", "w+")
        environment = dict(os.environ, STRIDE_TODAY=TODAY)
        self.access_log = Path(folder) / f"{name}.access"
        with open(self.access_log, "w") as access:
            self.process = subprocess.Popen(
                [binary, "serve", "--db", database, "--listen", "127.0.0.1:0"],
                stdout=access, stderr=self.errors, env=environment)
        self.port = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.port is None:
            self.errors.seek(0)
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", self.errors.read())
            if found:
                self.port = int(found.group(1))
            elif self.process.poll() is not None:
                break
            else:
                time.sleep(0.05)
        if self.port is None:
            self.errors.seek(0)
            raise SystemExit(f"fault_load: {name} did not start: {self.errors.read()}")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Unanswered(Exception):
    """The connection failed or was cut before an answer came: the write may or may not be stored."""


def send(port, method, path, token=None, body=None, raw=None, headers=None):
    """(status, headers, parsed JSON or None) of one request; Unanswered when no answer came."""
    all_headers = dict(headers or {})
    data = None
    if raw is not None:
        data, all_headers["Content-Type"] = raw, "application/octet-stream"
    elif body is not None:
        data, all_headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    if token:
        all_headers["Authorization"] = "Bearer " + token
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
    try:
        connection.request(method, path, body=data, headers=all_headers)
        response = connection.getresponse()
        text = response.read()
        answer_headers = {name.lower(): value for name, value in response.getheaders()}
    except (OSError, http.client.HTTPException) as error:
        raise Unanswered(str(error)) from error
    finally:
        connection.close()
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    return response.status, answer_headers, parsed


class Runner:
    def __init__(self, number, token, athlete):
        self.number, self.token, self.athlete = number, token, athlete
        self.path = f"/api/v1/athletes/{athlete}"


def make_runners(port, count):
    """`count` runner accounts, each with a personal token, its athlete, running week and plan."""
    athlete_document = json.loads((EXAMPLES / "athlete.json").read_text())
    calendar = json.loads((EXAMPLES / "runs.json").read_text())
    runners = []
    stamp = uuid.uuid4().hex[:8]
    for number in range(count):
        status, headers, answer = send(port, "POST", "/api/v1/accounts", body={
            "email": f"runner{number}-{stamp}@example.org", "password": "a long enough password",
            "display_name": f"Runner {number}", "role": "runner"})
        assert status == 201, (status, answer)
        session = {"X-CSRF-Token": answer["csrf_token"], "Cookie": headers["set-cookie"].split(";")[0]}
        status, _, answer = send(port, "POST", "/api/v1/tokens", body={"name": "fault"}, headers=session)
        assert status == 201, (status, answer)
        token = answer["token"]
        status, _, athlete = send(port, "POST", "/api/v1/athletes", token,
                                  body=dict(athlete_document, name=f"Runner {number}"))
        assert status == 201, (status, athlete)
        runner = Runner(number, token, athlete["id"])
        assert send(port, "PUT", runner.path + "/running-calendar", token, body=calendar)[0] == 200
        assert send(port, "POST", runner.path + "/plans", token, body={})[0] == 201
        runners.append(runner)
    return runners


def gpx(start_seconds):
    """A short run recorded from `start_seconds` (UTC) on TODAY or before: 60 points 10 s apart."""
    points = []
    for index in range(60):
        moment = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start_seconds + 10 * index))
        points.append(f'<trkpt lat="{46.0569 + index * 0.00015:.6f}" lon="14.505800"><time>{moment}</time></trkpt>')
    return ('<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="fault_load" '
            'xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>'
            + "".join(points) + "</trkseg></trk></gpx>").encode()


class Ledger:
    """What the clients saw and what the servers promised, shared by every client thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.unexpected = []
        self.unanswered = 0
        self.activities = collections.defaultdict(set)  # runner -> ids answered 2xx
        self.client_ids = collections.defaultdict(set)  # runner -> client ids answered 2xx
        self.recordings = collections.defaultdict(set)  # runner -> start times answered 201 or 409
        self.writes = 0
        self.unavailable = collections.Counter()  # 503 answers by (operation, message)
        self.unavailable_moments = []  # time.monotonic() of each 503

    def saw(self, operation, status, answer):
        with self.lock:
            self.statuses[status] += 1
            if status not in ACCEPTED:
                self.unexpected.append((operation, status, json.dumps(answer)[:300]))
            if status == 503:
                message = answer.get("error", {}).get("message", "") if isinstance(answer, dict) else ""
                self.unavailable[(operation, message[:80])] += 1
                self.unavailable_moments.append(time.monotonic())


def client_loop(number, clients, runner, ports, ledger, stop_at, seed):
    generator = random.Random(seed * 100003 + number)
    preferred = number % len(ports)
    counter = 0

    def call(operation, method, path, **options):
        """The answer from the preferred instance, else from the next one that answers; retried with
        the same request (idempotent by client_id, recording or version) until one answers."""
        nonlocal preferred
        for attempt in range(3 * len(ports)):
            port = ports[(preferred + attempt) % len(ports)]
            try:
                status, headers, answer = send(port, method, path, runner.token, **options)
            except Unanswered:
                with ledger.lock:
                    ledger.unanswered += 1
                time.sleep(0.05 * (attempt + 1))
                continue
            preferred = (preferred + attempt) % len(ports)
            ledger.saw(operation, status, answer)
            return status, headers, answer
        return None, {}, None

    while time.monotonic() < stop_at:
        counter += 1
        choice = generator.random()
        if choice < 0.45:
            client_id = f"c{number}-{counter}-{uuid.uuid4().hex[:8]}"
            strength = generator.random() < 0.5
            day = f"2026-11-{generator.randint(1, 25):02d}"
            body = {"date": day, "sport": "strength" if strength else "run", "rpe": generator.randint(3, 8),
                    "duration_min": generator.randint(20, 70), "client_id": client_id}
            if strength:
                body["sets"] = [{"exercise": "split_squat", "side": side, "reps": 8, "load_kg": 20}
                                for side in ("left", "right") for _ in range(3)]
            else:
                body["distance_km"] = round(body["duration_min"] / generator.uniform(5, 7), 1)  # 5 to 7 min/km
            status, _, answer = call("log", "POST", runner.path + "/activities", body=body)
            if status in (200, 201):
                with ledger.lock:
                    ledger.activities[runner.number].add(answer["id"])
                    ledger.client_ids[runner.number].add(client_id)
                    ledger.writes += 1
        elif choice < 0.60:
            # A ten-minute run in the past, a quarter of an hour from any other client's: never the same
            # run twice (about 800 imports a client fit before TODAY).
            start = FIRST_RECORDING_S + 900 * (counter * clients + number)
            status, _, _ = call("import", "POST", runner.path + "/activities/files", raw=gpx(start))
            if status in (201, 409):
                with ledger.lock:
                    ledger.recordings[runner.number].add(start)
                    ledger.writes += status == 201
        elif choice < 0.70:
            call("replan", "POST", runner.path + "/plans", body={})
        elif choice < 0.85:
            status, headers, plan = call("read plan", "GET", runner.path + "/plans/current")
            if status != 200 or plan is None:
                continue
            future = [(day["date"], index) for day in plan["days"] if day["date"] > TODAY
                      for index, session in enumerate(day["sessions"]) if not session.get("skipped")]
            if not future:
                continue
            date, index = generator.choice(future[:20])
            call("change plan", "POST", runner.path + "/plans/current/changes",
                 body={"kind": "skip", "session": {"date": date, "index": index}, "reason": "fault test"},
                 headers={"If-Match": headers.get("etag", "*")})
        else:
            call("status", "GET", runner.path + "/status")


def verify(port, runners, ledger):
    problems = []
    for runner in runners:
        status, _, answer = send(port, "GET", runner.path + "/activities", runner.token)
        if status != 200:
            problems.append(f"runner {runner.number}: GET activities answered {status}")
            continue
        stored = answer["activities"]
        ids = collections.Counter(activity["id"] for activity in stored)
        for activity_id in ledger.activities[runner.number]:
            if ids[activity_id] != 1:
                problems.append(f"runner {runner.number}: activity {activity_id} answered 2xx is stored {ids[activity_id]} times")
        client_ids = collections.Counter(activity["client_id"] for activity in stored if activity["client_id"])
        for client_id in ledger.client_ids[runner.number]:
            if client_ids[client_id] != 1:
                problems.append(f"runner {runner.number}: client_id {client_id} is stored {client_ids[client_id]} times")
        for client_id, count in client_ids.items():
            if count > 1:
                problems.append(f"runner {runner.number}: client_id {client_id} is stored {count} times")
        starts = collections.Counter(activity["recording"]["start_time"] for activity in stored if activity["recording"])
        for start, count in starts.items():
            if count > 1:
                problems.append(f"runner {runner.number}: the recording starting {start} is stored {count} times")
        recorded = len(ledger.recordings[runner.number])
        if len(starts) != recorded:
            problems.append(f"runner {runner.number}: {recorded} recordings were answered 201 or 409, {len(starts)} are stored")
        status, _, plan = send(port, "GET", runner.path + "/plans/current", runner.token)
        if status != 200 or not isinstance(plan, dict) or plan.get("schema") != "stride.plan.v1" or not plan.get("days"):
            problems.append(f"runner {runner.number}: the current plan is not whole ({status})")
        status, _, changes = send(port, "GET", runner.path + "/plans/current/changes", runner.token)
        if status != 200 or not isinstance(changes, dict) or not isinstance(changes.get("changes"), list):
            problems.append(f"runner {runner.number}: the plan changes are not readable ({status})")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=str(ROOT / "build" / "stride"))
    parser.add_argument("--db", default="", help="default: a new SQLite file in a temporary folder")
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--runners", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--restart-database", default="")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="stride-fault-")
    database = options.db or str(Path(folder) / "stride.db")
    servers = [Server(options.binary, database, folder, f"instance{n}") for n in range(options.instances)]
    try:
        runners = make_runners(servers[0].port, options.runners)
        ledger = Ledger()
        ports = [server.port for server in servers]
        started = time.monotonic()
        stop_at = started + options.seconds
        threads = [threading.Thread(target=client_loop, daemon=True,
                                    args=(n, options.clients, runners[n % len(runners)], ports, ledger, stop_at, options.seed))
                   for n in range(options.clients)]
        for thread in threads:
            thread.start()
        time.sleep(options.seconds * 0.4)
        servers[-1].kill()
        killed_at = time.monotonic() - started
        restarted_at = None
        if options.restart_database:
            time.sleep(options.seconds * 0.2)
            subprocess.run(shlex.split(options.restart_database), check=True, timeout=60,
                           stdout=subprocess.DEVNULL)
            restarted_at = time.monotonic() - started
        for thread in threads:
            thread.join(timeout=options.seconds + 4 * REQUEST_TIMEOUT_S)
        elapsed = time.monotonic() - started
        alive = [thread for thread in threads if thread.is_alive()]
        problems = [f"{len(alive)} clients did not finish"] if alive else []
        problems += verify(servers[0].port, runners, ledger)
        problems += [f"{operation} answered {status}: {answer}" for operation, status, answer in ledger.unexpected[:20]]
        total = sum(ledger.statuses.values())
        print(f"fault_load: {options.instances} instances, {options.clients} clients on {options.runners} runners, "
              f"{elapsed:.1f} s; instance {options.instances - 1} killed at {killed_at:.1f} s"
              + (f", database restarted at {restarted_at:.1f} s" if restarted_at is not None else ""))
        print(f"fault_load: {total} answers ({total / elapsed:.0f}/s), {ledger.writes} writes answered 2xx and "
              f"verified, {ledger.unanswered} requests without an answer (retried)")
        print("fault_load: answers by status: " + ", ".join(f"{status}: {count}" for status, count in sorted(ledger.statuses.items())))
        if ledger.unavailable_moments:
            first, last = min(ledger.unavailable_moments) - started, max(ledger.unavailable_moments) - started
            print(f"fault_load: 503 answers from {first:.1f} s to {last:.1f} s")
        for (operation, message), count in ledger.unavailable.most_common(4):
            print(f"fault_load: 503 x {count}: {operation}: {message}")
        if problems:
            for problem in problems:
                print("fault_load: FAILED: " + problem, file=sys.stderr)
            # The servers' own words for their 5xx answers (the access log's "error").
            for server in servers:
                for line in server.access_log.read_text(errors="replace").splitlines():
                    if '"status":5' in line and '"status":503' not in line:
                        print(f"fault_load: {server.name}: {line}", file=sys.stderr)
            return 1
        print("fault_load: every answered write is stored once, no duplicate, every plan whole, no 500")
        return 0
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
