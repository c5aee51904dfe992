#!/usr/bin/env bash
# Load benchmark of `stride serve` with wrk, on loopback only and bounded in time: GET /healthz (the
# ceiling: no store, no encoding) against the API's reads, at 50 and 200 keep-alive connections.
# Prints requests per second, p50 and p99 latency, and each read's throughput as a ratio to the
# ceiling. Usage: bench/http.sh [SECONDS_PER_RUN] (default 10). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
binary="${STRIDE_BINARY:-build/stride}"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$binary" serve --db "$work/stride.db" --listen 127.0.0.1:0 >"$work/access.log" 2>"$work/messages" &
server=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/messages" 2>/dev/null && break
  sleep 0.05
done
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/messages" | head -1)
[ -n "$port" ] || { echo "http.sh: the server did not start: $(cat "$work/messages")" >&2; exit 1; }
base="http://127.0.0.1:$port"

# wrk's --latency summary: requests/s, then the 50% and 99% lines (in wrk's own units).
run() {  # run CONNECTIONS PATH
  local out
  out=$(wrk -t2 -c"$1" -d"${seconds}s" --latency "$base$2")
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
  for path in "/api/v1/exercises?pattern=calf" "/api/v1/exercises"; do
    read -r rps p50 p99 < <(run "$connections" "$path")
    ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN {printf "%.2f", a / b}')
    printf '%-40s %5s %10s %9s %9s %8s\n' "GET $path" "$connections" "$rps" "$p50" "$p99" "$ratio"
  done
done
