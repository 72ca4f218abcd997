#!/usr/bin/env bash
# pgdrift diff's impact section: what uses each difference, in text, Markdown and JSON, with
# names that break Markdown code spans (a backtick) and tables (a bar).
# usage: tests/cli/diff_impact.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"

cat >"$tmp/old.sql" <<'SQL'
CREATE TABLE public."x`y" (a integer);
CREATE FUNCTION public.gone() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE VIEW public.calls_gone AS SELECT public.gone() AS one;
CREATE VIEW public.unused AS SELECT a FROM public."x`y";
SQL
cat >"$tmp/new.sql" <<'SQL'
CREATE TABLE public."x`y" (a integer, b integer);
CREATE VIEW public."v|w" AS SELECT b FROM public."x`y";
CREATE VIEW public.calls_gone AS SELECT 1 AS one;
SQL

"$pgdrift" diff "$tmp/old.sql" "$tmp/new.sql" --format markdown >"$tmp/report.md"
[ $? = 1 ] && pass || fail "diff exited $?, want 1"
grep -qxF -- '- column ``public."x`y".b`` (only in NEW)' "$tmp/report.md" && pass ||
  fail "the column's code span does not hold its backtick: $(grep -m1 'only in NEW' "$tmp/report.md")"
grep -qxF -- "  - NEW's view \`public.\"v|w\"\` uses it: fails against OLD, which lacks it" "$tmp/report.md" && pass ||
  fail "markdown does not say NEW's view breaks against OLD: $(sed -n '/## Impact/,$p' "$tmp/report.md")"
grep -qxF -- '- view `public.unused` (only in OLD): used by nothing' "$tmp/report.md" && pass ||
  fail "markdown does not say public.unused is used by nothing"

"$pgdrift" diff "$tmp/old.sql" "$tmp/new.sql" --format text --color never >"$tmp/report.txt"
grep -qF "OLD's view public.calls_gone uses it: fails against NEW, which lacks it" "$tmp/report.txt" && pass ||
  fail "text does not say OLD's view breaks against NEW: $(sed -n '/^Impact/,$p' "$tmp/report.txt")"

"$pgdrift" diff "$tmp/old.sql" "$tmp/new.sql" --format json >"$tmp/report.json"
if /usr/bin/python3 - "$root/docs/json-schema/diff.schema.json" "$tmp/report.json" <<'PY'
import json, sys, jsonschema
schema, report = (json.load(open(path)) for path in sys.argv[1:])
jsonschema.validate(report, schema)
impact = report["impact"]
first = impact[0]
assert first["used_by"][0]["breaks"], first
by_id = {entry["id"]: entry for entry in impact}
assert by_id['public."x`y".b']["used_by"] == [{"side": "new", "kind": "view", "id": 'public."v|w"', "breaks": True}], by_id
assert by_id["public.gone()"]["change"] == "removed"
assert by_id["public.gone()"]["used_by"] == [{"side": "old", "kind": "view", "id": "public.calls_gone", "breaks": True}]
assert by_id["public.unused"]["used_by"] == [] and impact[-1]["used_by"] == []
PY
then pass; else fail "the JSON impact list is not as expected"; fi
finish
