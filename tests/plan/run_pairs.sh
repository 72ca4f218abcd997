#!/usr/bin/env bash
# Round-trip every directory holding a.sql and b.sql under the given directories,
# in BOTH directions (a -> b and b -> a), in one throwaway cluster.
# usage: tests/plan/run_pairs.sh PGDRIFT DIR...
#   e.g. tests/plan/run_pairs.sh build/release/cli/pgdrift tests/plan/hostile tests/plan/pairs
# env: PLANNER, PLAN_CLUSTER, JOBS, KEEP_TMP: see tests/plan/README.md
# exit: 0 all passed, 1 a failure, 2 set-up error
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: $0 PGDRIFT DIR..." >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec python3 "$here/harness.py" pairs "$@"
