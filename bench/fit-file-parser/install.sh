#!/usr/bin/env bash
# Installs the pinned npm fit-file-parser (package.json, package-lock.json) into a scratch folder
# outside the sources, build-bench/fit-file-parser/ (or $FIT_PARSER_DIR), for compare.sh.
# Needs node (>= 20) and npm with access to the npm registry.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${FIT_PARSER_DIR:-$root/build-bench/fit-file-parser}"
mkdir -p "$target"
cp "$here/package.json" "$here/package-lock.json" "$target/"
cd "$target"
npm ci --no-audit --no-fund --loglevel=error
echo "fit-file-parser $(node -p "require('./node_modules/fit-file-parser/package.json').version") is in $target"
