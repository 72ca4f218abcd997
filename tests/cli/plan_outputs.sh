#!/usr/bin/env bash
# pgdrift plan as a user meets it (the plans themselves are proven in a server by
# tests/plan/): exit codes, the golden plan of the Supabase fixture, data-losing statements
# held back without --allow-drops, hazards, --transaction, and errors located in the input.
# usage: tests/cli/plan_outputs.sh PGDRIFT_BINARY     (UPDATE_GOLDEN=1 rewrites the golden file)
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
golden=$root/tests/golden
expect_code() { [ "$1" = "$2" ] && pass || fail "$3: exit $1, want $2"; }
contains() { grep -qF -- "$2" "$1" && pass || fail "$3: no line with '$2'"; }
lacks() { grep -qF -- "$2" "$1" && fail "$3: unexpected '$2'" || pass; }

cd "$root"
prod=fixtures/supabase-agents/production.dump.sql
staging=fixtures/supabase-agents/staging.dump.sql

"$pgdrift" plan "$prod" "$prod" >"$tmp/same.sql" 2>"$tmp/err"
expect_code $? 0 "plan of a dump against itself"
contains "$tmp/same.sql" "Nothing to do" "plan of a dump against itself"

"$pgdrift" plan "$prod" "$staging" >"$tmp/plan.sql" 2>"$tmp/err"
expect_code $? 1 "plan production -> staging"
# Staging has call_classification in the middle of agent_calls; ADD COLUMN appends it.
contains "$tmp/err" "table public.agent_calls: column order differs" "plan production -> staging says it leaves the column order"
grep -v "column order differs" "$tmp/err" >"$tmp/other-warnings"
[ -s "$tmp/other-warnings" ] && fail "plan production -> staging warned: $(head -3 "$tmp/other-warnings")"
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then cp "$tmp/plan.sql" "$golden/supabase-agents.plan.sql"; fi
diff -u "$golden/supabase-agents.plan.sql" "$tmp/plan.sql" >"$tmp/golden.diff" && pass ||
  { fail "plan differs from tests/golden/supabase-agents.plan.sql:"; head -40 "$tmp/golden.diff"; }
contains "$tmp/plan.sql" "-- column public.agent_calls.call_classification added" "plan groups steps under their change"
contains "$tmp/plan.sql" "-- hazard: scans the table to validate" "plan names hazards"

# Data loss: without --allow-drops the DROP is written commented out and counted.
"$pgdrift" plan "$staging" "$prod" >"$tmp/back.sql" 2>/dev/null
expect_code $? 1 "plan staging -> production"
contains "$tmp/back.sql" "-- data loss: left out without --allow-drops" "data-losing step held back"
contains "$tmp/back.sql" "-- ALTER TABLE public.agent_calls DROP COLUMN call_classification;" "DROP COLUMN commented out"
contains "$tmp/back.sql" "lose data and are commented out" "header counts held-back steps"
"$pgdrift" plan "$staging" "$prod" --allow-drops >"$tmp/drops.sql" 2>/dev/null
grep -qx "ALTER TABLE public.agent_calls DROP COLUMN call_classification;" "$tmp/drops.sql" && pass ||
  fail "--allow-drops runs DROP COLUMN"
lacks "$tmp/drops.sql" "-- data loss" "--allow-drops holds nothing back"

# An enum label removed swaps the type, held back without --allow-drops (rows may hold the
# label); a step that cannot run without a held-back one is held back with it.
printf "CREATE TYPE public.mood AS ENUM ('sad', 'ok');\nCREATE TABLE public.t (id serial, m public.mood DEFAULT 'ok');\nCREATE TABLE public.gone (id serial);\n" >"$tmp/enum_a.sql"
printf "CREATE TYPE public.mood AS ENUM ('ok');\nCREATE TABLE public.t (id serial, m public.mood DEFAULT 'ok');\n" >"$tmp/enum_b.sql"
"$pgdrift" plan "$tmp/enum_a.sql" "$tmp/enum_b.sql" >"$tmp/enum.sql" 2>/dev/null
expect_code $? 1 "plan removing an enum label"
contains "$tmp/enum.sql" "-- DROP TYPE public.mood;" "enum swap held back without --allow-drops"
contains "$tmp/enum.sql" "-- held back with: table public.gone removed" "DROP SEQUENCE held back with its table"
contains "$tmp/enum.sql" "-- DROP SEQUENCE IF EXISTS public.gone_id_seq;" "DROP SEQUENCE of a held-back table commented out"
contains "$tmp/enum.sql" "with 1 that cannot run without them" "header counts the steps held back with them"
"$pgdrift" plan "$tmp/enum_a.sql" "$tmp/enum_b.sql" --allow-drops >"$tmp/enum_drops.sql" 2>/dev/null
grep -qx "DROP TYPE public.mood;" "$tmp/enum_drops.sql" && grep -qx "ALTER TYPE public.mood__pgdrift_swap RENAME TO mood;" "$tmp/enum_drops.sql" && pass ||
  fail "--allow-drops swaps the enum"

"$pgdrift" plan "$prod" "$staging" --transaction >"$tmp/tx.sql" 2>/dev/null
grep -qx "BEGIN;" "$tmp/tx.sql" && grep -qx "COMMIT;" "$tmp/tx.sql" && pass || fail "--transaction wraps the plan"

# Bad input: located error, exit 2, and -o leaves an existing file alone.
printf 'CREATE TABLE t (id int;\n' >"$tmp/bad.sql"
echo "previous plan" >"$tmp/out.sql"
"$pgdrift" plan "$prod" "$tmp/bad.sql" -o "$tmp/out.sql" 2>"$tmp/bad.err"
expect_code $? 2 "plan with a syntax error in NEW"
grep -q "bad.sql:1:[0-9]*: error" "$tmp/bad.err" && pass || fail "error not located: $(cat "$tmp/bad.err")"
[ "$(cat "$tmp/out.sql")" = "previous plan" ] && pass || fail "-o overwrote the old file on error"

finish
