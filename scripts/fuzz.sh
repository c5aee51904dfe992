#!/usr/bin/env bash
# Fuzzes the JSON input decoders with AFL++ (classic GCC instrumentation: Debian 12's GCC plugin
# build is broken and clang 14 cannot compile our C++23) for SECONDS seconds (default 60) and fails when AFL
# finds a crash. Seeds come from the project's own example and test files. Usage: fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=build-fuzz
work="${FUZZ_WORK:-build-fuzz/work}"

if [ ! -f "$build/build.ninja" ]; then
  CC=afl-gcc CXX=afl-g++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSTRIDE_BUILD_TESTS=OFF -DSTRIDE_BUILD_FUZZERS=ON >/dev/null
fi
AFL_QUIET=1 cmake --build "$build" --target input_decoders_fuzzer >/dev/null

rm -rf "$work"
mkdir -p "$work/seeds"
index=0
seed() {  # seed SELECTOR FILE: the selector byte, then the file
  printf "\\$(printf '%03o' "$1")" >"$work/seeds/seed-$index"
  head -c 4096 "$2" >>"$work/seeds/seed-$index"
  index=$((index + 1))
}
for file in examples/athlete.json tests/golden/inputs/athlete_*.json tests/golden/bad/athlete_*.json; do seed 0 "$file"; done
for file in examples/assessment.json tests/golden/inputs/assessment_*.json tests/golden/bad/assessment_*.json; do seed 1 "$file"; done
seed 2 data/exercises/core.json
seed 3 data/muscles.json
seed 4 data/assessment/compensation_wording.json
for file in examples/runs.json tests/golden/inputs/runs_*.json tests/golden/bad/runs_*.json; do seed 5 "$file"; done
seed 6 data/rules/plan.json
for file in examples/log.json tests/golden/bad/log_*.json; do seed 7 "$file"; done

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
timeout $((seconds + 30)) afl-fuzz -V "$seconds" -i "$work/seeds" -o "$work/findings" -m none -t 1000 \
  -- "$build/fuzz/input_decoders_fuzzer" @@ >"$work/afl.log" 2>&1 || true

stats="$work/findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "fuzz: afl-fuzz did not start; see $work/afl.log" >&2
  tail -20 "$work/afl.log" >&2
  exit 1
fi
executions=$(awk -F': *' '/^execs_done/ {print $2}' "$stats")
crashes=$(find "$work/findings/default/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$work/findings/default/hangs" -type f -name 'id:*' | wc -l)
echo "fuzz: ${seconds} s, ${executions} executions, ${crashes} crashes, ${hangs} hangs"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  echo "fuzz: reproduce with: $build/fuzz/input_decoders_fuzzer FILE, files in $work/findings/default/{crashes,hangs}" >&2
  exit 1
fi
