#!/usr/bin/env bash
# Round trip of one pair: does the plan turn a database with schema A into one
# whose catalog equals B's?  (See tests/plan/README.md.)
# usage: tests/plan/roundtrip.sh PGDRIFT A.sql B.sql [extra plan args]
# env:   PLANNER='cmd' plans instead of `PGDRIFT plan --allow-drops` (gets OLD NEW dumps),
#        PLAN_CLUSTER=DIR reuses/starts a sandbox cluster there and leaves it running,
#        KEEP_TMP=1 keeps dumps, plan, snapshots and the databases.
# exit:  0 pass, 1 fail, 2 set-up error (a pair that does not load, no server)
set -uo pipefail
[ $# -ge 3 ] || { echo "usage: $0 PGDRIFT A.sql B.sql [extra plan args]" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pgdrift=$1 a=$2 b=$3
shift 3
exec python3 "$here/harness.py" pair "$pgdrift" "$a" "$b" -- "$@"
