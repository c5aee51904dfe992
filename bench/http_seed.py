#!/usr/bin/env python3
"""Prepares a fresh `stride serve` for bench/http.sh through its API: one runner account with a
personal token, her athlete, running week, assessment, training log and a plan (the files of
examples/), and a second athlete of hers that takes the benchmark's writes, so the reads never see
the log grow. Prints `TOKEN ATHLETE_ID WRITE_ATHLETE_ID` on one line. Python's standard library only.

Usage: http_seed.py BASE_URL
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from stride_api import Client  # noqa: E402  (the shared client lives in scripts/)

EXAMPLES = ROOT / "examples"


def example(name):
    return json.loads((EXAMPLES / name).read_text())


def main():
    account = {"email": "bench@example.org", "password": "bench-password", "display_name": "Bench", "role": "runner"}
    runner = Client(sys.argv[1].rstrip("/"), account)
    token = runner.call("POST", "/api/v1/tokens", {"name": "bench"}, expect=201)["token"]
    athlete = runner.call("POST", "/api/v1/athletes", example("athlete.json"), expect=201)
    path = f"/api/v1/athletes/{athlete['id']}"
    runner.call("PUT", path + "/running-calendar", example("runs.json"))
    runner.call("POST", path + "/assessments", example("assessment.json"), expect=201)
    for activity in example("log.json")["activities"]:
        runner.call("POST", path + "/activities", activity, expect=201)
    runner.call("POST", path + "/plans", {}, expect=201)
    writes = runner.call("POST", "/api/v1/athletes", example("athlete.json"), expect=201)
    print(token, athlete["id"], writes["id"])


if __name__ == "__main__":
    main()
