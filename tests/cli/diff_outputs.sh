#!/usr/bin/env bash
# pgdrift diff as a user meets it: golden reports of the bundled fixtures in every format,
# the JSON checked against its documented schema, exit codes like diff(1), and the SQL that
# built each fixture comparing identical to that fixture's own pg_dump.
# usage: tests/cli/diff_outputs.sh PGDRIFT_BINARY     (UPDATE_GOLDEN=1 rewrites the golden files)
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
golden=$root/tests/golden

cd "$root"
prod=fixtures/supabase-agents/production.dump.sql
staging=fixtures/supabase-agents/staging.dump.sql

# Golden reports: every difference the fixture's SQL made, and nothing else.
for format in text markdown json; do
  "$pgdrift" diff "$prod" "$staging" --format "$format" --color never >"$tmp/report.$format" 2>"$tmp/err"
  code=$?
  [ "$code" = 1 ] && pass || fail "diff --format $format exited $code, want 1"
  [ -s "$tmp/err" ] && fail "diff --format $format printed warnings: $(head -3 "$tmp/err")"
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then cp "$tmp/report.$format" "$golden/supabase-agents.diff.$format"; fi
  if diff -u "$golden/supabase-agents.diff.$format" "$tmp/report.$format" >"$tmp/golden.diff"; then pass; else
    fail "diff --format $format differs from tests/golden/supabase-agents.diff.$format:"; head -40 "$tmp/golden.diff"; fi
done

# The JSON report and the inspect JSON follow their published schemas.
"$pgdrift" inspect --format json --list "$prod" >"$tmp/inspect.json"
if /usr/bin/python3 - "$root/docs/json-schema" "$tmp/report.json" "$tmp/inspect.json" <<'PY'
import json, sys, jsonschema
schemas, diff_report, inspect_report = sys.argv[1:]
jsonschema.validate(json.load(open(diff_report)), json.load(open(f"{schemas}/diff.schema.json")))
jsonschema.validate(json.load(open(inspect_report)), json.load(open(f"{schemas}/inspect.schema.json")))
report = json.load(open(diff_report))
for row in report["summary"]:
    listed = [c for c in report["changes"] if c["kind"] == row["kind"]]
    for change in ("added", "removed", "changed"):
        assert row[change] == sum(1 for c in listed if c["change"] == change), (row, change)
PY
then pass; else fail "JSON output does not follow docs/json-schema"; fi

# Same schema: exit 0 and no output, in every format's text channel.
"$pgdrift" diff "$staging" "$staging" >"$tmp/same.txt" 2>&1 && [ ! -s "$tmp/same.txt" ] && pass || fail "a dump against itself is not identical"

# The SQL that built each fixture and the fixture's own pg_dump compare identical.
cat fixtures/supabase-agents/supabase-base.sql fixtures/supabase-agents/supabase/migrations/*.sql >"$tmp/staging-source.sql"
cat fixtures/supabase-agents/supabase-base.sql fixtures/supabase-agents/supabase/migrations/20251113091720_create-staging.sql \
    fixtures/supabase-agents/production-hotfixes.sql >"$tmp/production-source.sql"
for pair in "$tmp/staging-source.sql:$staging" "$tmp/production-source.sql:$prod" \
            "fixtures/every-kind/schema.sql:fixtures/every-kind/dump.sql"; do
  source=${pair%%:*}
  dump=${pair#*:}
  if "$pgdrift" diff "$source" "$dump" --keep-going >"$tmp/source.txt" 2>"$tmp/source.err"; then pass; else
    fail "$(basename "$source") and $dump differ:"; head -20 "$tmp/source.txt"; fi
done

# Filters: with the Supabase preset only the application's schema is compared.
"$pgdrift" diff "$prod" "$staging" --preset supabase --format json >"$tmp/preset.json"
if /usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert all(not c["id"].startswith(("auth.", "supabase_migrations.")) for c in r["changes"])
tables = [s for s in r["summary"] if s["kind"] == "table"][0]
assert tables["old"] == 10 and tables["new"] == 10, tables
' "$tmp/preset.json"; then pass; else fail "--preset supabase still compares Supabase-managed schemas"; fi
"$pgdrift" diff "$prod" "$staging" --ignore grants --ignore body --format json >"$tmp/ignored.json"
if ! grep -q '"aspect": "grants"' "$tmp/ignored.json" && ! grep -q '"aspect": "body"' "$tmp/ignored.json"; then pass; else fail "--ignore did not leave the aspects out"; fi
# A table's column order is its own low-impact aspect: in JSON, silenced by --ignore
# column_order, and a plan that says it cannot reorder columns instead of doing it.
printf 'CREATE TABLE public.t (a integer, c integer);\n' >"$tmp/order-old.sql"
printf 'CREATE TABLE public.t (a integer, b integer, c integer);\n' >"$tmp/order-new.sql"
"$pgdrift" diff "$tmp/order-old.sql" "$tmp/order-new.sql" --format json >"$tmp/order.json"
if /usr/bin/python3 - "$root/docs/json-schema/diff.schema.json" "$tmp/order.json" <<'PY'
import json, sys, jsonschema
schema, report = (json.load(open(p)) for p in sys.argv[1:])
jsonschema.validate(report, schema)
table = [c for c in report["changes"] if c["kind"] == "table"][0]
assert table["details"] == [{"aspect": "column_order", "old": "a, c", "new": "a, b, c"}], table
assert table["impact"] < 20, table
PY
then pass; else fail "column order is not reported as the aspect column_order"; fi
"$pgdrift" diff "$tmp/order-old.sql" "$tmp/order-new.sql" --ignore column_order --format json >"$tmp/order-ignored.json"
if ! grep -q column_order "$tmp/order-ignored.json" && grep -q '"public.t.b"' "$tmp/order-ignored.json"; then pass; else
  fail "--ignore column_order did not leave the aspect out"; fi
"$pgdrift" plan "$tmp/order-old.sql" "$tmp/order-new.sql" >"$tmp/order-plan.sql" 2>"$tmp/order-plan.err"
if grep -q "^-- warning: table public.t: column order differs.*cannot reorder columns without rebuilding the table" "$tmp/order-plan.sql" &&
   grep -q "ADD COLUMN b integer" "$tmp/order-plan.sql" && [ "$(grep -c '^ALTER TABLE' "$tmp/order-plan.sql")" = 1 ]; then pass; else
  fail "the plan does not say it leaves the column order:"; cat "$tmp/order-plan.sql"; fi
printf 'include_schemas = ["public"]\nignore = ["grants"]\nformat = "json"\n' >"$tmp/pgdrift.toml"
"$pgdrift" diff "$prod" "$staging" --config "$tmp/pgdrift.toml" >"$tmp/config.json"
if /usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert all(c["id"].startswith("public.") for c in r["changes"])' "$tmp/config.json" &&
   ! grep -q '"aspect": "grants"' "$tmp/config.json"; then pass; else fail ".pgdrift.toml settings were not applied"; fi
printf 'include_schemas = "public"\n' >"$tmp/bad.toml"
"$pgdrift" diff "$prod" "$staging" --config "$tmp/bad.toml" >/dev/null 2>"$tmp/bad.err"
code=$?
if [ "$code" = 2 ] && grep -q "bad.toml:1:.*must be an array" "$tmp/bad.err"; then pass; else fail "a wrong setting did not give file:line:col and exit 2 ($code)"; fi

# A warning both inputs give is printed once, with its count; one only NEW gives, once.
printf '\\connect app\nCREATE TABLE a (id int);\n' >"$tmp/warn-old.sql"
printf '\\connect app\nCREATE TABLE a (id int, b int);\n\\set x 1\n' >"$tmp/warn-new.sql"
"$pgdrift" diff "$tmp/warn-old.sql" "$tmp/warn-new.sql" >/dev/null 2>"$tmp/warn.err"
printf '%s\n' "$tmp/warn-old.sql:1:1: warning: psql meta-command ignored: \\connect app (×2)" \
  "$tmp/warn-new.sql:3:1: warning: psql meta-command ignored: \\set x 1" >"$tmp/warn.want"
if diff -u "$tmp/warn.want" "$tmp/warn.err"; then pass; else fail "diff repeats a warning both inputs give"; fi
"$pgdrift" plan "$tmp/warn-old.sql" "$tmp/warn-new.sql" >/dev/null 2>"$tmp/warn.err"
if diff -u "$tmp/warn.want" "$tmp/warn.err"; then pass; else fail "plan repeats a warning both inputs give"; fi

finish
