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

# .pgdrift.toml [lint]: rules off, levels, the transaction files run in; mistakes in it are
# errors at their line and column (exit 2).
mkdir -p "$tmp/cfg"
printf 'CREATE INDEX CONCURRENTLY orders_total ON orders (total);\nALTER TABLE orders ADD COLUMN code char(2);\n' >"$tmp/cfg/0003_conc.sql"
printf '[lint]\ntransaction_per_file = true\n\n[lint.rules]\nrequire-concurrent-index-creation = "off"\nban-char-field = "error"\n' >"$tmp/cfg/.pgdrift.toml"
(cd "$tmp/cfg" && "$pgdrift" lint --platform none --migrations "$tmp/m" --format json 0003_conc.sql) >"$tmp/cfg.json" 2>/dev/null
check "config: a rule off, a level raised, files in a transaction" '/usr/bin/python3 - "$tmp/cfg.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
rules = {f["rule"]: f["level"] for f in r["findings"]}
assert "require-concurrent-index-creation" not in rules, rules
assert rules.get("ban-char-field") == "error", rules
assert rules.get("ban-concurrent-index-creation-in-transaction") == "error", rules
PY'
"$pgdrift" lint --platform none --migrations "$tmp/m" --format json "$tmp/cfg/0003_conc.sql" >"$tmp/nocfg.json" 2>/dev/null
check "config: without it, the defaults" '/usr/bin/python3 - "$tmp/nocfg.json" <<"PY"
import json, sys
rules = {f["rule"]: f["level"] for f in json.load(open(sys.argv[1]))["findings"]}
assert rules.get("ban-char-field") == "info" and "ban-concurrent-index-creation-in-transaction" not in rules, rules
PY'
printf '[lint]\ntransaction_per_file = false\n' >"$tmp/notx.toml"
printf 'CREATE TABLE orders (id bigint, total numeric);\nCREATE INDEX CONCURRENTLY orders_total ON orders (total);\n' >"$tmp/cfg/0004_supa.sql"
"$pgdrift" lint --platform supabase --format json "$tmp/cfg/0004_supa.sql" >"$tmp/supa.json" 2>/dev/null
"$pgdrift" lint --platform supabase --format json --config "$tmp/notx.toml" "$tmp/cfg/0004_supa.sql" >"$tmp/supa-notx.json" 2>/dev/null
check "config: transaction_per_file = false on Supabase (--config FILE)" '/usr/bin/python3 - "$tmp/supa.json" "$tmp/supa-notx.json" <<"PY"
import json, sys
rule = "ban-concurrent-index-creation-in-transaction"
assert any(f["rule"] == rule for f in json.load(open(sys.argv[1]))["findings"])
assert not any(f["rule"] == rule for f in json.load(open(sys.argv[2]))["findings"])
PY'
bad_config() { # NAME TOML LINE:COLUMN MESSAGE
  printf "$2" >"$tmp/bad.toml"
  "$pgdrift" lint --platform none --config "$tmp/bad.toml" "$tmp/m" >/dev/null 2>"$tmp/bad-config.err"
  check "config: $1 is an error at $3, exit 2" "[ \$? = 2 ] && grep -qF \"$tmp/bad.toml:$3: error: $4\" \"$tmp/bad-config.err\""
}
bad_config "an unknown rule" '[lint.rules]\nban-drop-colum = "off"\n' 2:18 "unknown lint rule 'ban-drop-colum'"
bad_config "a wrong level" '[lint.rules]\nban-drop-column = "fatal"\n' 2:19 "lint rule 'ban-drop-column' must be"
bad_config "an unknown [lint] setting" '[lint]\nexposed = ["api"]\n' 2:11 "unknown setting 'lint.exposed'"
bad_config "exposed_schemas not an array" '[lint]\nexposed_schemas = "api"\n' 2:19 "'exposed_schemas' must be an array of strings"
bad_config "transaction_per_file not a boolean" '[lint]\ntransaction_per_file = "yes"\n' 2:24 "'lint.transaction_per_file' must be true or false"
bad_config "a TOML syntax error" '[lint\n' 1:6 ""

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
