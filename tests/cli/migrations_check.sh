#!/usr/bin/env bash
# pgdrift migrations check: a committed dump is what the migrations produce (the Supabase
# fixture: staging is fresh, production stale), and the files' versions are unique, in order
# and unchanged since a git revision (scratch repositories).
# usage: tests/cli/migrations_check.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
check() { if eval "$2"; then pass; else fail "$1"; fi; }
cd "$root"
fixture=fixtures/supabase-agents

# staging.dump.sql: pg_dump of a real PostgreSQL into which scripts/make-fixtures loaded the
# fixture's platform stand-in (supabase-base.sql) and then ran all 18 migrations: replayed
# from the same stand-in (--base), the migrations give exactly that schema.
base=(--base $fixture/supabase-base.sql)
"$pgdrift" migrations check $fixture --dump $fixture/staging.dump.sql "${base[@]}" >"$tmp/fresh.txt" 2>"$tmp/fresh.err"
code=$?
check "staging is fresh: exit 0" '[ $code = 0 ] || { cat "$tmp/fresh.txt" "$tmp/fresh.err"; false; }'
check "staging is fresh: says so" 'grep -q "staging.dump.sql: fresh" "$tmp/fresh.txt"'

# production.dump.sql: the first migration and fixes by hand.
"$pgdrift" migrations check $fixture --dump $fixture/production.dump.sql "${base[@]}" >"$tmp/stale.txt" 2>"$tmp/stale.err"
check "production is stale: exit 1" '[ $? = 1 ]'
check "production is stale: says so" 'grep -q "production.dump.sql: stale or edited by hand" "$tmp/stale.txt"'
# What the later migrations make and production lacks, and what production has by hand.
check "stale: a migration's column is missing" 'grep -qx "  - public.agent_calls.call_classification" "$tmp/stale.txt"'
check "stale: a function only production has" 'grep -q "^  + public.get_consumption_kpi_metrics(" "$tmp/stale.txt"'
check "stale: a function only the migrations make" 'grep -q "^  - public.get_latency_metrics(" "$tmp/stale.txt"'

# Without --base, replay starts from pgdrift's own Supabase ground, which is not the stand-in
# the fixture's server had: its auth.users, for one, has other columns.
"$pgdrift" migrations check $fixture --dump $fixture/staging.dump.sql >"$tmp/other-ground.txt"
check "another ground: exit 1" '[ $? = 1 ] && grep -q "^  ~ auth.users" "$tmp/other-ground.txt"'

# supabase-app: a `supabase db dump` (user schemas only) of its migrations run by PostgreSQL,
# checked from pgdrift's Supabase ground; what the migrations do to auth, storage and
# realtime is out of the dump's sight, said and not held against it.
"$pgdrift" migrations check fixtures/supabase-app --dump fixtures/supabase-app/schema.dump.sql >"$tmp/app.txt"
check "supabase db dump: fresh" '[ $? = 0 ] && grep -q "schema.dump.sql: fresh" "$tmp/app.txt"'
check "supabase db dump: the platform schemas are not compared" 'grep -q "schema.dump.sql: not compared: trigger auth.users.on_auth_user_created (the dump leaves out the platform'"'"'s schema auth)" "$tmp/app.txt"'
sed 's/"joined_at" timestamp with time zone DEFAULT "now"() NOT NULL/"joined_at" timestamp with time zone NOT NULL/' fixtures/supabase-app/schema.dump.sql >"$tmp/app-edited.sql"
"$pgdrift" migrations check fixtures/supabase-app --dump "$tmp/app-edited.sql" >/dev/null
check "supabase db dump edited by hand: exit 1" '[ $? = 1 ]'

# Hand-edited: staging's dump with one default changed.
sed 's/DEFAULT 0.0750/DEFAULT 0.0800/' $fixture/staging.dump.sql >"$tmp/edited.sql"
"$pgdrift" migrations check $fixture --dump "$tmp/edited.sql" "${base[@]}" >"$tmp/edited.txt"
check "edited by hand: exit 1, the one default" '[ $? = 1 ] && grep -q "public.agent_deployments.cost_per_sms" "$tmp/edited.txt" && grep -qx "0 added, 0 removed, 1 changed" "$tmp/edited.txt"'

# The files' versions, in a copy of the fixture's migrations.
dir=$tmp/project/supabase/migrations
mkdir -p "$dir"
cp $fixture/supabase/migrations/*.sql "$dir/"
cp "$dir/20251120094954_add_latency_columns.sql" "$dir/20251120094954_latency_again.sql"
"$pgdrift" migrations check "$tmp/project" --dump $fixture/staging.dump.sql "${base[@]}" >"$tmp/dup.txt"
check "two files of one version: exit 1" '[ $? = 1 ]'
check "two files of one version: named" 'grep -q "20251120094954_latency_again.sql: error: version 20251120094954 is also the version of" "$tmp/dup.txt"'
check "two files of one version: not compared" 'grep -q "not compared" "$tmp/dup.txt"'
rm "$dir/20251120094954_latency_again.sql"
echo "select 1;" >"$dir/fix-later.sql"
"$pgdrift" migrations check "$tmp/project" --dump $fixture/staging.dump.sql "${base[@]}" >"$tmp/unnamed.txt" 2>/dev/null
check "a file that names no version: exit 1" '[ $? = 1 ] && grep -q "fix-later.sql: error: names no version" "$tmp/unnamed.txt"'
rm "$dir/fix-later.sql"

# --since: the files already merged at a revision.
export HOME=$tmp/home GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME"
cp $fixture/staging.dump.sql "$tmp/project/schema.sql"
cp $fixture/supabase-base.sql "$tmp/project/base.sql"
base=(--base base.sql)
git init -q "$tmp/project"
cd "$tmp/project"
git add . && git commit -qm merged
"$pgdrift" migrations check . --dump schema.sql "${base[@]}" --since HEAD >"$tmp/since.txt"
check "--since, nothing changed: exit 0" '[ $? = 0 ]'
sed -i 's/0.0750/0.0700/' "$dir/20251113175729_fix_sms_pricing_model_v2.sql"
"$pgdrift" migrations check . --dump schema.sql "${base[@]}" --since HEAD >"$tmp/edited-merged.txt"
check "--since: a merged file edited" '[ $? = 1 ] && grep -q "20251113175729_fix_sms_pricing_model_v2.sql: error: edited after it was merged" "$tmp/edited-merged.txt"'
git checkout -q .
git rm -q "$dir/20251117101559_create_financial_timeseries_function.sql"
"$pgdrift" migrations check . --dump schema.sql "${base[@]}" --since HEAD >"$tmp/removed.txt"
check "--since: a merged file removed" '[ $? = 1 ] && grep -q "20251117101559_create_financial_timeseries_function.sql: error: removed after it was merged" "$tmp/removed.txt"'
git reset -q --hard
echo "create table public.late (id bigint);" >"$dir/20251115000000_late.sql"
"$pgdrift" migrations check . --dump schema.sql "${base[@]}" --since HEAD >"$tmp/order.txt"
check "--since: a new file older than the merged ones" '[ $? = 1 ] && grep -q "20251115000000_late.sql: error: version 20251115000000 is older than 20251120095358_rename_justification_to_analysis.sql" "$tmp/order.txt"'
mv "$dir/20251115000000_late.sql" "$dir/20251201000000_late.sql"
"$pgdrift" migrations check . --dump schema.sql "${base[@]}" --since HEAD >"$tmp/newer.txt"
check "--since: a newer file is in order (the dump lacks its table)" '[ $? = 1 ] && ! grep -q "older than" "$tmp/newer.txt" && grep -qx "  - public.late" "$tmp/newer.txt"'
"$pgdrift" migrations check . --dump schema.sql "${base[@]}" --since nosuchrev >/dev/null 2>"$tmp/norev.err"
check "--since: an unknown revision is exit 2" '[ $? = 2 ] && grep -q "no such git revision here: nosuchrev" "$tmp/norev.err"'

# Migrations at the top of the work tree, replayed from nothing.
flat=$tmp/flat
mkdir -p "$flat" && cd "$flat" && git init -q
echo "CREATE TABLE a (x int);" >1_a.sql
printf 'CREATE TABLE public.a (\n    x integer\n);\n' >"$tmp/flat.dump.sql"
git add . && git commit -qm a
"$pgdrift" migrations check . --dump "$tmp/flat.dump.sql" --platform none --since HEAD >"$tmp/flat.txt"
check "top of the work tree: fresh" '[ $? = 0 ] && grep -q "flat.dump.sql: fresh" "$tmp/flat.txt"'
echo "-- reworded" >>1_a.sql
"$pgdrift" migrations check . --dump "$tmp/flat.dump.sql" --platform none --since HEAD >"$tmp/flat-edited.txt"
check "top of the work tree: a merged file edited" '[ $? = 1 ] && grep -q "1_a.sql: error: edited after it was merged" "$tmp/flat-edited.txt"'

finish
