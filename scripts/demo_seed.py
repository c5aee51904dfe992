#!/usr/bin/env python3
"""Fills a running `stride serve` with the demo of `make run`, through its HTTP API only (api.md):
a runner with her athlete profile, running week, movement assessment, a month and a half of
training log, a run recorded by her watch and a plan; and a coach she has accepted. Uses the
example files of examples/. Prints the sign-ins. Exits 1, naming the call, when an answer is not
the expected one. Python's standard library only.

The example files tell the story of a runner on STORY_TODAY (a Wednesday). With TODAY, the server's
today, every date in them moves forward by the whole weeks between the two, so nothing is logged
after today and every date keeps its weekday; the web app, which dates new entries by the browser's
clock, then agrees with the server when the demo runs on today.

Usage: demo_seed.py BASE_URL [TODAY]
"""
import datetime
import json
import re
import sys
from pathlib import Path

from stride_api import Client

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RUNNER = {"email": "ana@example.org", "password": "stride-demo-runner", "display_name": "Ana", "role": "runner"}
STORY_TODAY = datetime.date(2026, 11, 25)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COACH = {"email": "coach@example.org", "password": "stride-demo-coach", "display_name": "Coach Vesna", "role": "coach"}


def shifted(document, weeks):
    """`document` with every YYYY-MM-DD string `weeks` weeks later (lists and objects deeply)."""
    if isinstance(document, dict):
        return {key: shifted(value, weeks) for key, value in document.items()}
    if isinstance(document, list):
        return [shifted(value, weeks) for value in document]
    if isinstance(document, str) and DAY.match(document):
        return (datetime.date.fromisoformat(document) + datetime.timedelta(weeks=weeks)).isoformat()
    return document


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    base_url = sys.argv[1].rstrip("/")
    today = datetime.date.fromisoformat(sys.argv[2]) if len(sys.argv) == 3 else STORY_TODAY
    weeks = max(0, (today - STORY_TODAY).days // 7)

    def example(name):
        return shifted(json.loads((EXAMPLES / name).read_text()), weeks)

    runner = Client(base_url, RUNNER)
    athlete = runner.call("POST", "/api/v1/athletes", example("athlete.json"), expect=201)
    athlete_path = f"/api/v1/athletes/{athlete['id']}"
    runner.call("PUT", athlete_path + "/running-calendar", example("runs.json"))
    runner.call("POST", athlete_path + "/assessments", example("assessment.json"),
                expect=201)
    log = example("log.json")
    for activity in log["activities"]:
        runner.call("POST", athlete_path + "/activities", activity, expect=201)
    for pain in log.get("pain", []):
        runner.call("POST", athlete_path + "/pain", pain, expect=201)
    runner.call("POST", athlete_path + "/activities/files", raw=(EXAMPLES / "easy_run.gpx").read_bytes(), expect=201)
    runner.call("POST", athlete_path + "/plans", {}, expect=201)

    coach = Client(base_url, COACH)
    invitation = coach.call("POST", "/api/v1/invitations", {}, expect=201)
    runner.call("POST", f"/api/v1/invitations/{invitation['code']}/accept", {"athlete_id": athlete["id"]})

    print(f"demo: the runner signs in as {RUNNER['email']} with {RUNNER['password']}")
    print(f"demo: her coach signs in as {COACH['email']} with {COACH['password']}")


if __name__ == "__main__":
    main()
