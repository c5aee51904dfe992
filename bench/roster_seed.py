#!/usr/bin/env python3
"""Prepares a running `stride serve` for the roster row of bench/http.sh: one coach account with a
personal token and RUNNERS runners it manages (issue 15: a coach of 60 runners), each with the
example running week, a plan from TODAY, and a year of history before TODAY: four runs and two
strength sessions with their sets a week, the odd missed week, and now and then a pain report. The
runners are made through the API; their history goes in with `stride log import` on the same
database file (one transaction per runner, as a nightly import would), which the server sees
through each runner's revision. Fixed seed: the same runners every time. Prints the coach's token.

Usage: roster_seed.py BASE_URL DATABASE TODAY [RUNNERS] (default 60). Python's standard library only.
"""
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from stride_api import Client  # noqa: E402  (the shared client lives in scripts/)

EXAMPLES = ROOT / "examples"
BINARY = os.environ.get("STRIDE_BINARY", str(ROOT / "build" / "stride"))


def year_of_history(rng, today):
    """A training log (contract §3.4) of the 52 weeks before `today`."""
    activities, pain = [], []
    first_monday = today - datetime.timedelta(days=today.weekday() + 7 * 52)
    for week in range(52):
        if rng.random() < 0.06:
            continue  # a week off
        monday = first_monday + datetime.timedelta(weeks=week)
        for offset, km in ((1, 8), (3, 10), (5, 6), (6, 16 + rng.randrange(8))):
            day = monday + datetime.timedelta(days=offset)
            if day < today:
                activities.append({"date": day.isoformat(), "sport": "run", "duration_min": km * 6,
                                   "distance_km": km, "rpe": 3 + rng.randrange(5)})
        for offset in (0, 2):
            day = monday + datetime.timedelta(days=offset)
            if day < today and rng.random() < 0.85:
                sets = [{"exercise": "rear_foot_elevated_split_squat", "side": side, "reps": 8,
                         "load_kg": 10 + week // 8, "rpe": 7} for side in ("left", "right") * 3]
                activities.append({"date": day.isoformat(), "sport": "strength", "duration_min": 35, "rpe": 6,
                                   "sets": sets})
        if rng.random() < 0.08:
            day = monday + datetime.timedelta(days=4)
            if day < today:
                pain.append({"date": day.isoformat(), "region": "knee", "side": "left",
                             "score": 2 + rng.randrange(6), "when": "after"})
    return {"activities": activities, "pain": pain}


def main():
    base, database, today = sys.argv[1].rstrip("/"), sys.argv[2], datetime.date.fromisoformat(sys.argv[3])
    runners = int(sys.argv[4]) if len(sys.argv) > 4 else 60
    rng = random.Random(15)
    account = {"email": "roster-coach@example.org", "password": "bench-password", "display_name": "Coach",
               "role": "coach"}
    coach = Client(base, account)
    token = coach.call("POST", "/api/v1/tokens", {"name": "roster bench"}, expect=201)["token"]
    athlete = json.loads((EXAMPLES / "athlete.json").read_text())
    calendar = json.loads((EXAMPLES / "runs.json").read_text())
    with tempfile.TemporaryDirectory() as folder:
        for number in range(runners):
            athlete["name"] = f"Runner {number + 1:02d}"
            created = coach.call("POST", "/api/v1/athletes", athlete, expect=201)
            path = f"/api/v1/athletes/{created['id']}"
            coach.call("PUT", path + "/running-calendar", calendar)
            log = Path(folder) / f"log-{number}.json"
            log.write_text(json.dumps(year_of_history(rng, today)))
            subprocess.run([BINARY, "log", "import", "--db", database, "--athlete-id", str(created["id"]), str(log)],
                           check=True, stdout=subprocess.DEVNULL)
            coach.call("POST", path + "/plans", {"start": today.isoformat()}, expect=201)
    print(token)


if __name__ == "__main__":
    main()
