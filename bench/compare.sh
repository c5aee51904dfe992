#!/usr/bin/env bash
# Measures the performance table of bench/README.md before and after a change, in one run on one
# machine: builds the benchmarks and the stride binary of BEFORE (a git revision; its sources are
# exported with `git archive`) in build-bench/compare/<revision>/ and of the working tree in
# build-bench/, then runs each program of both alternately, ROUNDS times (default 3), and prints
# every row as the median before, the median after and their ratio (bench/compare.py).
#
#   bench/compare.sh 6ddccb1            # the revision issue 13 started from
#   ROUNDS=5 bench/compare.sh HEAD~3
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
before_revision="${1:?usage: bench/compare.sh BEFORE_REVISION}"
rounds="${ROUNDS:-3}"
jobs="${JOBS:-$(nproc)}"
targets=(plan_benchmark load_benchmark store_benchmark fit_benchmark stride)

commit="$(git -C "$root" rev-parse --verify "$before_revision^{commit}")"
before_dir="$root/build-bench/compare/${commit:0:12}"
if [ ! -f "$before_dir/source/CMakeLists.txt" ]; then
  rm -rf "$before_dir/source" && mkdir -p "$before_dir/source"
  git -C "$root" archive "$commit" | tar -x -C "$before_dir/source"
fi
configure() {  # source folder, build folder, unity build (ON or OFF)
  cmake -S "$1" -B "$2" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTRIDE_BUILD_TESTS=OFF \
    -DSTRIDE_BUILD_BENCHMARKS=ON -DCMAKE_UNITY_BUILD="$3" -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 >/dev/null
  cmake --build "$2" --target "${targets[@]}" -j "$jobs" >/dev/null
}
echo "building ${commit:0:12} in ${before_dir#"$root"/}/build and the working tree in build-bench/ ..." >&2
# Revisions from before the unity build (6ddccb1 among them) have files that do not compile side by
# side: such a revision is built file by file.
if ! configure "$before_dir/source" "$before_dir/build" ON 2>/dev/null; then
  echo "${commit:0:12} does not build in unity batches: building it file by file ..." >&2
  rm -rf "$before_dir/build"
  configure "$before_dir/source" "$before_dir/build" OFF
fi
configure "$root" "$root/build-bench" ON

python3 "$here/compare.py" --before "$before_dir/build" --after "$root/build-bench" --examples "$root/examples" \
  --rounds "$rounds" --before-label "${commit:0:12}" \
  --after-label "$(git -C "$root" rev-parse --short=12 HEAD)$(git -C "$root" diff --quiet HEAD || echo '+changes')"
