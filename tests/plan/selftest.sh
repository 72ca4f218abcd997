#!/usr/bin/env bash
# The harness can pass and can fail, independent of pgdrift:
#   1. the snapshot oracle sees nothing pg_dump cannot carry (SQL vs restore of its dump);
#   2. restore-planner (always right: drops everything, restores NEW) passes the
#      hostile and hand-written pairs both ways and generated pairs;
#   3. a wrong plan (PLANNER='echo SELECT 1;') fails with a snapshot diff, and an
#      open transaction left by a plan is not taken as applied;
#   4. a wrong diff fails (DIFF MISSED, DIFF FALSE), and a refusal counts as refused
#      only for a kind docs/plan-coverage.md lists as refused (a fake pgdrift).
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
printf 'BEGIN;\nALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE (code);\n' >"$plan"
out=$(PLANNER="cat $plan #" "$here/roundtrip.sh" - "$here/pairs/fk-to-new-unique/a.sql" "$here/pairs/fk-to-new-unique/b.sql")
rc=$?
if [ $rc -ne 1 ] || ! grep -q '^+constraint public.countries.countries_code_key' <<<"$out"; then
  echo "$out" | tail -12
  echo "SELFTEST FAIL: an uncommitted plan counted as applied (exit $rc)"; failed=1
fi

step "identical pair with an empty plan passes"
PLANNER='true' "$here/roundtrip.sh" - "$here/pairs/fk-to-new-unique/a.sql" "$here/pairs/fk-to-new-unique/a.sql" || failed=1

# A fake pgdrift for the differential check and the refusals: `diff` exits $FAKE_DIFF;
# `plan` writes restore-planner's plan (always right) or, with FAKE_PLAN=refuse, nothing
# but the warning that docs/plan-coverage.md lists for a refused kind.
fake=$(mktemp)
trap 'rm -f "$plan" "$fake"' EXIT
cat >"$fake" <<FAKE
#!/usr/bin/env bash
cmd=\$1; shift
case \$cmd in
  diff) exit \${FAKE_DIFF:-1} ;;
  plan) old=\${@: -2:1} new=\${@: -1}
        if [ "\${FAKE_PLAN:-}" = refuse ]; then
          echo "pgdrift: warning: table x.y: changing partition_of (ALTER TABLE ... ATTACH PARTITION); not planned" >&2
          exit 0
        fi
        "$here/restore-planner" "\$old" "\$new"; exit 1 ;;
esac
exit 2
FAKE
chmod +x "$fake"
pair_a=$here/pairs/fk-to-new-unique/a.sql pair_b=$here/pairs/fk-to-new-unique/b.sql

step "a diff that misses a difference fails with DIFF MISSED"
out=$(FAKE_DIFF=0 "$here/roundtrip.sh" "$fake" "$pair_a" "$pair_b")
rc=$?
if [ $rc -ne 1 ] || ! grep -q '^DIFF MISSED' <<<"$out"; then
  echo "$out" | tail -12; echo "SELFTEST FAIL: a diff that says 'same' on different catalogs passed (exit $rc)"; failed=1
fi

step "a diff that reports a difference on equal catalogs fails with DIFF FALSE"
out=$(FAKE_DIFF=1 "$here/roundtrip.sh" "$fake" "$pair_a" "$pair_a")
rc=$?
if [ $rc -ne 1 ] || ! grep -q '^DIFF FALSE' <<<"$out"; then
  echo "$out" | tail -12; echo "SELFTEST FAIL: a diff that reports a difference on equal catalogs passed (exit $rc)"; failed=1
fi

step "a right plan and a right diff pass"
FAKE_DIFF=1 "$here/roundtrip.sh" "$fake" "$pair_a" "$pair_b" | tail -1 || failed=1

step "a documented refusal counts as refused, an undocumented one fails"
out=$(FAKE_PLAN=refuse KIND=at_attach_partition "$here/run_generated.sh" "$fake" 1 1)
rc=$?
if [ $rc -ne 0 ] || ! grep -q '^REFUSED .*at_attach_partition: changing partition_of' <<<"$out"; then
  echo "$out" | tail -12; echo "SELFTEST FAIL: a documented refusal was not counted as refused (exit $rc)"; failed=1
fi
out=$(FAKE_PLAN=refuse KIND=at_detach_partition "$here/run_generated.sh" "$fake" 1 1)
rc=$?
if [ $rc -ne 1 ] || ! grep -q '^SNAPSHOT DIFF' <<<"$out"; then
  echo "$out" | tail -12; echo "SELFTEST FAIL: a refusal of a kind docs/plan-coverage.md plans was not a failure (exit $rc)"; failed=1
fi

echo
[ $failed = 0 ] && echo "selftest: all passed" || echo "selftest: FAILED"
exit $failed
