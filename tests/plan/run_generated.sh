#!/usr/bin/env bash
# Generate COUNT random schema pairs from SEED (generate_pairs.py) and round-trip
# each through the planner in ONE throwaway cluster (harness.py).
# usage: tests/plan/run_generated.sh PGDRIFT [SEED] [COUNT]
#   SEED   default: today's date (YYYYMMDD); always printed, so a failure can be replayed
#   COUNT  default: 200
# env: ONLY=I      generate and run only pair I of SEED (replay of one failure)
#      PLANNER, PLAN_CLUSTER, JOBS, KEEP_TMP: see tests/plan/README.md
# exit: 0 all passed, 1 a failure, 2 set-up error
set -uo pipefail
[ $# -ge 1 ] || { echo "usage: $0 PGDRIFT [SEED] [COUNT]" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pgdrift=$1
seed=${2:-$(date +%Y%m%d)}
count=${3:-200}
out=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-pairs.XXXXXX") || exit 2
chmod 755 "$out"
trap '[ "${KEEP_TMP:-0}" = 1 ] && echo "kept pairs: $out" >&2 || rm -rf "$out"' EXIT
echo "seed $seed, $count pairs${ONLY:+ (only pair $ONLY)}"
if [ -n "${ONLY:-}" ]; then
  python3 "$here/generate_pairs.py" --seed "$seed" --count "$count" --only "$ONLY" "$out" || exit 2
else
  python3 "$here/generate_pairs.py" --seed "$seed" --count "$count" "$out" || exit 2
fi
python3 "$here/harness.py" generated "$pgdrift" "$out"
rc=$?
echo "seed $seed"
exit $rc
