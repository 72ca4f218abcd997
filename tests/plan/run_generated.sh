#!/usr/bin/env bash
# Generate COUNT random schema pairs from SEED (generate_pairs.py) and round-trip
# each through the planner in ONE throwaway cluster (harness.py), with the differential
# check of `pgdrift diff` on the same pair.
# usage: tests/plan/run_generated.sh PGDRIFT [SEED] [COUNT]
#   SEED   default: today's date (YYYYMMDD); always printed, so a failure can be replayed
#   COUNT  default: 200
# env: ONLY=I      generate and run only pair I of SEED (replay of one failure)
#      KIND=NAME   every pair has this one mutation kind (generate_pairs.py --list-kinds)
#      PLANNER, PLAN_CLUSTER, JOBS, KEEP_TMP, PLAN_RESULTS: see tests/plan/README.md
# exit: 0 all passed (or refused as docs/plan-coverage.md documents), 1 a failure, 2 set-up error
set -uo pipefail
[ $# -ge 1 ] || { echo "usage: $0 PGDRIFT [SEED] [COUNT]" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pgdrift=$1
seed=${2:-$(date +%Y%m%d)}
count=${3:-200}
out=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-pairs.XXXXXX") || exit 2
chmod 755 "$out"
trap '[ "${KEEP_TMP:-0}" = 1 ] && echo "kept pairs: $out" >&2 || rm -rf "$out"' EXIT
echo "seed $seed, $count pairs${KIND:+ of kind $KIND}${ONLY:+ (only pair $ONLY)}"
args=(--seed "$seed" --count "$count")
[ -n "${ONLY:-}" ] && args+=(--only "$ONLY")
[ -n "${KIND:-}" ] && args+=(--kind "$KIND")
python3 "$here/generate_pairs.py" "${args[@]}" "$out" || exit 2
python3 "$here/harness.py" generated "$pgdrift" "$out"
rc=$?
echo "seed $seed${KIND:+ kind $KIND}"
exit $rc
