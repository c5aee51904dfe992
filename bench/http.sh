#!/usr/bin/env bash
# Load benchmark of `stride serve` with wrk, on loopback only and bounded in time: GET /healthz (the
# ceiling: no store, no encoding) against the API's reads (the exercise library; a runner's status
# and plan; a coach's roster of 60 runners with a year of history each) and a write (logging an
# activity), at 50 and 200 keep-alive connections; the runner is made through the API first
# (bench/http_seed.py) and wrk calls as her, with a personal token; the coach and the runners are
# made by bench/roster_seed.py and the roster is read with the coach's token.
# Prints requests per second, p50 and p99 latency, and each read's throughput as a ratio to the
# ceiling. Usage: bench/http.sh [SECONDS_PER_RUN] (default 10). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
source bench/serve_for_bench.sh
start_server http.sh 10
read -r token athlete writes < <(python3 bench/http_seed.py "$base") || true
[ -n "${writes:-}" ] || { echo "http.sh: bench/http_seed.py could not prepare the runner" >&2; exit 1; }
coach_token=$(STRIDE_BINARY="$binary" python3 bench/roster_seed.py "$base" "$work/stride.db" "${STRIDE_TODAY:-2026-11-25}") || true
[ -n "${coach_token:-}" ] || { echo "http.sh: bench/roster_seed.py could not prepare the coach" >&2; exit 1; }
# The roster's first read works out every runner's entry (its time is printed); the rows measure
# the reads after it.
curl -sf -o /dev/null -w 'first roster read: %{time_total} s\n' -H "Authorization: Bearer $coach_token" "$base/api/v1/roster"
cat >"$work/post_activity.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"date": "2026-11-24", "sport": "run", "duration_min": 40, "distance_km": 8, "rpe": 4}'
LUA

# wrk's --latency summary: requests/s, then the 50% and 99% lines (in wrk's own units).
run() {  # run CONNECTIONS PATH [WRK_OPTIONS...]; as the runner, or as the coach for the roster
  local out bearer="$token"
  [[ "$2" == /api/v1/roster ]] && bearer="$coach_token"
  out=$(wrk -t2 -c"$1" -d"${seconds}s" --latency -H "Authorization: Bearer $bearer" -H "Accept-Encoding: gzip" "${@:3}" "$base$2")
  if grep -q "Non-2xx" <<<"$out"; then
    echo "http.sh: $2 had answers other than 2xx: $(grep Non-2xx <<<"$out")" >&2
  fi
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}

printf '%-40s %5s %10s %9s %9s %8s\n' "request" "conns" "req/s" "p50" "p99" "ratio"
for connections in 50 200; do
  read -r ceiling p50 p99 < <(run "$connections" /healthz)
  printf '%-40s %5s %10s %9s %9s %8s\n' "GET /healthz" "$connections" "$ceiling" "$p50" "$p99" "1.00"
  for request in "GET /api/v1/exercises?pattern=calf" "GET /api/v1/exercises" \
                 "GET /api/v1/athletes/$athlete/status" "GET /api/v1/athletes/$athlete/plans/current" "GET /api/v1/roster" \
                 "POST /api/v1/athletes/$writes/activities"; do
    options=()
    [[ "$request" == POST* ]] && options=(-s "$work/post_activity.lua")
    read -r rps p50 p99 < <(run "$connections" "${request#* }" "${options[@]}")
    ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN {printf "%.2f", a / b}')
    printf '%-40s %5s %10s %9s %9s %8s\n' "$request" "$connections" "$rps" "$p50" "$p99" "$ratio"
  done
done
