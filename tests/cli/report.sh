#!/usr/bin/env bash
# pgdrift report as a user meets it: the golden English and French reports of the bundled
# Supabase fixture, the JSON against its published schema and against diff's and inspect's
# own answers, errors at file:line:col (in the JSON too), -o, and hostile names rendered by a
# real GitHub-flavoured Markdown renderer (cmark-gfm).
# usage: tests/cli/report.sh PGDRIFT_BINARY     (UPDATE_GOLDEN=1 rewrites the golden reports)
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"

cd "$root"
agents=fixtures/supabase-agents
prod=$agents/production.dump.sql
staging=$agents/staging.dump.sql
history=(--migrations "$agents/supabase/migrations" --platform supabase
         --old-ledger "$agents/production.ledger.sql" --new-ledger "$agents/staging.ledger.sql")

# Golden reports, in both languages: fixtures/supabase-agents/report.{en,fr}.md.
for lang in en fr; do
  "$pgdrift" report "$prod" "$staging" "${history[@]}" --lang "$lang" >"$tmp/report.$lang.md" 2>"$tmp/err"
  code=$?
  [ "$code" = 1 ] && pass || fail "report --lang $lang exited $code, want 1 (the schemas differ)"
  [ -s "$tmp/err" ] && fail "report --lang $lang printed warnings: $(head -3 "$tmp/err")"
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then cp "$tmp/report.$lang.md" "$agents/report.$lang.md"; fi
  if diff -u "$agents/report.$lang.md" "$tmp/report.$lang.md" >"$tmp/golden.diff"; then pass; else
    fail "report --lang $lang differs from $agents/report.$lang.md (UPDATE_GOLDEN=1 refreshes it):"
    head -40 "$tmp/golden.diff"
  fi
done

# The French report is French: none of the English catalog's sentences or headings.
for english in "Executive summary" "Differences" "Drift per side" "Recommended actions" "would fail" \
               "Capture as a new migration" "What schema-only dumps cannot tell" "only in NEW" "used by nothing"; do
  grep -qF "$english" "$tmp/report.fr.md" && fail "the French report says '$english'" || pass
done
grep -qF "Synthèse" "$tmp/report.fr.md" && grep -qF "Essai à blanc" "$tmp/report.fr.md" && pass ||
  fail "the French report lacks its headings"

# JSON: the published schema, and the same answers as inspect and diff give.
"$pgdrift" report "$prod" "$staging" "${history[@]}" --format json >"$tmp/report.json"
[ $? = 1 ] && pass || fail "report --format json: exit code"
"$pgdrift" diff "$prod" "$staging" "${history[@]}" --format json >"$tmp/diff.json"
"$pgdrift" inspect "$prod" --format json >"$tmp/inspect-old.json"
"$pgdrift" inspect "$staging" --format json >"$tmp/inspect-new.json"
if /usr/bin/python3 - "$root/docs/json-schema" "$tmp" <<'PY'
import json, sys, jsonschema
schemas, tmp = sys.argv[1:]
diff_schema = json.load(open(f"{schemas}/diff.schema.json"))
report_schema = json.load(open(f"{schemas}/report.schema.json"))
resolver = jsonschema.RefResolver("", report_schema, store={"diff.schema.json": diff_schema})
report = json.load(open(f"{tmp}/report.json"))
jsonschema.Draft202012Validator(report_schema, resolver=resolver).validate(report)
diff = json.load(open(f"{tmp}/diff.json"))
for side in ("old", "new"):
    assert report["summary"][side]["counts"] == json.load(open(f"{tmp}/inspect-{side}.json"))["counts"], side
assert report["summary"]["old"]["migrations"] == {"recorded": 1, "applied": 9}, report["summary"]["old"]
assert report["summary"]["new"]["migrations"] == {"recorded": 18, "applied": 15}, report["summary"]["new"]
for field in ("changes", "impact", "migrations", "drift", "drift_expected", "dry_run"):
    assert report[field] == diff[field], field
applied = [a for a in report["actions"] if a["action"] != "resolve_drift"]
assert [a["version"] for a in applied] == report["dry_run"]["migrations"]
failing = {f["version"] for f in report["dry_run"]["failures"]}
assert all((a["failures"] > 0) == (a["version"] in failing) for a in applied)
assert all(a["action"] == "apply" for a in applied if a["failures"] == 0)
resolved = [(a["side"], a["kind"], a["id"]) for a in report["actions"] if a["action"] == "resolve_drift"]
drift = [(side, c["kind"], c["id"]) for side in ("old", "new") for c in report["drift"][side]]
assert resolved == drift, "one resolution per drift item, in the drift's order"
for action in report["actions"]:
    if action["action"] == "resolve_drift" and action["kind"] in ("column", "view", "function", "policy"):
        assert action["capture"] and action["revert"], action["id"]
PY
then pass; else fail "report --format json does not follow its schema or differs from diff and inspect"; fi

# Without a migration directory: no drift, no dry run, no actions; Markdown says why.
"$pgdrift" report "$prod" "$staging" --format json >"$tmp/plain.json"
/usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["drift"] is None and r["dry_run"] is None and r["actions"] == [], r.keys()' "$tmp/plain.json" && pass ||
  fail "report without --migrations: drift, dry_run and actions"
"$pgdrift" report "$staging" "$staging" >"$tmp/same.md"
[ $? = 0 ] && grep -qF "The schemas are identical." "$tmp/same.md" && grep -qF -- "--migrations" "$tmp/same.md" && pass ||
  fail "report of a dump against itself: exit 0, identical, and why drift is left out"

# Errors: file:line:col and exit 2; in the JSON with --format json; -o keeps what it had.
printf 'create table t (id int);\ncreate tabel oops (id int);\n' >"$tmp/syntax.sql"
"$pgdrift" report "$tmp/syntax.sql" "$staging" >"$tmp/syntax.md" 2>"$tmp/syntax.err"
[ $? = 2 ] && grep -q "syntax.sql:2:8" "$tmp/syntax.err" && pass || fail "a syntax error: exit 2 and file:line:col ($(cat "$tmp/syntax.err"))"
"$pgdrift" report "$tmp/syntax.sql" "$staging" --format json >"$tmp/syntax.json" 2>/dev/null
[ $? = 2 ] && /usr/bin/python3 -c '
import json, sys
errors = json.load(open(sys.argv[1]))["errors"]
assert errors and errors[0]["line"] == 2 and errors[0]["column"] == 8, errors' "$tmp/syntax.json" && pass ||
  fail "a syntax error in the JSON report"
"$pgdrift" report "$tmp/missing.sql" "$staging" --format json >"$tmp/missing.json" 2>"$tmp/missing.err"
[ $? = 2 ] && grep -q "missing.sql" "$tmp/missing.err" && /usr/bin/python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
assert "missing.sql" in doc["errors"][0]["file"] + doc["errors"][0]["message"], doc' "$tmp/missing.json" && pass ||
  fail "a missing input: exit 2, named, and in the JSON"
echo kept >"$tmp/out.md"
"$pgdrift" report "$tmp/missing.sql" "$staging" -o "$tmp/out.md" 2>/dev/null
[ $? = 2 ] && [ "$(cat "$tmp/out.md")" = kept ] && pass || fail "a failed report replaced its -o file"
"$pgdrift" report "$prod" "$staging" "${history[@]}" --lang fr -o "$tmp/out.md"
[ $? = 1 ] && cmp -s "$tmp/out.md" "$tmp/report.fr.md" && pass || fail "report -o writes the same report"
for bad in "--lang de" "--format text" "--platform heroku"; do
  # shellcheck disable=SC2086
  "$pgdrift" report "$prod" "$staging" $bad >/dev/null 2>&1
  [ $? = 2 ] && pass || fail "report $bad was accepted"
done

# Hostile names (fixtures/hostile-names, dumped by a real server): the Markdown, rendered by
# cmark-gfm, shows every name whole in a code element, every table row keeps its cells, and
# no name becomes HTML.
hostile=fixtures/hostile-names
hostile_args=("$hostile/old.dump.sql" "$hostile/new.dump.sql" --migrations "$hostile/migrations" --platform none)
"$pgdrift" report "${hostile_args[@]}" --format json >"$tmp/hostile.json"
for lang in en fr; do
  "$pgdrift" report "${hostile_args[@]}" --lang "$lang" >"$tmp/hostile.$lang.md"
  cmark-gfm -e table --unsafe "$tmp/hostile.$lang.md" >"$tmp/hostile.$lang.html"
  if /usr/bin/python3 - "$tmp/hostile.json" "$tmp/hostile.$lang.html" <<'PY'
import json, sys
from html.parser import HTMLParser
report = json.load(open(sys.argv[1]))

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.codes, self.tags, self.rows, self.stack = [], set(), [], []
    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.stack.append(tag)
        if tag == "code": self.codes.append("")
        if tag == "tr": self.rows.append(0)
        if tag in ("td", "th"): self.rows[-1] += 1
    def handle_endtag(self, tag):
        if self.stack: self.stack.pop()
    def handle_data(self, data):
        if "code" in self.stack: self.codes[-1] += data

page = Page()
page.feed(open(sys.argv[2]).read())
ids = {c["id"] for c in report["changes"]} | {c["id"] for side in ("old", "new") for c in report["drift"][side]}
assert any("`" in i for i in ids) and any("|" in i for i in ids) and any("<script>" in i for i in ids), ids
for i in ids:  # a line break in a name is shown as ↵, as in the HTML report
    shown = i.replace("\n", "\u21b5").replace("\r", "\u240d")
    assert shown in page.codes, f"{i!r} is not whole in a code element"
assert not page.tags & {"script", "b", "i"}, page.tags
assert all(cells in (3, 4) for cells in page.rows), page.rows
PY
  then pass; else fail "hostile names in the $lang Markdown report"; fi
done
grep -qF "COMMENT ON TABLE public.\"hand\`made|<b>\" IS 'made by hand" "$tmp/hostile.en.md" && pass ||
  fail "the capture SQL keeps the comment's newline"

# The French dry run says in French why each statement would fail: a migration of failing
# statements, none of them recorded (an empty ledger), on the hostile OLD side.
mkdir -p "$tmp/failing"
cat >"$tmp/failing/001_fails.sql" <<'SQL'
create table public."x`y" (id integer);
drop table public.nothere;
alter table public."x`y" rename column zz to yy;
alter table public."x`y" add column id integer;
create collation public.c (locale = 'C');
create collation public.c (locale = 'C');
selec 1;
alter table public."x`y" drop constraint nope;
create function "we|ird"."f`n"(p integer) returns integer language sql as $$ select p $$;
SQL
printf 'COPY supabase_migrations.schema_migrations (version, statements, name) FROM stdin;\n\\.\n' >"$tmp/empty.ledger.sql"
for lang in en fr; do
  "$pgdrift" report "$hostile/old.dump.sql" "$hostile/new.dump.sql" --migrations "$tmp/failing" \
    --platform none --old-ledger "$tmp/empty.ledger.sql" --lang "$lang" >"$tmp/failing.$lang.md"
done
if /usr/bin/python3 - "$tmp/failing.en.md" "$tmp/failing.fr.md" <<'PY'
import re, sys
def errors(path):  # the last cell of each row of the dry run's failures (\| is no cell's end)
    section = open(path).read().split("\n## 5.")[1].split("\n## 6.")[0]
    return [re.split(r"(?<!\\)\|", row)[-2].strip() for row in section.splitlines() if row.startswith("| 001 |")]
english, french = errors(sys.argv[1]), errors(sys.argv[2])
assert len(english) == len(french) == 8, (english, french)
assert french == [
    'la relation public."x\\`y" existe déjà',
    "l'objet public.nothere (TABLE) n'existe pas",
    "la colonne « zz » n'existe pas",
    'la colonne « id » de la relation public."x\\`y" existe déjà',
    "l'objet public.c (collation) existe déjà",
    "erreur de syntaxe sur ou près de « selec »",
    'la contrainte « nope » de la relation public."x\\`y" n\'existe pas',
    'la fonction "we\\|ird"."f\\`n"(integer) existe déjà',
], french
english_words = r"already exists|does not exist|syntax error"
assert all(re.search(english_words, e) for e in english), english
assert not any(re.search(english_words, e) for e in french), french
PY
then pass; else fail "the French dry run's errors are not all in French"; fi

finish
