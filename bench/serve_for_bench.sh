# Sourced by the HTTP benchmarks (bench/http.sh, bench/http_instructions.sh): starts `stride serve`
# on a free loopback port with a fresh database in a temporary folder, stopped and removed when the
# script exits. Usage: start_server NAME SECONDS_TO_WAIT [COMMAND_PREFIX...]; sets `work`, `server`
# and `base`. STRIDE_BINARY chooses the binary (default build/stride), STRIDE_TODAY the server's day.
binary="${STRIDE_BINARY:-build/stride}"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

start_server() {
  local name="$1" wait_seconds="$2"
  shift 2
  STRIDE_TODAY="${STRIDE_TODAY:-2026-11-25}" "$@" "$binary" serve --db "$work/stride.db" --listen 127.0.0.1:0 \
    >"$work/access.log" 2>"$work/messages" &
  server=$!
  for _ in $(seq $((wait_seconds * 10))); do
    grep -q "listening on" "$work/messages" 2>/dev/null && break
    sleep 0.1
  done
  local port
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/messages" | head -1)
  [ -n "$port" ] || { echo "$name: the server did not start: $(cat "$work/messages")" >&2; exit 1; }
  base="http://127.0.0.1:$port"
}
