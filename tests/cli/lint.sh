#!/usr/bin/env bash
# pgdrift lint: output formats, exit codes (--fail-on), bad input, and the Supabase fixture.
# usage: tests/cli/lint.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
check() { if eval "$2"; then pass; else fail "$1"; fi; }
cd "$root"

mkdir -p "$tmp/m"
printf 'CREATE TABLE orders (id bigint, total numeric);\n' >"$tmp/m/0001_create.sql"
printf -- '-- index it\nCREATE INDEX orders_total ON orders (total);\nCREATE TABLE IF NOT EXISTS t (code char(2));\n' >"$tmp/m/0002_index.sql"

"$pgdrift" lint --platform none "$tmp/m" >"$tmp/out.txt" 2>"$tmp/err.txt"
code=$?
check "text: a warning exits 1 by default" '[ $code = 1 ]'
check "text: gcc-style line at the first token of the statement, hint below" \
  'grep -qx "$tmp/m/0002_index.sql:2:1: warning: require-concurrent-index-creation: CREATE INDEX on public.orders blocks writes to it while the index builds" "$tmp/out.txt" &&
   grep -qx "  hint: CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction" "$tmp/out.txt"'
check "text: the statement creating the table in 0001 gives no index finding" '! grep -q "0001_create.sql.*require-concurrent" "$tmp/out.txt"'

"$pgdrift" lint --platform none --fail-on error "$tmp/m" >/dev/null 2>&1
check "--fail-on error: warnings exit 0" '[ $? = 0 ]'
"$pgdrift" lint --platform none --fail-on info "$tmp/m/0001_create.sql" >/dev/null 2>&1
check "--fail-on info: an info finding exits 1" '[ $? = 1 ]'
"$pgdrift" lint --platform none --fail-on none "$tmp/m" >/dev/null 2>&1
check "--fail-on none: exits 0" '[ $? = 0 ]'

"$pgdrift" lint --platform none --format json "$tmp/m" >"$tmp/out.json" 2>/dev/null
check "json: the documented contract" '/usr/bin/python3 - "$tmp/out.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format_version"] == 1
f = [x for x in r["findings"] if x["rule"] == "require-concurrent-index-creation"]
assert len(f) == 1, r
f = f[0]
assert (f["line"], f["column"], f["level"]) == (2, 1, "warning"), f
assert f["file"].endswith("0002_index.sql") and f["objects"] == ["public.orders"], f
assert set(f) >= {"rule", "level", "file", "line", "column", "message", "objects"}
assert any(x["rule"] == "ban-char-field" and x["level"] == "info" for x in r["findings"])
PY'

check "json: follows docs/json-schema/lint.schema.json" '/usr/bin/python3 - "$root/docs/json-schema/lint.schema.json" "$tmp/out.json" <<"PY"
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
PY'

printf 'CREATE TABLE t (a bigint);\nCREATE TABEL u (a bigint);\n' >"$tmp/bad.sql"
"$pgdrift" lint "$tmp/bad.sql" >"$tmp/bad.out" 2>"$tmp/bad.err"
check "bad input: exit 2 with file:line:column" '[ $? = 2 ] && grep -q "^$tmp/bad.sql:2:[0-9]*: error:" "$tmp/bad.err"'
"$pgdrift" lint --format json "$tmp/bad.sql" >"$tmp/bad.json" 2>/dev/null
code=$?
check "bad input, json: exit 2 and an error document" '[ $code = 2 ] && /usr/bin/python3 - "$tmp/bad.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format_version"] == 1 and r["errors"][0]["line"] == 2, r
import jsonschema
jsonschema.validate(r, json.load(open("docs/json-schema/lint.schema.json")))
PY'
"$pgdrift" lint "$tmp/missing.sql" >/dev/null 2>"$tmp/missing.err"
check "a missing file: exit 2" '[ $? = 2 ] && grep -q "missing.sql" "$tmp/missing.err"'

# --since REV in a scratch repository: two commits, only the file of the second is linted,
# on the schema the first one made.
mkdir -p "$tmp/repo/m"
(cd "$tmp/repo" && git init -q . &&
  printf 'CREATE TABLE orders (id bigint, total numeric);\nCREATE INDEX o_t ON orders (total);\n' >m/0001_a.sql &&
  git add . && git -c user.email=t@example.com -c user.name=t commit -qm one &&
  printf 'CREATE INDEX o_id ON orders (id);\n' >m/0002_b.sql &&
  git add . && git -c user.email=t@example.com -c user.name=t commit -qm two)
(cd "$tmp/repo" && "$pgdrift" lint --platform none --format json --since HEAD~1 m) >"$tmp/since.json" 2>/dev/null
check "--since: only the new file, checked on the old one" '/usr/bin/python3 - "$tmp/since.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["files"] == ["m/0002_b.sql"], r["files"]
assert [f["rule"] for f in r["findings"] if f["level"] == "warning"] == ["require-concurrent-index-creation"], r
PY'
(cd "$tmp/repo" && "$pgdrift" lint --since no-such-rev m) >/dev/null 2>"$tmp/since.err"
check "--since an unknown revision: exit 2" '[ $? = 2 ] && grep -q "no such git revision here: no-such-rev" "$tmp/since.err"'

# The Supabase fixture from the platform's ground: two column renames; the function that
# read the renamed column is replaced later in the same migration, so it is not named.
"$pgdrift" lint fixtures/supabase-agents/supabase/migrations --format json >"$tmp/agents.json" 2>"$tmp/agents.err"
check "supabase-agents: 18 files linted, the renames found" '/usr/bin/python3 - "$tmp/agents.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r["files"]) == 18, len(r["files"])
renames = [f for f in r["findings"] if f["rule"] == "renaming-column"]
assert len(renames) == 2, renames
assert not any(len(f["objects"]) > 1 for f in renames), renames
# Errors of the migration rules (PostgreSQL would refuse a statement): none. The schema rules
# (those of splinter, with _ in their ids) find what a reviewer of a Supabase project would fix.
assert not any(f["level"] == "error" and "-" in f["rule"] for f in r["findings"]), r["findings"]
views = [f for f in r["findings"] if f["rule"] == "security_definer_view"]
assert views and all(f["file"].endswith("20251113091720_create-staging.sql") for f in views), views
assert any(f["rule"] == "auth_rls_initplan" for f in r["findings"])
assert not any(f["objects"][0].startswith(("auth.", "storage.")) for f in r["findings"]), r["findings"]
PY'

# The schema rules on a dump by itself, with the API's schemas given.
cat >"$tmp/schema.sql" <<'SQL'
CREATE SCHEMA api;
CREATE TABLE public.notes (id bigint PRIMARY KEY, body text);
GRANT SELECT ON TABLE public.notes TO anon;
CREATE TABLE api.tasks (id bigint PRIMARY KEY, title text);
GRANT SELECT ON TABLE api.tasks TO anon;
SQL
"$pgdrift" lint --schema "$tmp/schema.sql" >"$tmp/schema.out" 2>&1
code=$?
check "--schema alone: the dump's own findings, at the object's line" '[ $code = 1 ] &&
  grep -q "^$tmp/schema.sql:2:1: error: rls_disabled_in_public: table public.notes" "$tmp/schema.out" &&
  ! grep -q "api.tasks" "$tmp/schema.out"'
"$pgdrift" lint --schema "$tmp/schema.sql" --exposed-schemas api --format json >"$tmp/schema.json" 2>/dev/null
check "--exposed-schemas api: the api schema's table, not public's" '/usr/bin/python3 - "$tmp/schema.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
open_tables = [f["objects"][0] for f in r["findings"] if f["rule"] == "rls_disabled_in_public"]
assert open_tables == ["api.tasks"], r
PY'
"$pgdrift" lint >/dev/null 2>"$tmp/none.err"
check "no input and no --schema: exit 2" '[ $? = 2 ] && grep -q "or --schema DUMP" "$tmp/none.err"'

finish
