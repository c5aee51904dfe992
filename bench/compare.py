#!/usr/bin/env python3
"""The performance table of bench/README.md, before and after, from one run on one machine.

Runs the benchmark programs of two builds alternately (before, after, before, after, ...) so that
both see the same machine state, takes the median of each figure over the rounds, and prints one
Markdown row per measure: before, after and the ratio. bench/compare.sh builds both and calls this.
Timings are read from Google Benchmark's JSON output; the CLI start-up rows time the stride binary.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def run_benchmark(program: Path) -> dict:
    """Runs one benchmark program once; returns {function name: its JSON entry}."""
    output = subprocess.run([str(program), "--benchmark_format=json"], check=True, capture_output=True, text=True,
                            cwd=program.parent).stdout
    entries = {}
    for entry in json.loads(output)["benchmarks"]:
        if entry.get("run_type", "iteration") != "iteration":
            continue
        entries[entry["name"].split("/")[0]] = entry
    return entries


def seconds(entry: dict, clock: str) -> float:
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[entry["time_unit"]]
    return entry[clock] * scale


def time_command(binary: Path, arguments: list, examples: Path, repeats: int) -> float:
    """Median wall seconds of `stride ARGUMENTS` (output discarded) over `repeats` runs."""
    environment = dict(os.environ, STRIDE_TODAY="2026-11-22")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([str(binary), *arguments], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       cwd=examples.parent, env=environment)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# The commands whose start-up is measured: each one's median time minus that of `--version`.
STARTUP_COMMANDS = [
    ["import", "examples/easy_run.gpx"],
    ["load", "--log", "examples/log.json"],
    ["exercises", "--pattern", "squat"],
    ["assess", "--assessment", "examples/assessment.json"],
]


def measure(build: Path, examples: Path, startup_repeats: int) -> dict:
    """Every figure of one build, from one run of each program."""
    figures = {}
    plan = run_benchmark(build / "bench" / "plan_benchmark")
    figures["plan build (ms)"] = seconds(plan["BM_Plan24Weeks"], "cpu_time") * 1e3
    figures["plan JSON (ms)"] = (seconds(plan["BM_Plan24WeeksToJson"], "cpu_time") -
                                 seconds(plan["BM_Plan24Weeks"], "cpu_time")) * 1e3
    figures["plan batch, 10,000 runners (s)"] = seconds(plan["BM_Batch10000Runners"], "real_time")
    load = run_benchmark(build / "bench" / "load_benchmark")
    figures["load, one runner's 10 years (ms)"] = seconds(load["BM_ComputeLoadOneRunner"], "cpu_time") * 1e3
    figures["load JSON, one runner (ms)"] = (seconds(load["BM_ComputeLoadToJson"], "cpu_time") -
                                             seconds(load["BM_ComputeLoadOneRunner"], "cpu_time")) * 1e3
    figures["load batch, 10 years x 10,000 runners (s)"] = seconds(load["BM_Batch10000Runners"], "real_time")
    fit = run_benchmark(build / "bench" / "fit_benchmark")
    figures["FIT decode, generated 10-hour run (MB/s)"] = fit["BM_DecodeGeneratedRun"]["bytes_per_second"] / 1e6
    store = run_benchmark(build / "bench" / "store_benchmark")
    figures["SQLite 1,000,000 sets (x raw sqlite3)"] = (seconds(store["BM_SqliteStore_Insert1MSets"], "real_time") /
                                                         seconds(store["BM_Baseline_RawSqliteInsert"], "real_time"))
    stride = build / "stride"
    version = time_command(stride, ["--version"], examples, startup_repeats)
    figures["stride --version (ms)"] = version * 1e3
    for command in STARTUP_COMMANDS:
        label = f"stride {command[0]} over --version (ms)"
        figures[label] = (time_command(stride, command, examples, startup_repeats) - version) * 1e3
    return figures


# The goal of each row (issue 13), and whether bigger is better.
GOALS = {
    "plan build (ms)": ("<= 0.2", False),
    "plan JSON (ms)": ("<= 1", False),
    "plan batch, 10,000 runners (s)": ("<= 2 on 2 cores", False),
    "load batch, 10 years x 10,000 runners (s)": ("<= 1 on 2 cores", False),
    "FIT decode, generated 10-hour run (MB/s)": (">= 1000", True),
    "SQLite 1,000,000 sets (x raw sqlite3)": ("<= 2", False),
    "stride exercises over --version (ms)": ("<= 2", False),
    "stride assess over --version (ms)": ("<= 2", False),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, required=True, help="build folder of the before revision")
    parser.add_argument("--after", type=Path, required=True, help="build folder of the after revision")
    parser.add_argument("--examples", type=Path, required=True, help="the examples/ folder of the sources")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--startup-repeats", type=int, default=40)
    parser.add_argument("--before-label", default="before")
    parser.add_argument("--after-label", default="after")
    arguments = parser.parse_args()

    rounds = {"before": [], "after": []}
    for round_number in range(1, arguments.rounds + 1):
        for side in ("before", "after"):
            print(f"round {round_number}/{arguments.rounds}: {side} ...", file=sys.stderr, flush=True)
            build = arguments.before if side == "before" else arguments.after
            rounds[side].append(measure(build.resolve(), arguments.examples.resolve(), arguments.startup_repeats))

    print(f"\nbefore = {arguments.before_label}, after = {arguments.after_label}; median of {arguments.rounds} "
          f"alternating rounds on {os.cpu_count()} hardware threads\n")
    print("| measure | before | after | after / before | goal |")
    print("|---|---:|---:|---:|---|")
    for label in rounds["after"][0]:
        before = statistics.median(figures[label] for figures in rounds["before"])
        after = statistics.median(figures[label] for figures in rounds["after"])
        ratio = f"{after / before:.3f}" if before > 0 else "n/a"
        goal, _ = GOALS.get(label, ("", False))
        print(f"| {label} | {before:,.3f} | {after:,.3f} | {ratio} | {goal} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
