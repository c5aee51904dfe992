#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/storage.md, "PostgreSQL"):
#
#   scripts/test-postgres.sh start DIR   creates the cluster under DIR (when there is none) and starts it
#   scripts/test-postgres.sh stop DIR    stops it and removes DIR
#   scripts/test-postgres.sh restart DIR stops it as a crash would (immediate: no checkpoint) and
#                                        starts it again, which recovers from its write-ahead log
#
# The server listens only on a Unix socket in DIR (no TCP port), with fsync off: its data is never
# worth keeping. With STRIDE_POSTGRES_DURABLE=1 when the cluster is made, it keeps PostgreSQL's
# durable defaults instead (fsync, synchronous commits), for the fault test that restarts it. `start` prints the connection string, postgresql:///postgres?host=DIR&user=postgres.
# Both are idempotent: starting a running cluster or stopping one that is not there succeeds. The
# server never runs as root (initdb refuses it): as root, the script runs it as the `postgres` user
# of Debian's package, else as the current user. Waits at most STRIDE_POSTGRES_TIMEOUT seconds (30).
set -euo pipefail

usage() {
  echo "usage: $0 start|stop|restart DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
action=$1
directory=$(realpath -m -- "$2")
data="$directory/data"
log="$directory/server.log"
timeout=${STRIDE_POSTGRES_TIMEOUT:-30}

# Debian installs the server's programs per major version; the newest one present is used.
binaries=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$binaries" ] || [ ! -x "$binaries/initdb" ] || [ ! -x "$binaries/pg_ctl" ]; then
  echo "error: no PostgreSQL server under /usr/lib/postgresql (run scripts/install-dependencies.sh)" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "error: running as root, but there is no postgres user to run the server as" >&2
    exit 1
  fi
  as_server=(runuser -u postgres --)
else
  as_server=()
fi

running() {
  [ -f "$data/PG_VERSION" ] && "${as_server[@]}" "$binaries/pg_ctl" status -D "$data" >/dev/null 2>&1
}

start() {
  if running; then
    echo "postgresql:///postgres?host=$directory&user=postgres"
    return 0
  fi
  mkdir -p "$directory"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$directory"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data"
    if ! "${as_server[@]}" "$binaries/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
         --no-sync >"$directory/initdb.log" 2>&1; then
      echo "error: initdb failed; its output:" >&2
      cat "$directory/initdb.log" >&2
      return 1
    fi
    # Only the Unix socket in DIR, and no durability unless asked: the cluster lives for one test run.
    cat >>"$data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$directory'
max_connections = 300
EOF
    if [ "${STRIDE_POSTGRES_DURABLE:-0}" != 1 ]; then
      printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >>"$data/postgresql.conf"
    fi
  fi
  if ! "${as_server[@]}" "$binaries/pg_ctl" start -D "$data" -l "$log" -w -t "$timeout" >/dev/null; then
    echo "error: the PostgreSQL server in $directory did not start within ${timeout} s; its log:" >&2
    tail -n 30 "$log" >&2 || true
    return 1
  fi
  echo "postgresql:///postgres?host=$directory&user=postgres"
}

stop() {
  if running; then
    if ! "${as_server[@]}" "$binaries/pg_ctl" stop -D "$data" -m fast -w -t "$timeout" >/dev/null; then
      echo "error: the PostgreSQL server in $directory did not stop within ${timeout} s" >&2
      return 1
    fi
  fi
  rm -rf "$directory"
}

restart() {
  if ! running; then
    echo "error: no PostgreSQL server runs in $directory" >&2
    return 1
  fi
  "${as_server[@]}" "$binaries/pg_ctl" stop -D "$data" -m immediate -w -t "$timeout" >/dev/null
  if ! "${as_server[@]}" "$binaries/pg_ctl" start -D "$data" -l "$log" -w -t "$timeout" >/dev/null; then
    echo "error: the PostgreSQL server in $directory did not start again within ${timeout} s; its log:" >&2
    tail -n 30 "$log" >&2 || true
    return 1
  fi
}

case "$action" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  *) usage ;;
esac
