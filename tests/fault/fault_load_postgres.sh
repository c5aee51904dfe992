#!/usr/bin/env bash
# The fault and load test (tests/fault/fault_load.py) on PostgreSQL: a durable throwaway cluster of
# its own in DIR (scripts/test-postgres.sh with STRIDE_POSTGRES_DURABLE=1), which the test restarts
# once as a crash would, removed afterwards. Usage: fault_load_postgres.sh DIR [fault_load.py options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
directory=$(realpath -m -- "$1")
shift
trap '"$root/scripts/test-postgres.sh" stop "$directory" >/dev/null 2>&1 || true' EXIT
"$root/scripts/test-postgres.sh" stop "$directory" >/dev/null
url=$(STRIDE_POSTGRES_DURABLE=1 "$root/scripts/test-postgres.sh" start "$directory")
python3 "$root/tests/fault/fault_load.py" --db "$url" --restart-database "$root/scripts/test-postgres.sh restart $directory" "$@"
