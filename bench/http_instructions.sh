#!/usr/bin/env bash
# Instructions `stride serve` runs per request, counted by callgrind (deterministic, so it can be
# compared across commits on a busy machine, where wrk's figures cannot). Starts the server under
# callgrind on loopback with a fresh database, fills it as bench/http.sh does (bench/http_seed.py),
# then for each read: one request to warm it (a first read keeps its answer), the counters zeroed,
# COUNT requests on one keep-alive connection as the seeded runner (Bearer token, Accept-Encoding:
# gzip), and a dump. Prints each read's instructions per request, every thread of the process
# counted (network thread, workers). Usage: bench/http_instructions.sh [COUNT] (default 100).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100}"
source bench/serve_for_bench.sh
start_server http_instructions.sh 60 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out"
port=${base##*:}
read -r token athlete _ < <(python3 bench/http_seed.py "$base")

printf '%-42s %16s\n' "request" "instructions"
for path in /healthz "/api/v1/exercises" "/api/v1/athletes/$athlete/status" "/api/v1/athletes/$athlete/plans/current" \
            "/api/v1/athletes/$athlete/load"; do
  python3 - "$port" "$token" "$path" "$count" "$server" <<'PY'
import http.client, subprocess, sys
port, token, path, count, server = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
connection = http.client.HTTPConnection("127.0.0.1", int(port))
headers = {"Authorization": "Bearer " + token, "Accept-Encoding": "gzip"}
def ask():
    connection.request("GET", path, headers=headers)
    answer = connection.getresponse()
    answer.read()
    if answer.status != 200:
        sys.exit(f"http_instructions.sh: {path} answered {answer.status}")
ask()
subprocess.run(["callgrind_control", "-z", server], check=True, capture_output=True)
for _ in range(count):
    ask()
subprocess.run(["callgrind_control", "-d", server], check=True, capture_output=True)
PY
  dump=$(ls -t "$work"/callgrind.out.* | head -1)
  total=$(sed -n 's/^summary: //p' "$dump")
  printf "%-42s %16s\n" "GET ${path/\/athletes\/$athlete\//\/athletes\/ID\/}" "$((total / count))"
  rm -f "$dump"
done
