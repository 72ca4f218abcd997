#!/usr/bin/env bash
# pgdrift migrations and diff --migrations on the bundled Supabase fixture and on small
# directories of each naming scheme.
# usage: tests/cli/migrations.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
check() { if eval "$2"; then pass; else fail "$1"; fi; }
cd "$root"
prod=fixtures/supabase-agents/production.dump.sql
staging=fixtures/supabase-agents/staging.dump.sql

# Staging ran every migration: each one is applied, superseded by a later one, or data only.
"$pgdrift" migrations status fixtures/supabase-agents --dump "$prod" --dump "$staging" --format json >"$tmp/status.json"
check "status of staging and production" '/usr/bin/python3 - "$tmp/status.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
prod, staging = r["dumps"]
assert len(staging["migrations"]) == 18
assert all(m["status"] in ("applied", "superseded", "unknown") for m in staging["migrations"]), staging
by_version = {m["version"]: m for m in prod["migrations"]}
# production never got call_classification (migration 3) nor get_latency_metrics (migration 17)
assert by_version["20251113110933"]["status"] == "missing", by_version["20251113110933"]
assert by_version["20251120094954"]["status"] == "partial", by_version["20251120094954"]
assert by_version["20251113092934"]["status"] == "unknown"  # data only
PY'

# With the ledgers' rows (pg_dump --data-only of supabase_migrations.schema_migrations):
# production records 1 migration and 17 not, staging all 18; what production has of the
# 17 by hand is flagged as not recorded.
ledgers=(--ledger fixtures/supabase-agents/production.ledger.sql --ledger fixtures/supabase-agents/staging.ledger.sql)
"$pgdrift" migrations status fixtures/supabase-agents --dump "$prod" --dump "$staging" "${ledgers[@]}" --format json \
  >"$tmp/ledger.json"
check "ledger: 1 recorded and 17 not in production, 18 in staging" '/usr/bin/python3 - "$tmp/ledger.json" <<"PY"
import json, sys
prod, staging = json.load(open(sys.argv[1]))["dumps"]
recorded = [m["version"] for m in prod["migrations"] if m["recorded"]]
assert recorded == ["20251113091720"], recorded
assert sum(m["recorded"] is False for m in prod["migrations"]) == 17
assert all(m["recorded"] is True for m in staging["migrations"])
PY'
"$pgdrift" migrations status fixtures/supabase-agents --dump "$prod" "${ledgers[@]:0:2}" >"$tmp/ledger.txt"
check "ledger: counts and flags in text" 'grep -q "^$prod: the ledger records 1 of 18; by their effects: 9 applied, 5 partial, 1 missing, 2 superseded, 1 unknown$" "$tmp/ledger.txt" &&
  grep -q "applied    20251113173945 create_agent_sms_table  (not recorded: its effects were made outside the migration tool)" "$tmp/ledger.txt" &&
  grep -q "missing    20251113110933 agent_calls_enrichment_complete  (not recorded)$" "$tmp/ledger.txt"'
check "ledger: the statements staging recorded are those of the files" '/usr/bin/python3 - "$tmp/ledger.json" <<"PY"
import json, sys
for dump in json.load(open(sys.argv[1]))["dumps"]:
    assert dump["ledger"] == {"edited_after_applied": [], "recorded_without_file": [], "recorded_more_than_once": []}, dump["ledger"]
PY'

# Supabase records each migration's statements as it applied them: staging's ledger edited
# the way history goes wrong. One literal of 20251113145425 differs from its file (the file
# was edited after it was applied); 20251113145458 differs only by a comment and the case of
# a keyword (no edit); 20251113173945 is recorded twice; 20251201000000 has no file.
edited_ledger=$tmp/edited.ledger.sql
sed -e '/^20251113145425\t/s/v_user_accessible_clients set (security_invoker = true)/v_user_accessible_clients set (security_invoker = false)/' \
  -e '/^20251113145458\t/s/\\n\\nalter view/\\n-- reworded comment\\n\\nALTER VIEW/' \
  -e 's/^\\\.$/20251113173945\t\\N\tcreate_agent_sms_table\n20251201000000\t{"drop table public.agent_sms"}\thotfix_by_hand\n\\./' \
  fixtures/supabase-agents/staging.ledger.sql >"$edited_ledger"
check "the edited ledger differs from the fixture where meant" '[ "$(diff fixtures/supabase-agents/staging.ledger.sql "$edited_ledger" | grep -c "^>")" = 4 ]'
"$pgdrift" migrations status fixtures/supabase-agents --dump "$staging" --ledger "$edited_ledger" >"$tmp/edited.txt"
check "ledger findings in text" 'grep -qx "  edited after it was applied: 20251113145425 security_fixes_test_v2 (fixtures/supabase-agents/supabase/migrations/20251113145425_security_fixes_test_v2.sql)" "$tmp/edited.txt" &&
  grep -qx "    ledger statement 2 and file statement 2 (line 9) differ:" "$tmp/edited.txt" &&
  grep -qx "      - alter view public.v_user_accessible_clients set (security_invoker = false)" "$tmp/edited.txt" &&
  grep -qx "      + alter view public.v_user_accessible_clients set (security_invoker = true)" "$tmp/edited.txt" &&
  ! grep -q "20251113145458 security_fixes_remaining_views (" "$tmp/edited.txt" &&
  grep -qx "  recorded without a migration file: 20251201000000 hotfix_by_hand" "$tmp/edited.txt" &&
  grep -qx "  recorded 2 times: 20251113173945 create_agent_sms_table" "$tmp/edited.txt" &&
  [ "$(grep -c "^  [a-z]" "$tmp/edited.txt")" = 21 ]'
"$pgdrift" migrations status fixtures/supabase-agents --dump "$staging" --ledger "$edited_ledger" --format json >"$tmp/edited.json"
check "ledger findings in JSON, following the schema" '/usr/bin/python3 - "$tmp/edited.json" docs/json-schema/diff.schema.json <<"PY"
import json, sys, jsonschema
r = json.load(open(sys.argv[1]))
schema = json.load(open(sys.argv[2]))
jsonschema.validate(r, {"$defs": schema["$defs"], "$ref": "#/$defs/migration_status"})
ledger = r["dumps"][0]["ledger"]
assert [e["version"] for e in ledger["edited_after_applied"]] == ["20251113145425"], ledger
assert ledger["edited_after_applied"][0]["statements"] == [{
    "ledger_statement": 2, "recorded": "alter view public.v_user_accessible_clients set (security_invoker = false)",
    "file_statement": 2, "file_line": 9, "in_file": "alter view public.v_user_accessible_clients set (security_invoker = true)"}]
assert ledger["recorded_without_file"] == [{"version": "20251201000000", "name": "hotfix_by_hand"}]
assert ledger["recorded_more_than_once"] == [{"version": "20251113173945", "name": "create_agent_sms_table", "times": 2}]
PY'
"$pgdrift" migrations status fixtures/supabase-agents --dump "$staging" --ledger "$edited_ledger" --format markdown >"$tmp/edited.md"
check "ledger findings in markdown" 'grep -qx "\*\*The history table of \`$staging\`\*\*" "$tmp/edited.md" &&
  grep -qx "  - ledger statement 2 and file statement 2 (line 9) differ:" "$tmp/edited.md" &&
  grep -qx "    - alter view public.v_user_accessible_clients set (security_invoker = false)" "$tmp/edited.md" &&
  grep -qx -- "- recorded without a migration file: 20251201000000 hotfix_by_hand" "$tmp/edited.md" &&
  grep -qx -- "- recorded 2 times: 20251113173945 create_agent_sms_table" "$tmp/edited.md"'
"$pgdrift" diff "$prod" "$staging" --migrations fixtures/supabase-agents --new-ledger "$edited_ledger" >"$tmp/edited-diff.txt"
check "diff --migrations: ledger findings under NEW" 'grep -qx "  edited after it was applied: 20251113145425 security_fixes_test_v2 (fixtures/supabase-agents/supabase/migrations/20251113145425_security_fixes_test_v2.sql)" "$tmp/edited-diff.txt" &&
  grep -qx "  recorded 2 times: 20251113173945 create_agent_sms_table" "$tmp/edited-diff.txt"'
# A statement added to the file after it was applied, and one taken out.
mkdir -p "$tmp/grown/supabase/migrations"
cp fixtures/supabase-agents/supabase/migrations/*.sql "$tmp/grown/supabase/migrations/"
printf "\ncomment on table public.agent_sms is 'SMS sent by agents';\n" >>"$tmp/grown/supabase/migrations/20251113173945_create_agent_sms_table.sql"
sed -i '/^revoke all on table public.profiles from anon;$/d' "$tmp/grown/supabase/migrations/20251113145425_security_fixes_test_v2.sql"
"$pgdrift" migrations status "$tmp/grown" --dump "$staging" --ledger fixtures/supabase-agents/staging.ledger.sql >"$tmp/grown.txt"
check "a statement only in the file, and one only in the ledger" 'grep -q "^    file statement [0-9]* (line [0-9]*) only in the file:$" "$tmp/grown.txt" &&
  grep -qx "      + comment on table public.agent_sms is '"'"'SMS sent by agents'"'"'" "$tmp/grown.txt" &&
  grep -q "^    ledger statement [0-9]* only in the ledger:$" "$tmp/grown.txt" &&
  grep -qx "      - revoke all on table public.profiles from anon" "$tmp/grown.txt" &&
  [ "$(grep -c "^  edited after it was applied: " "$tmp/grown.txt")" = 2 ]'
"$pgdrift" migrations status fixtures/supabase-agents --dump "$prod" "${ledgers[@]}" >/dev/null 2>"$tmp/ledgers.err"
code=$?
check "more --ledger than --dump is refused" '[ "$code" = 2 ] && grep -q "more --ledger than --dump" "$tmp/ledgers.err"'
"$pgdrift" diff "$prod" "$staging" --migrations fixtures/supabase-agents --old-ledger fixtures/supabase-agents/production.ledger.sql \
  --new-ledger fixtures/supabase-agents/staging.ledger.sql --format json >"$tmp/ledger-diff.json"
check "diff --old-ledger/--new-ledger" '/usr/bin/python3 - "$tmp/ledger-diff.json" <<"PY"
import json, sys
prod, staging = json.load(open(sys.argv[1]))["migrations"]["dumps"]
assert [m["recorded"] for m in prod["migrations"]].count(True) == 1
assert all(m["recorded"] for m in staging["migrations"])
PY'
check "diff --migrations with ledgers: drift per side and the dry run, in the JSON schema" '/usr/bin/python3 - "$tmp/ledger-diff.json" docs/json-schema/diff.schema.json <<"PY"
import json, sys, jsonschema
r = json.load(open(sys.argv[1]))
jsonschema.validate(r, json.load(open(sys.argv[2])))
assert r["drift_expected"]["old"] == {"judged_by": "ledger", "migrations": ["20251113091720"]}, r["drift_expected"]
assert r["drift"]["new"] == [], r["drift"]["new"]
old = {(d["kind"], d["id"]): d for d in r["drift"]["old"]}
# hand-made in production: whole objects, and changed aspects of objects migration 1 made
assert old[("function", "public.get_consumption_pricing_by_agent(uuid)")]["change"] == "added"
assert [d["aspect"] for d in old[("view", "public.v_agent_calls_enriched")]["details"]] == ["options"]
assert [d["aspect"] for d in old[("function", "public.update_updated_at_column()")]["details"]] == ["set search_path"]
assert not any(i.startswith("auth.") for _, i in old), "the platform ground is nobody\x27s drift"
run = r["dry_run"]
assert run["side"] == "old" and len(run["migrations"]) == 17 and run["migrations"][0] == "20251113092934"
where = [(f["version"], f["line"]) for f in run["failures"]]
assert ("20251113174046", 38) in where and ("20251113175729", 12) in where and len(where) == 8, where
assert all(f["file"].endswith(".sql") and f["column"] == 1 for f in run["failures"])
assert sorted(c["id"] for c in run["remaining"] if c["kind"] == "column") == [
    "public.agent_calls.call_quality_justification", "public.agent_deployments.cost_per_sms"], run["remaining"]
PY'
"$pgdrift" diff "$prod" "$staging" --migrations fixtures/supabase-agents --old-ledger fixtures/supabase-agents/production.ledger.sql \
  --new-ledger fixtures/supabase-agents/staging.ledger.sql --format markdown >"$tmp/ledger-diff.md"
check "diff --migrations --format markdown: drift and dry run sections" 'grep -q "^## Drift of OLD" "$tmp/ledger-diff.md" &&
  grep -q "^## Dry run of the 17 migrations OLD has not recorded" "$tmp/ledger-diff.md" && grep -q "^\*\*8 statements would fail.\*\*" "$tmp/ledger-diff.md" &&
  grep -q "| 20251113174046 | \`fixtures/supabase-agents/supabase/migrations/20251113174046_sms_analytics.sql:38:1\` | column s.cost does not exist |" "$tmp/ledger-diff.md"'
"$pgdrift" diff "$prod" "$prod" --migrations fixtures/supabase-agents --old-ledger fixtures/supabase-agents/production.ledger.sql \
  --new-ledger fixtures/supabase-agents/production.ledger.sql --format markdown >"$tmp/same-drift.md"
check "diff --migrations --format markdown of identical sides still lists their drift" 'grep -q "^\*\*The schemas are identical.\*\*" "$tmp/same-drift.md" &&
  grep -q "^## Drift of NEW" "$tmp/same-drift.md" && grep -q "^| \`public.get_consumption_pricing_by_agent(uuid)\` | function | added |" "$tmp/same-drift.md"'
"$pgdrift" diff "$prod" "$staging" --migrations fixtures/supabase-agents --old-ledger fixtures/supabase-agents/production.ledger.sql \
  --new-ledger fixtures/supabase-agents/staging.ledger.sql >"$tmp/ledger-diff.txt"
check "diff --migrations text: drift and dry run" 'grep -q "^Drift of NEW (.*staging.dump.sql): what it has beyond the schema replayed from the 18 migrations its ledger records$" "$tmp/ledger-diff.txt" &&
  grep -q "^8 statements would fail:$" "$tmp/ledger-diff.txt" && grep -q "^Afterwards OLD differs from NEW in 7 objects:$" "$tmp/ledger-diff.txt"'

# diff --migrations: every change attributed or listed as unexplained, in JSON.
"$pgdrift" diff "$prod" "$staging" --preset supabase --migrations fixtures/supabase-agents --format json >"$tmp/diff.json"
check "diff --migrations follows the JSON schema" '/usr/bin/python3 -c "
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))
" "$tmp/diff.json" docs/json-schema/diff.schema.json'
check "attribution and unexplained drift" '/usr/bin/python3 - "$tmp/diff.json" <<"PY"
import json, sys
r = json.load(open(sys.argv[1]))
changes = {c["id"]: c for c in r["changes"]}
assert changes["public.agent_calls.call_classification"]["migrations"] == ["20251113110933"]
# revoke ... from anon is an effect: replay starts from the default privileges Supabase sets
assert "20251113145425" in changes["public.profiles"]["migrations"], changes["public.profiles"]
assert "20251120094954" in changes["public.get_latency_metrics(uuid, timestamp with time zone, timestamp with time zone)"]["migrations"]
unexplained = sorted(u["id"] for u in r["unexplained"])
# exactly what production-hotfixes.sql made and no migration does
assert unexplained == ["public.agent_calls.agent_calls_conversation_id_idx",
                       "public.get_consumption_kpi_metrics(uuid, timestamp with time zone, timestamp with time zone)",
                       "public.get_consumption_pricing_by_agent(uuid)"], unexplained
assert all(not c["migrations"] for c in r["changes"] if c["id"] in unexplained)
assert r["after_missing_migrations"]["migrations"] == ["20251113110933"]
assert len(r["migrations"]["dumps"]) == 2
PY'

# A DO block that runs SQL built at run time is not followed: the objects it names are
# marked uncertain, not guessed.
mkdir -p "$tmp/do"
printf 'CREATE TABLE accounts (id int);\n' >"$tmp/do/1_init.up.sql"
cat >"$tmp/do/2_conditional.up.sql" <<'SQL'
DO $$
DECLARE
  col text := 'Email';
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'audit_log') THEN
    CREATE TABLE audit_log (id int);
  END IF;
  EXECUTE 'ALTER TABLE accounts ADD COLUMN ' || col || ' text';
END
$$;
SQL
printf 'CREATE TABLE accounts (id int);\n' >"$tmp/do-old.sql"
printf 'CREATE TABLE accounts (id int, email text, nickname text);\nCREATE TABLE audit_log (id int);\nCREATE TABLE hotfix (id int);\n' \
  >"$tmp/do-new.sql"
"$pgdrift" diff "$tmp/do-old.sql" "$tmp/do-new.sql" --migrations "$tmp/do" --format json >"$tmp/do.json"
check "DO block: named objects uncertain, the rest unexplained" '/usr/bin/python3 - "$tmp/do.json" docs/json-schema/diff.schema.json <<"PY"
import json, sys, jsonschema
r = json.load(open(sys.argv[1]))
jsonschema.validate(r, json.load(open(sys.argv[2])))
uncertain = {u["id"]: u["possibly_migrations"] for u in r["uncertain"]}
assert uncertain == {"public.accounts.email": ["2"], "public.audit_log": ["2"]}, uncertain
assert sorted(u["id"] for u in r["unexplained"]) == ["public.accounts.nickname", "public.hotfix"], r["unexplained"]
new_status = r["migrations"]["dumps"][1]["migrations"][1]
assert new_status["uncertain"] is True
assert any(e.startswith("not followed: DO block at ") and "2_conditional.up.sql:1;" in e and "table public.audit_log" in e
           for e in new_status["evidence"]), new_status["evidence"]
PY'
"$pgdrift" diff "$tmp/do-old.sql" "$tmp/do-new.sql" --migrations "$tmp/do" --format markdown >"$tmp/do.md"
check "DO block: markdown section" 'grep -q "^## Possibly made by statements pgdrift cannot follow" "$tmp/do.md" &&
  grep -q "^- table \`public.audit_log\` added: possibly 2$" "$tmp/do.md"'

# A DO block whose effects do not depend on run-time values is followed: its type is made,
# and a later statement using it is no error.
mkdir -p "$tmp/do-followed"
cat >"$tmp/do-followed/1_types.up.sql" <<'SQL'
DO $$ BEGIN
  CREATE TYPE plan AS ENUM ('free', 'pro');
EXCEPTION WHEN duplicate_object THEN null;
END $$;
ALTER TYPE plan ADD VALUE 'team';
SQL
"$pgdrift" migrations replay "$tmp/do-followed" --format json >"$tmp/do-followed.json" 2>"$tmp/do-followed.err"
check "DO block: followed, no warning" '! grep -q "DO block" "$tmp/do-followed.err" && ! grep -q "error" "$tmp/do-followed.err" &&
  /usr/bin/python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert {\"kind\": \"enum\", \"id\": \"public.plan\", \"change\": \"added\"} in r[\"migrations\"][0][\"effects\"], r" "$tmp/do-followed.json"'

# Naming schemes, ordering, and errors that name the file.
mkdir -p "$tmp/flyway" "$tmp/golang" "$tmp/bad" "$tmp/dup"
printf 'CREATE TABLE a (id int);\n' >"$tmp/flyway/V1__init.sql"
printf 'ALTER TABLE a ADD COLUMN b text;\n' >"$tmp/flyway/V1.10__later.sql"
printf 'ALTER TABLE a ADD COLUMN c text;\n' >"$tmp/flyway/V1.9__earlier.sql"
printf 'CREATE VIEW v AS SELECT id FROM a;\n' >"$tmp/flyway/R__views.sql"
"$pgdrift" migrations replay "$tmp/flyway" --format json >"$tmp/flyway.json"
check "flyway order and repeatables last" '/usr/bin/python3 -c "
import json,sys; r=json.load(open(sys.argv[1]))
assert [m[\"version\"] for m in r[\"migrations\"]] == [\"1\", \"1.9\", \"1.10\", \"R\"], r[\"migrations\"]
ids = [o[\"id\"] for o in r[\"objects\"]]
assert \"public.a.b\" in ids and \"public.a.c\" in ids and \"public.v\" in ids
" "$tmp/flyway.json"'
printf 'CREATE TABLE a (id int);\n' >"$tmp/golang/1_init.up.sql"
printf 'DROP TABLE a;\n' >"$tmp/golang/1_init.down.sql"
printf -- '-- migrate:up\nALTER TABLE a ADD COLUMN b int;\n-- migrate:down\nALTER TABLE a DROP COLUMN b;\n' >"$tmp/golang/2_dbmate_style.sql"
"$pgdrift" migrations replay "$tmp/golang" --until 2 >"$tmp/golang.json"
check "golang-migrate .up.sql and dbmate sections" 'grep -q "\"public.a.b\"" "$tmp/golang.json" && ! grep -q "DROP" "$tmp/golang.json"'
printf 'SELECT 1;\n' >"$tmp/bad/notes.sql"
"$pgdrift" migrations replay "$tmp/bad" >/dev/null 2>"$tmp/bad.err"
code=$?
check "a file fitting no scheme is named, exit 2" '[ "$code" = 2 ] && grep -q "notes.sql: error: file name fits no migration naming scheme" "$tmp/bad.err"'
# A Supabase folder: the Supabase CLI skips a file of another name, and an empty migration
# (as `supabase migration new` leaves it) changes nothing.
mkdir -p "$tmp/supabase"
printf 'CREATE TABLE a (id int);\n' >"$tmp/supabase/20240101000000_init.sql"
: >"$tmp/supabase/20240102000000_placeholder.sql"
printf 'CREATE TABLE b (id int);\n' >"$tmp/supabase/local_20240103000000_experiment.sql"
"$pgdrift" migrations replay "$tmp/supabase" >"$tmp/supabase.json" 2>"$tmp/supabase.err"
code=$?
check "Supabase: a file of another name is left out with a warning, an empty one is a note" '[ "$code" = 0 ] &&
  grep -q "local_20240103000000_experiment.sql: warning: left out: the Supabase CLI applies only files named" "$tmp/supabase.err" &&
  grep -q "20240102000000_placeholder.sql: note: the migration has no statements" "$tmp/supabase.err" &&
  grep -q "\"public.a\"" "$tmp/supabase.json" && ! grep -q "\"public.b\"" "$tmp/supabase.json"'
printf 'SELECT 1;\n' >"$tmp/dup/V2__a.sql"
printf 'SELECT 1;\n' >"$tmp/dup/V2__b.sql"
"$pgdrift" migrations replay "$tmp/dup" >/dev/null 2>"$tmp/dup.err"
code=$?
check "two files with one version" '[ "$code" = 2 ] && grep -q "version 2 is also the version of" "$tmp/dup.err"'
printf 'CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN id int;\n' >"$tmp/golang/3_broken.up.sql"
"$pgdrift" migrations replay "$tmp/golang" >/dev/null 2>"$tmp/broken.err"
code=$?
check "a statement PostgreSQL would refuse is an error at its position" '[ "$code" = 2 ] && grep -q "3_broken.up.sql:1:1: error: relation public.a already exists" "$tmp/broken.err"'

printf 'DROP TABLE nowhere;\n' >"$tmp/golang/4_drop_missing.up.sql"
"$pgdrift" migrations replay "$tmp/golang" >/dev/null 2>"$tmp/drop.err"
check "dropping what does not exist is an error in a migration" 'grep -q "4_drop_missing.up.sql:1:1: error: TABLE nowhere does not exist" "$tmp/drop.err"'

finish
