#!/usr/bin/env bash
# Compares the parse throughput of Stride's FIT decoder and the npm fit-file-parser on the same
# bytes: builds bench/fit_benchmark (release, in build-bench/ or $BUILD_DIR), which writes its
# generated ten-hour run to $BUILD_DIR/fit_benchmark_input.fit and times decode_fit on it (median of
# 5 repetitions, CPU time), then times fit-file-parser on that file (bench/fit-file-parser/
# measure.mjs: median of 20 parses after 5 warm-up, wall time) and prints both and their ratio.
# Runs install.sh first when fit-file-parser is not installed yet.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${BUILD_DIR:-$root/build-bench}"
modules="${FIT_PARSER_DIR:-$root/build-bench/fit-file-parser}"
input="$build/fit_benchmark_input.fit"

if [ ! -d "$modules/node_modules/fit-file-parser" ]; then FIT_PARSER_DIR="$modules" "$here/install.sh"; fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTRIDE_BUILD_TESTS=OFF \
  -DSTRIDE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target fit_benchmark >/dev/null

ours="$("$build/bench/fit_benchmark" --fit_input_out="$input" --benchmark_filter='^BM_DecodeGeneratedRun$' \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_format=json 2>/dev/null)"
theirs="$(node "$here/measure.mjs" "$input" --modules "$modules" --json)"

OURS="$ours" THEIRS="$theirs" node -e '
  const ours = JSON.parse(process.env.OURS).benchmarks.find((run) => run.aggregate_name === "median");
  const theirs = JSON.parse(process.env.THEIRS);
  const oursMb = ours.bytes_per_second / 1e6;
  const line = (name, mb, records, how) =>
    console.log(`${name.padEnd(28)} ${mb.toFixed(1).padStart(8)} MB/s ${(records / 1e6).toFixed(3).padStart(8)} M records/s  (${how})`);
  console.log(`input: ${theirs.file} (${theirs.bytes} bytes, ${theirs.records} records)`);
  line("Stride decode_fit", oursMb, ours.items_per_second, "median of 5, CPU time");
  line(theirs.parser, theirs.median_mb_per_s, theirs.median_records_per_s,
       `median of ${theirs.repetitions} after ${theirs.warmup} warm-up, wall time, node ${theirs.node}`);
  console.log(`ratio: Stride is ${(oursMb / theirs.median_mb_per_s).toFixed(1)} x fit-file-parser`);
'
