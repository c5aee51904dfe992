#!/usr/bin/env bash
# The `server` project's API and web app: the built `stride serve` (../build/stride) on a fresh
# SQLite database in a temporary folder, serving web/dist, on the loopback port given, with a fixed
# today (STRIDE_TODAY) so plans and statuses are the same on every run. Playwright stops it with a
# signal at the end; the folder is removed then.
# Usage (from web/): e2e/server/serve.sh PORT TODAY
set -euo pipefail
port="$1"
today="$2"
binary="../build/stride"
if [[ ! -x "$binary" ]]; then
  echo "e2e/server/serve.sh: $binary is missing; build it first (make build)" >&2
  exit 2
fi
folder="$(mktemp -d "${TMPDIR:-/tmp}/stride-e2e.XXXXXX")"
STRIDE_TODAY="$today" "$binary" serve --db "$folder/stride.db" --listen "127.0.0.1:$port" --web-root dist &
server=$!
stop() { kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$folder"; }
trap stop EXIT INT TERM
wait "$server"
