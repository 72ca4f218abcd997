#!/usr/bin/env bash
# The harness can pass and can fail, independent of pgdrift:
#   1. the snapshot oracle sees nothing pg_dump cannot carry (SQL vs restore of its dump);
#   2. restore-planner (always right: drops everything, restores NEW) passes the
#      hostile and hand-written pairs both ways and generated pairs;
#   3. a wrong plan (PLANNER='echo SELECT 1;') fails with a snapshot diff, and an
#      open transaction left by a plan is not taken as applied.
# usage: tests/plan/selftest.sh [GENERATED_COUNT]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
count=${1:-20}
failed=0
step() { echo; echo "== $*"; }

step "oracle: snapshot of SQL = snapshot of the restore of its pg_dump"
python3 "$here/harness.py" oracle "$root/fixtures/every-kind/schema.sql" \
  "$here/hostile/identifiers/a.sql" "$here/hostile/identifiers/b.sql" || failed=1

step "restore-planner passes the hand-written pairs (both directions)"
PLANNER="$here/restore-planner" "$here/run_pairs.sh" - "$here/hostile" "$here/pairs" | grep -v '^ *[0-9]\+  ' || failed=1

step "restore-planner passes $count generated pairs"
PLANNER="$here/restore-planner" "$here/run_generated.sh" - 1 "$count" | grep -v '^ *[0-9]\+  ' || failed=1

step "a wrong plan fails with a snapshot diff"
out=$(PLANNER='echo "SELECT 1;" #' "$here/roundtrip.sh" - "$here/pairs/fk-to-new-unique/a.sql" "$here/pairs/fk-to-new-unique/b.sql")
rc=$?
echo "$out" | tail -12
if [ $rc -ne 1 ] || ! grep -q '^SNAPSHOT DIFF' <<<"$out" || ! grep -q '^+constraint public.cities.cities_country_code_fkey' <<<"$out"; then
  echo "SELFTEST FAIL: a wrong plan was not reported as a snapshot diff (exit $rc)"; failed=1
fi

step "a plan that leaves its transaction open is not applied"
plan=$(mktemp)
trap 'rm -f "$plan"' EXIT
printf 'BEGIN;\nALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE (code);\n' >"$plan"
out=$(PLANNER="cat $plan #" "$here/roundtrip.sh" - "$here/pairs/fk-to-new-unique/a.sql" "$here/pairs/fk-to-new-unique/b.sql")
rc=$?
if [ $rc -ne 1 ] || ! grep -q '^+constraint public.countries.countries_code_key' <<<"$out"; then
  echo "$out" | tail -12
  echo "SELFTEST FAIL: an uncommitted plan counted as applied (exit $rc)"; failed=1
fi

step "identical pair with an empty plan passes"
PLANNER='true' "$here/roundtrip.sh" - "$here/pairs/fk-to-new-unique/a.sql" "$here/pairs/fk-to-new-unique/a.sql" || failed=1

echo
[ $failed = 0 ] && echo "selftest: all passed" || echo "selftest: FAILED"
exit $failed
