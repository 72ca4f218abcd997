#!/usr/bin/env bash
# The command line as a user meets it: exit codes, error lines with locations, outputs.
# usage: tests/cli/exit_codes.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
fixture=$root/fixtures/every-kind/dump.sql

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

# expect_error NAME EXACT_ERROR_LINE -- ARGS...: exit code 2, and stderr's first line is exactly that.
expect_error() {
  local name=$1 want_line=$2
  shift 3
  "$pgdrift" "$@" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  if [ "$code" != 2 ] || [ "$(head -n 1 "$tmp/err")" != "$want_line" ]; then
    echo "FAIL: $name: exit $code (want 2), stderr:"; head -n 5 "$tmp/err" | cut -c1-300 | sed 's/^/  /'
    echo "  (wanted first line: $want_line)"
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

# Hostile inputs: each refused whole, or located, with exit code 2 and nothing worse.
hint='convert it to a plain SQL script with `pg_restore --schema-only -f dump.sql ARCHIVE`, or dump with `pg_dump --schema-only --format=plain`'
printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00' >"$tmp/program.bin"
printf '\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03' >"$tmp/dump.sql.gz"
printf 'CREATE TABLE a (id int);\n/* a comment\n   that never ends;\nCREATE TABLE b (id int);\n' >"$tmp/comment.sql"
printf 'SELECT 1;\nCOPY t (a) FROM stdin;\n1\n2\n' >"$tmp/copy.sql"
printf 'SELECT 1;\n\xc3\x28 bad;\n' >"$tmp/utf8-2.sql"
expect_error "empty file, exactly" "$tmp/empty.sql: error: the file is empty: expected a pg_dump SQL script" -- inspect "$tmp/empty.sql"
expect_error "custom-format archive, exactly" \
  "$tmp/custom.dump: error: this is a pg_dump custom-format archive, not SQL: $hint" -- inspect "$tmp/custom.dump"
expect_error "directory, exactly" \
  "$tmp/archive-dir: error: this is a directory (a pg_dump --format=directory archive?), not an SQL file: $hint" \
  -- inspect "$tmp/archive-dir"
expect_error "missing file, exactly" "$tmp/nope.sql: error: cannot read: No such file or directory" -- diff "$fixture" "$tmp/nope.sql"
expect_error "program binary" "$tmp/program.bin:1:8: error: NUL byte: this is a binary file, not an SQL script" \
  -- inspect "$tmp/program.bin"
expect_error "gzip-compressed dump" \
  "$tmp/dump.sql.gz: error: this is gzip-compressed, not SQL: decompress it first (\`gunzip -k FILE\`, or \`zcat FILE | pgdrift inspect -\`)" \
  -- inspect "$tmp/dump.sql.gz"
expect_error "NUL byte in a statement" "$tmp/binary.sql:2:8: error: NUL byte: this is a binary file, not an SQL script" \
  -- inspect "$tmp/binary.sql"
expect_error "invalid UTF-8, exactly" \
  "$tmp/utf8.sql:2:1: error: invalid UTF-8 byte sequence (the dump declares no other client_encoding)" -- inspect "$tmp/utf8.sql"
expect_error "invalid UTF-8 continuation" \
  "$tmp/utf8-2.sql:2:1: error: invalid UTF-8 byte sequence (the dump declares no other client_encoding)" \
  -- inspect "$tmp/utf8-2.sql"
expect_error "truncated statement, exactly" "$tmp/truncated.sql:2:23: error: syntax error at end of input" \
  -- inspect "$tmp/truncated.sql"
expect_error "unterminated dollar quote, exactly" \
  "$tmp/dollar.sql:2:49: error: unterminated dollar-quoted string \$body\$" -- inspect "$tmp/dollar.sql"
expect_error "unterminated string, exactly" "$tmp/string.sql:2:34: error: unterminated string" -- inspect "$tmp/string.sql"
expect_error "unterminated block comment" "$tmp/comment.sql:2:1: error: unterminated /* comment" -- inspect "$tmp/comment.sql"
expect_error "unterminated COPY data" "$tmp/copy.sql:2:1: error: COPY data is not terminated by a line \\." \
  -- inspect "$tmp/copy.sql"
printf "SET client_encoding = 'UTF-7';\nCREATE TABLE a+AAA-b (x int);\n" >"$tmp/utf7.sql"
expect_error "NUL decoded from the client_encoding" "$tmp/utf7.sql:2:15: error: NUL byte: this is a binary file, not an SQL script" \
  -- inspect "$tmp/utf7.sql"
expect_error "hostile input on standard input" "-:1:8: error: NUL byte: this is a binary file, not an SQL script" \
  -- inspect - <"$tmp/program.bin"
if [ "$(id -u)" = 0 ]; then
  echo "skip: unreadable file (running as root, which reads files whatever their mode)"
else
  printf 'SELECT 1;\n' >"$tmp/unreadable.sql"
  chmod 000 "$tmp/unreadable.sql"
  expect_error "unreadable file" "$tmp/unreadable.sql: error: cannot read: Permission denied" -- inspect "$tmp/unreadable.sql"
fi

# A cycle of inheritance, which PostgreSQL refuses (copying CHECKs down it never ended).
printf 'CREATE TABLE a (x int);\nCREATE TABLE b (y int) INHERITS (a);\nALTER TABLE a INHERIT b;\nALTER TABLE a ADD CHECK (x > 0);\n' \
  >"$tmp/cycle.sql"
expect_error "inheritance cycle" "$tmp/cycle.sql:3:1: error: circular inheritance not allowed: public.b is already a child of public.a" \
  -- inspect "$tmp/cycle.sql"

# 10,000 statements, one of them (line 6543) wrong: located, and the other 9,999 analyzed.
python3 -c '
for i in range(1, 10001):
    print(f"CREATE TABLE t{i} (id int,, name text);" if i == 6543 else f"CREATE TABLE t{i} (id int);")
' >"$tmp/many.sql"
expect_error "one syntax error in 10,000 statements" "$tmp/many.sql:6543:28: error: syntax error at or near \",\"" \
  -- inspect "$tmp/many.sql"
"$pgdrift" inspect --keep-going --list "$tmp/many.sql" >"$tmp/many.list" 2>/dev/null
code=$?
if [ "$code" = 0 ] && [ "$(grep -c '^table' "$tmp/many.list")" = 9999 ] && ! grep -q '^table	public.t6543$' "$tmp/many.list" &&
   grep -qx 'unparsed_table	public.t6543' "$tmp/many.list"; then
  passed=$((passed + 1)); else echo "FAIL: --keep-going lists the 9,999 good tables, the bad one by name only (exit $code)"; failed=$((failed + 1)); fi

# Deep nesting: PostgreSQL's grammar stops at 10,000 levels; deeper trees it builds (chains
# of operators, UNION arms) stop at pgdrift's limit. No stack overflow either way.
nested() {  # nested KIND DEPTH: a view whose expression nests DEPTH levels
  python3 -c '
import sys
kind, depth = sys.argv[1], int(sys.argv[2])
body = {"paren": "(" * depth + "1" + ")" * depth,
        "array": "ARRAY[" * depth + "1" + "]" * depth,
        "case": "CASE WHEN true THEN " * depth + "1" + " END" * depth,
        "plus": "1+" * depth + "1",
        "union": "1" + " UNION ALL SELECT 1" * depth}[kind]
print("CREATE TABLE t (c int);\nCREATE VIEW v AS SELECT " + body + ";")
' "$1" "$2"
}
too_deep="error: expressions nested too deeply (more than 1000 levels)"
nested paren 100000 >"$tmp/paren.sql"
expect_error "100,000 nested parentheses" \
  "$tmp/paren.sql:2:10014: error: nested too deeply for PostgreSQL's grammar: memory exhausted at or near \"(\"" \
  -- inspect "$tmp/paren.sql"
nested array 100000 >"$tmp/array.sql"
expect_error "100,000 nested ARRAY[...]" \
  "$tmp/array.sql:2:29994: error: nested too deeply for PostgreSQL's grammar: memory exhausted at or near \"[\"" \
  -- inspect "$tmp/array.sql"
nested case 100000 >"$tmp/case.sql"
expect_error "100,000 nested CASE" \
  "$tmp/case.sql:2:39980: error: nested too deeply for PostgreSQL's grammar: memory exhausted at or near \"THEN\"" \
  -- inspect "$tmp/case.sql"
nested plus 100000 >"$tmp/plus.sql"
expect_error "a chain of 100,000 additions" "$tmp/plus.sql:2:25: $too_deep" -- inspect "$tmp/plus.sql"
nested case 600 >"$tmp/case600.sql"
expect_error "600 nested CASE (2 levels each)" "$tmp/case600.sql:2:9975: $too_deep" -- inspect "$tmp/case600.sql"
for deep in "plus 990" "case 490" "union 990" "array 900" "paren 9000"; do
  nested $deep >"$tmp/deep.sql"
  expect "nesting just within the limit: $deep" 0 "" -- inspect "$tmp/deep.sql"
done
nested plus 989 >"$tmp/deep-old.sql"
nested plus 990 >"$tmp/deep-new.sql"
expect "diff of nesting just within the limit" 1 "" -- diff "$tmp/deep-old.sql" "$tmp/deep-new.sql"
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
# ... for every command that takes -o, and when the output cannot be written.
echo "old report" >"$tmp/report.txt"
"$pgdrift" diff "$fixture" "$tmp/binary.sql" -o "$tmp/report.txt" 2>/dev/null
"$pgdrift" diff "$tmp/string.sql" "$fixture" --format json -o "$tmp/report.txt" 2>/dev/null
"$pgdrift" migrations status "$root/fixtures/supabase-agents" --dump "$tmp/nope.sql" -o "$tmp/report.txt" 2>/dev/null
"$pgdrift" migrations replay "$tmp/nope-dir" -o "$tmp/report.txt" 2>/dev/null
if [ "$(cat "$tmp/report.txt")" = "old report" ] && [ -z "$(ls -A "$tmp" | grep '^\.report')" ]; then
  passed=$((passed + 1)); else echo "FAIL: a failed diff or migrations run touched the output file"; failed=$((failed + 1)); fi
expect_error "output into a missing directory" "$tmp/no-dir/report.txt: error: cannot write: No such file or directory" \
  -- inspect "$fixture" -o "$tmp/no-dir/report.txt"
mkdir "$tmp/report-dir"
expect "output onto a directory" 2 "$tmp/report-dir: error: cannot write: Is a directory" -- inspect "$fixture" -o "$tmp/report-dir"
if [ -z "$(ls -A "$tmp" | grep '^\.report-dir')" ]; then
  passed=$((passed + 1)); else echo "FAIL: a failed write left its temporary file"; failed=$((failed + 1)); fi
# -o onto a pipe (or a device such as /dev/null) writes into it: renaming a file over it
# would replace the pipe or device itself.
mkfifo "$tmp/report.fifo"
cat "$tmp/report.fifo" >"$tmp/from-fifo.txt" &
"$pgdrift" inspect --list "$fixture" -o "$tmp/report.fifo"
wait
if [ -p "$tmp/report.fifo" ] && grep -q "^table	" "$tmp/from-fifo.txt"; then
  passed=$((passed + 1)); else echo "FAIL: -o onto a named pipe replaced it or wrote nothing"; failed=$((failed + 1)); fi
# -o onto a symbolic link replaces the file it points to, and the link stays.
echo "old report" >"$tmp/linked-report.txt"
ln -s linked-report.txt "$tmp/report-link"
"$pgdrift" inspect --list "$fixture" -o "$tmp/report-link"
if [ -L "$tmp/report-link" ] && grep -q "^table	" "$tmp/linked-report.txt"; then
  passed=$((passed + 1)); else echo "FAIL: -o onto a symbolic link replaced the link"; failed=$((failed + 1)); fi

# Standard input and REV:PATH read the same objects as the file.
"$pgdrift" inspect --list "$fixture" >"$tmp/from-file.txt"
"$pgdrift" inspect --list - <"$fixture" >"$tmp/from-stdin.txt"
(cd "$tmp" && git init -q repo && cp "$fixture" repo/schema.sql && cd repo &&
  git add schema.sql && git -c user.email=t@t -c user.name=t commit -qm fixture &&
  echo "changed" >schema.sql && "$pgdrift" inspect --list HEAD:schema.sql) >"$tmp/from-git.txt"
if cmp -s "$tmp/from-file.txt" "$tmp/from-stdin.txt" && cmp -s "$tmp/from-file.txt" "$tmp/from-git.txt" &&
   [ -s "$tmp/from-file.txt" ]; then passed=$((passed + 1)); else echo "FAIL: stdin or REV:PATH differ from the file"; failed=$((failed + 1)); fi

# --format json: a refused input or option still gives one JSON document on stdout, with the
# errors in it, and exit 2 (for every command that writes JSON).
# expect_json_refusal NAME EXPECTED_MESSAGE_SUBSTRING -- ARGS...
expect_json_refusal() {
  local name=$1 want_text=$2
  shift 3
  "$pgdrift" "$@" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  if [ "$code" = 2 ] && python3 - "$tmp/out" "$want_text" "$root/docs/json-schema/refusal.schema.json" <<'PY'
import json, sys, jsonschema
document = json.load(open(sys.argv[1]))
jsonschema.validate(document, json.load(open(sys.argv[3])))
assert document["errors"], "no errors"
assert any(sys.argv[2] in e["message"] or sys.argv[2] in e["file"] for e in document["errors"]), document["errors"]
PY
  then passed=$((passed + 1)); else
    echo "FAIL: $name: exit $code (want 2), stdout:"; head -c 600 "$tmp/out" | sed 's/^/  /'; failed=$((failed + 1)); fi
}
mkdir -p "$tmp/migrations-empty"
expect_json_refusal "inspect json, missing file" "cannot read" -- inspect --format json "$tmp/nope.sql"
expect_json_refusal "inspect json, archive" "custom-format archive" -- inspect --format json "$tmp/custom.dump"
expect_json_refusal "inspect json, output cannot be written" "cannot write" -- inspect --format json "$fixture" -o "$tmp/no-dir/r.json"
expect_json_refusal "diff json, bad option value" "--ignore" -- diff --format json --ignore nothing-such "$fixture" "$fixture"
expect_json_refusal "diff json, missing file" "cannot read" -- diff --format json "$fixture" "$tmp/nope.sql"
expect_json_refusal "diff json, unterminated string" "unterminated string" -- diff --format=json "$tmp/string.sql" "$fixture"
expect_json_refusal "diff json, directory" "this is a directory" -- diff --format json "$tmp/archive-dir" "$fixture"
expect_json_refusal "diff json, syntax error" "syntax error at or near" -- diff --format json "$tmp/syntax.sql" "$fixture"
expect_json_refusal "migrations status json, missing dump" "cannot read" \
  -- migrations status "$root/fixtures/supabase-agents" --dump "$tmp/nope.sql" --format json
expect_json_refusal "migrations status json, syntax error in a dump" "syntax error" \
  -- migrations status "$root/fixtures/supabase-agents" --dump "$tmp/syntax.sql" --format json
expect_json_refusal "migrations replay json, missing directory" "nope-dir" -- migrations replay "$tmp/nope-dir" --format json
expect_json_refusal "migrations replay json, bad base" "cannot read" \
  -- migrations replay "$root/fixtures/supabase-agents" --base "$tmp/nope.sql" --format json
# The error document keeps the error's place.
"$pgdrift" diff --format json "$tmp/syntax.sql" "$fixture" >"$tmp/out" 2>/dev/null
python3 -c '
import json, sys
errors = json.load(open(sys.argv[1]))["errors"]
assert [(e["line"], e["column"]) for e in errors] == [(2, 25)], errors
' "$tmp/out" && passed=$((passed + 1)) || { echo "FAIL: diff json error without its place"; failed=$((failed + 1)); }

finish
