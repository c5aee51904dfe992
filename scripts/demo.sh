#!/usr/bin/env bash
# The main job of `make run`: `stride serve` on a fresh demo database under build/demo/, filled
# through the API by scripts/demo_seed.py, until Ctrl-C. The server's today (STRIDE_TODAY) is the
# real UTC date, so the browser, which dates new log entries by its own clock, agrees with it; the
# seed moves the example story forward by whole weeks to end on it. DEMO_TODAY=2026-11-25 gives the
# story's own dates, the same on every run.
# Usage: demo.sh [HOST:PORT]   (default 127.0.0.1:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
listen="${1:-127.0.0.1:8080}"
today="${DEMO_TODAY:-$(date -u +%F)}"
demo=build/demo

rm -rf "$demo" && mkdir -p "$demo"
STRIDE_TODAY="$today" ./build/stride serve --db "$demo/stride.db" --listen "$listen" >"$demo/access.log" &
server=$!
stop() { kill -TERM "$server" 2>/dev/null || true; wait "$server" || true; }
trap stop INT TERM

for _ in $(seq 1 100); do
  if python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1])" "http://$listen/healthz" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    wait "$server" || exit $?
  fi
  sleep 0.1
done
if ! python3 scripts/demo_seed.py "http://$listen" "$today"; then
  stop
  exit 1
fi
echo "demo: open http://$listen/ in a browser (the demo's today is $today); Ctrl-C stops the server"
echo "demo: the server's access log is $demo/access.log"
wait "$server"
