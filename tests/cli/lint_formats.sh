#!/usr/bin/env bash
# pgdrift lint --format sarif|github|gitlab|markdown: each checked against the contract of
# its reader (SARIF's schema, GitHub's workflow commands, GitLab's code quality report) and
# against --format json, which says the same findings.
# usage: tests/cli/lint_formats.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
check() { if eval "$2"; then pass; else fail "$1"; fi; }
cd "$tmp"

# A directory whose name needs escaping everywhere (space, comma, colon), tables whose names
# carry %, |, a comma and a carriage return into the messages; an ignore that silences
# nothing is a finding of a rule that is not in analyzer/lint/rules.
dir="odd dir,a:b"
mkdir -p "$dir"
printf 'CREATE TABLE "100%%|a,b" (id bigint);\nCREATE TABLE "r\rs" (id bigint);\n' >"$dir/0001_create.sql"
printf -- '-- index them\nCREATE INDEX i1 ON "100%%|a,b" (id);\nCREATE INDEX i2 ON "r\rs" (id);\n-- pgdrift-ignore: ban-drop-table\nCREATE TABLE t (code char(2));\n' >"$dir/0002_index.sql"
lint() { "$pgdrift" lint --platform none "$@"; }
lint --format json "$dir" >findings.json 2>/dev/null

# --- SARIF -----------------------------------------------------------------------------
# Validated against the official SARIF 2.1.0 schema (2.1.0-rtm.5), which Debian does not
# ship: scripts/fetch-sarif-schema (run by scripts/install-deps) caches it, pinned by SHA-256.
# The schema cannot say that helpUri is absolute (jsonschema leaves "format" unchecked without
# extra packages) nor that ruleIndex names the rule of ruleId: checked below by hand.
schema=$("$root/scripts/fetch-sarif-schema" --path)
check "the SARIF 2.1.0 schema is cached (run scripts/install-deps)" \
  'echo "2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8  $schema" | sha256sum --check --status'
lint --format sarif "$dir" >out.sarif 2>/dev/null
check "sarif: a warning exits 1, as with any format" '[ $? = 1 ]'
validate_sarif() {
  /usr/bin/python3 - "$schema" "$1" <<"PY"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft4Validator.check_schema(schema)
jsonschema.Draft4Validator(schema).validate(json.load(open(sys.argv[2])))
PY
}
check "sarif: valid against the SARIF 2.1.0 schema" 'validate_sarif out.sarif'
/usr/bin/python3 -c '
import json
log = json.load(open("out.sarif"))
log["runs"][0]["results"][0]["level"] = "info"
json.dump(log, open("broken.sarif", "w"))'
check "sarif: the validation refuses a level SARIF does not have" '! validate_sarif broken.sarif 2>/dev/null'
check "sarif: the rules, their help pages, the results where json puts them" '/usr/bin/python3 - "$root" <<"PY"
import json, os, re, sys
root = sys.argv[1]
log = json.load(open("out.sarif"))
assert log["version"] == "2.1.0" and len(log["runs"]) == 1
run = log["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "pgdrift"
rules = driver["rules"]
ids = [r["id"] for r in rules]
documented = sorted(f[:-3] for f in os.listdir(os.path.join(root, "docs/rules")))
assert set(documented) <= set(ids), set(documented) - set(ids)
for r in rules:
    assert re.match(r"^[a-z][a-z0-9+.-]*://", r["helpUri"]), r["helpUri"]
    if r["id"] in documented:
        assert r["helpUri"].endswith("/rules/" + r["id"] + ".md"), r
    assert r["defaultConfiguration"]["level"] in ("note", "warning", "error")
assert run["invocations"] == [{"executionSuccessful": True}]
assert run["columnKind"] == "unicodeCodePoints"
findings = json.load(open("findings.json"))["findings"]
results = run["results"]
assert len(results) == len(findings) > 0
level = {"info": "note", "warning": "warning", "error": "error"}
for f, r in zip(findings, results):
    assert r["ruleId"] == f["rule"] and ids[r["ruleIndex"]] == f["rule"], r
    assert r["level"] == level[f["level"]], r
    assert r["message"]["text"] == f["message"] + "\nhint: " + f["hint"], r
    [location] = r["locations"]
    place = location["physicalLocation"]
    assert place["artifactLocation"]["uri"] == f["file"].replace(" ", "%20").replace(",", "%2C").replace(":", "%3A"), place
    assert place["region"] == {"startLine": f["line"], "startColumn": f["column"]}, place
    assert r["properties"]["objects"] == f["objects"]
assert "unused-ignore" in [r["ruleId"] for r in results]
assert rules[ids.index("unused-ignore")]["helpUri"].endswith("/lint.md#ignoring-a-finding")
index = [r for r in results if r["ruleId"] == "require-concurrent-index-creation"]
assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in index] == [2, 3], index
PY'
lint --format sarif "$tmp/$dir/0002_index.sql" >abs.sarif 2>/dev/null
check "sarif: an absolute path is a file:// URI" '/usr/bin/python3 - "$tmp" <<"PY"
import json, sys
r = json.load(open("abs.sarif"))["runs"][0]["results"][0]
uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
assert uri == "file://" + sys.argv[1] + "/odd%20dir%2Ca%3Ab/0002_index.sql", uri
PY'
printf 'CREATE TABLE t (a bigint);\nCREATE TABEL u (a bigint);\n' >bad.sql
"$pgdrift" lint --format sarif bad.sql >bad.sarif 2>/dev/null
check "sarif, bad input: exit 2" '[ $? = 2 ]'
check "sarif, bad input: a valid log of a failed run, the error with its place" 'validate_sarif bad.sarif && /usr/bin/python3 - <<"PY"
import json
run = json.load(open("bad.sarif"))["runs"][0]
[invocation] = run["invocations"]
assert invocation["executionSuccessful"] is False and run["results"] == []
[note] = invocation["toolExecutionNotifications"]
assert note["level"] == "error" and "TABEL" in note["message"]["text"], note
assert note["locations"][0]["physicalLocation"]["region"]["startLine"] == 2, note
PY'

# --- GitHub workflow commands --------------------------------------------------------------
lint --format github "$dir" >out.github 2>/dev/null
check "github: a warning exits 1" '[ $? = 1 ]'
check "github: one command per line, no raw CR" '! grep -q $'"'"'\r'"'"' out.github && [ "$(wc -l <out.github)" -gt 0 ]'
check "github: the index finding as GitHub documents the command" \
  'grep -qxF "::warning file=odd dir%2Ca%3Ab/0002_index.sql,line=2,col=1,title=require-concurrent-index-creation::CREATE INDEX on public.\"100%25|a,b\" blocks writes to it while the index builds%0Ahint: CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction" out.github'
# Read back as the runner reads them: properties split on "," and "=", the message after
# "::", then unescaped. What comes back must be what --format json says.
check "github: read back as the runner reads them, the same findings as json" '/usr/bin/python3 - <<"PY"
import json, re
def unescape(text, prop):
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else [])
    for code, char in pairs:
        text = text.replace(code, char)
    return text.replace("%25", "%")
findings = json.load(open("findings.json"))["findings"]
lines = open("out.github", newline="").read().split("\n")
assert lines[-1] == "" and len(lines) - 1 == len(findings), lines
command = {"info": "notice", "warning": "warning", "error": "error"}
for line, f in zip(lines, findings):
    m = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    props = {k: unescape(v, True) for k, v in props.items()}
    assert m.group(1) == command[f["level"]], line
    assert props == {"file": f["file"], "line": str(f["line"]), "col": str(f["column"]), "title": f["rule"]}, props
    assert unescape(m.group(3), False) == f["message"] + "\nhint: " + f["hint"], line
assert any("\r" in f["message"] for f in findings)
PY'
"$pgdrift" lint --format github bad.sql >bad.github 2>/dev/null
check "github, bad input: exit 2 and an error annotation at its place" \
  '[ $? = 2 ] && grep -qx "::error file=bad.sql,line=2,col=[0-9]*,title=pgdrift lint::syntax error at or near \"TABEL\"" bad.github'

# --- GitLab code quality --------------------------------------------------------------------
lint --format gitlab "$dir" >out.gitlab 2>/dev/null
check "gitlab: a warning exits 1" '[ $? = 1 ]'
lint --format gitlab "$dir" >again.gitlab 2>/dev/null
check "gitlab: the same report on a second run" 'cmp -s out.gitlab again.gitlab'
check "gitlab: the fields GitLab reads, strictly typed, the findings of json" '/usr/bin/python3 - <<"PY"
import json, re
issues = json.load(open("out.gitlab"))
findings = json.load(open("findings.json"))["findings"]
assert isinstance(issues, list) and len(issues) == len(findings) > 0
severity = {"info": "info", "warning": "minor", "error": "major"}
for issue, f in zip(issues, findings):
    assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}, issue
    assert set(issue["location"]) == {"path", "lines"} and set(issue["location"]["lines"]) == {"begin"}
    assert issue["check_name"] == f["rule"] and issue["severity"] == severity[f["level"]], issue
    assert issue["description"] == f["message"] + " (hint: " + f["hint"] + ")", issue
    assert issue["location"]["path"] == f["file"] and issue["location"]["lines"]["begin"] == f["line"]
    assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"]), issue
prints = [i["fingerprint"] for i in issues]
assert len(set(prints)) == len(prints), "fingerprints are not unique"
PY'
# Lines added above a finding move it, and GitLab must still see the same issue.
mkdir -p moved && cp "$dir"/* moved/ && cp -r "$dir" moved_dir
{ printf -- '-- a comment\n-- and another\n'; cat "$dir/0002_index.sql"; } >"moved_dir/0002_index.sql"
mv moved_dir "moved/$dir" && (cd moved && lint --format gitlab "$dir" >../moved.gitlab 2>/dev/null)
check "gitlab: a finding moved down keeps its fingerprint, its line follows" '/usr/bin/python3 - <<"PY"
import json
before = {i["fingerprint"]: i for i in json.load(open("out.gitlab"))}
after = json.load(open("moved.gitlab"))
assert len(after) == len(before)
for i in after:
    old = before[i["fingerprint"]]
    shift = 2 if i["location"]["path"].endswith("0002_index.sql") else 0
    assert i["location"]["lines"]["begin"] == old["location"]["lines"]["begin"] + shift, (i, old)
PY'

# --- Markdown -------------------------------------------------------------------------------
lint --format markdown "$dir" >out.md 2>/dev/null
check "markdown: a warning exits 1" '[ $? = 1 ]'
check "markdown: the counts, and the finding as a table row with | and CR escaped" \
  'grep -qx "## pgdrift lint" out.md &&
   grep -qx "12 findings in 2 files: 0 errors, 3 warnings, 9 info." out.md &&
   ! grep -q $'"'"'\r'"'"' out.md && grep -qF "public.\"r&#13;s\"" out.md &&
   grep -qxF "| warning | \`require-concurrent-index-creation\` | \`odd dir,a:b/0002_index.sql:2:1\` | CREATE INDEX on public.\"100%\\|a,b\" blocks writes to it while the index builds<br>*hint:* CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction |" out.md'
printf 'CREATE TABLE IF NOT EXISTS ok (id bigint PRIMARY KEY);\n' >clean.sql
lint --format markdown clean.sql >clean.md 2>/dev/null
check "markdown: no findings, no table, exit 0" '[ $? = 0 ] && [ "$(cat clean.md)" = "$(printf "## pgdrift lint\n\nNo findings in 1 file.")" ]'

finish
