#!/usr/bin/env bash
# The command line as a user meets it: exit codes, error lines with locations, outputs.
# usage: tests/cli/exit_codes.sh PGDRIFT_BINARY
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fixture=$root/fixtures/every-kind/dump.sql
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# expect NAME EXPECTED_EXIT EXPECTED_STDERR_SUBSTRING -- ARGS...
expect() {
  local name=$1 want_code=$2 want_text=$3
  shift 4
  "$pgdrift" "$@" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  if [ "$code" != "$want_code" ] || { [ -n "$want_text" ] && ! grep -qF -- "$want_text" "$tmp/err"; }; then
    echo "FAIL: $name: exit $code (want $want_code), stderr:"; sed 's/^/  /' "$tmp/err"
    echo "  (wanted stderr to contain: $want_text)"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
}

: >"$tmp/empty.sql"
printf 'PGDMP\x01\x0e\x00\x04\x08\x01\x01' >"$tmp/custom.dump"
printf 'CREATE TABLE a (id int);\nSELECT \x00;\n' >"$tmp/binary.sql"
printf 'CREATE TABLE a (id int);\nCREATE TABLE b (id int' >"$tmp/truncated.sql"
printf 'CREATE TABLE a (id int);\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1;\n' >"$tmp/dollar.sql"
printf "CREATE TABLE a (id int);\n  CREATE TABLE b (id int DEFAULT 'x);\n" >"$tmp/string.sql"
printf 'CREATE TABLE a (id int);\nCREATE TABLE b (id int) garbage;\nCREATE TABLE c (id int);\n' >"$tmp/syntax.sql"
printf 'SELECT 1;\n\xff\xfe bad\n' >"$tmp/utf8.sql"
mkdir "$tmp/archive-dir"

expect "missing file" 2 "$tmp/nope.sql: error: cannot read: No such file or directory" -- inspect "$tmp/nope.sql"
expect "empty file" 2 "the file is empty" -- inspect "$tmp/empty.sql"
expect "custom-format archive" 2 "pg_restore" -- inspect "$tmp/custom.dump"
expect "directory" 2 "this is a directory" -- inspect "$tmp/archive-dir"
expect "binary file" 2 "$tmp/binary.sql:2:8: error: NUL byte" -- inspect "$tmp/binary.sql"
expect "invalid UTF-8" 2 "$tmp/utf8.sql:2:1: error: invalid UTF-8" -- inspect "$tmp/utf8.sql"
expect "truncated statement" 2 "$tmp/truncated.sql:2:23: error: syntax error at end of input" -- inspect "$tmp/truncated.sql"
expect "unterminated dollar quote" 2 "$tmp/dollar.sql:2:49: error: unterminated dollar-quoted string \$body\$" -- inspect "$tmp/dollar.sql"
expect "unterminated string" 2 "$tmp/string.sql:2:34: error: unterminated string" -- inspect "$tmp/string.sql"
expect "syntax error located" 2 "$tmp/syntax.sql:2:25: error: syntax error at or near \"garbage\"" -- inspect "$tmp/syntax.sql"
expect "syntax error with --keep-going" 0 "$tmp/syntax.sql:2:25: error" -- inspect --keep-going "$tmp/syntax.sql"
expect "unknown option" 2 "" -- inspect --no-such-option "$fixture"
expect "real dump" 0 "" -- inspect "$fixture"

# JSON is valid and counts what --list lists.
"$pgdrift" inspect --format json --list "$fixture" >"$tmp/inspect.json"
if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format_version"] == 1
assert sum(d["counts"].values()) == len(d["objects"]), "counts disagree with objects"
assert d["counts"]["table"] == sum(1 for o in d["objects"] if o["kind"] == "table")
assert d["errors"] == [] and d["warnings"] == []
' "$tmp/inspect.json"; then passed=$((passed + 1)); else echo "FAIL: json output"; failed=$((failed + 1)); fi

# -o replaces a file whole, and a failed run leaves the old one untouched.
echo "old report" >"$tmp/report.txt"
"$pgdrift" inspect "$tmp/nope.sql" -o "$tmp/report.txt" 2>/dev/null
if [ "$(cat "$tmp/report.txt")" = "old report" ] && [ -z "$(ls -A "$tmp" | grep '^\.report')" ]; then
  passed=$((passed + 1)); else echo "FAIL: failed run touched the output file"; failed=$((failed + 1)); fi
"$pgdrift" inspect --list "$fixture" -o "$tmp/report.txt"
if grep -q "^table	" "$tmp/report.txt"; then passed=$((passed + 1)); else echo "FAIL: -o did not write the report"; failed=$((failed + 1)); fi

# Standard input and REV:PATH read the same objects as the file.
"$pgdrift" inspect --list "$fixture" >"$tmp/from-file.txt"
"$pgdrift" inspect --list - <"$fixture" >"$tmp/from-stdin.txt"
(cd "$tmp" && git init -q repo && cp "$fixture" repo/schema.sql && cd repo &&
  git add schema.sql && git -c user.email=t@t -c user.name=t commit -qm fixture &&
  echo "changed" >schema.sql && "$pgdrift" inspect --list HEAD:schema.sql) >"$tmp/from-git.txt"
if cmp -s "$tmp/from-file.txt" "$tmp/from-stdin.txt" && cmp -s "$tmp/from-file.txt" "$tmp/from-git.txt" &&
   [ -s "$tmp/from-file.txt" ]; then passed=$((passed + 1)); else echo "FAIL: stdin or REV:PATH differ from the file"; failed=$((failed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
