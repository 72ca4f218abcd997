# Shared by the command-line test scripts, sourced as `source .../harness.sh PGDRIFT_BINARY`:
# sets pgdrift, root and tmp (removed on exit), counts checks with pass and fail, and
# `finish` prints the counts and fails when a check did.
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
}
