#!/usr/bin/env bash
# action.yml, the composite GitHub Action: its steps run as GitHub's runner runs them
# (tests/cli/run_composite_action.py), with the runner's files in a temporary directory, on
# a scratch repository whose pull request adds a migration and changes the dump.
# usage: tests/cli/github_action.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
check() { if eval "$2"; then pass; else fail "$1"; fi; }

repo=$tmp/repo
mkdir -p "$repo/migrations"
commit() { git -C "$repo" add -A && git -C "$repo" -c user.email=t@example.com -c user.name=t commit -qm "$1"; }
git -C "$repo" init -q .
printf 'CREATE TABLE orders (id bigint, total numeric);\n' >"$repo/migrations/0001_create.sql"
printf 'CREATE TABLE public.orders (id bigint, total numeric);\n' >"$repo/schema.sql"
commit base
git -C "$repo" update-ref refs/remotes/origin/main HEAD
printf 'CREATE INDEX orders_total ON orders (total);\n' >"$repo/migrations/0002_index.sql"
printf 'CREATE TABLE public.orders (id bigint, total numeric, note text);\n' >"$repo/schema.sql"
commit "pull request"

# run NAME INPUTS_JSON [VAR=VALUE...]: the action in $repo, as a pull request on main unless
# the variables say otherwise; stdout (the annotations) in NAME.out, the summary in NAME.md.
run() {
  local name=$1 inputs=$2
  shift 2
  mkdir -p "$tmp/$name/runner"
  : >"$tmp/$name.md"
  (cd "$repo" && env GITHUB_BASE_REF=main "$@" GITHUB_STEP_SUMMARY="$tmp/$name.md" \
    GITHUB_ENV="$tmp/$name/runner/env" GITHUB_OUTPUT="$tmp/$name/runner/output" \
    GITHUB_WORKSPACE="$repo" RUNNER_TEMP="$tmp/$name/runner" \
    /usr/bin/python3 "$root/tests/cli/run_composite_action.py" "$root/action.yml" "$inputs") \
    >"$tmp/$name.out" 2>"$tmp/$name.err"
}
inputs='{"migrations": "migrations", "dump": "schema.sql", "platform": "none", "pgdrift": "'"$pgdrift"'"'

run pr "$inputs}"
check "a pull request with a warning fails (fail-on warning, the default)" '[ $? = 1 ]'
check "the warning of the new migration is an annotation at its statement" \
  'grep -qxF "::warning file=migrations/0002_index.sql,line=1,col=1,title=require-concurrent-index-creation::CREATE INDEX on public.orders blocks writes to it while the index builds%0Ahint: CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction" "$tmp/pr.out"'
check "only the migration of the pull request is linted (base origin/main)" \
  '! grep -q "0001_create" "$tmp/pr.out" "$tmp/pr.md"'
check "every annotation is a workflow command" '! grep -v "^::\(notice\|warning\|error\) file=" "$tmp/pr.out"'
check "the summary has the lint findings as a table" \
  'grep -qx "## pgdrift lint" "$tmp/pr.md" &&
   grep -qx "2 findings in 1 file: 0 errors, 1 warning, 1 info." "$tmp/pr.md" &&
   grep -qF "| warning | \`require-concurrent-index-creation\` | \`migrations/0002_index.sql:1:1\` |" "$tmp/pr.md"'
check "the summary compares the dump at the base with the one of the pull request" \
  'grep -qx "# Schema comparison" "$tmp/pr.md" && grep -qF "origin/main:schema.sql" "$tmp/pr.md" &&
   grep -qF "public.orders.note" "$tmp/pr.md"'

run error_only "$inputs, \"fail-on\": \"error\"}"
check "fail-on error: the same warning passes, still annotated and summarized" \
  '[ $? = 0 ] && grep -q "^::warning file=migrations/0002_index.sql" "$tmp/error_only.out" &&
   grep -qx "## pgdrift lint" "$tmp/error_only.md" && grep -qx "# Schema comparison" "$tmp/error_only.md"'

run explicit "$inputs, \"base\": \"HEAD~1\"}" GITHUB_BASE_REF=
check "an explicit base outside a pull request: the same findings" \
  '[ $? = 1 ] && grep -q "^::warning file=migrations/0002_index.sql" "$tmp/explicit.out" &&
   ! grep -q "0001_create" "$tmp/explicit.out" && grep -qF "HEAD~1:schema.sql" "$tmp/explicit.md"'

run push "$inputs}" GITHUB_BASE_REF=
check "no base (a push): every migration is linted, the dump not compared" \
  '[ $? = 1 ] && grep -q "^::notice file=migrations/0001_create.sql" "$tmp/push.out" &&
   grep -q "^::notice title=pgdrift diff::" "$tmp/push.out" && ! grep -q "Schema comparison" "$tmp/push.md"'

printf 'CREATE TABEL broken (id bigint);\n' >"$repo/migrations/0003_broken.sql"
commit broken
run broken "$inputs}" GITHUB_BASE_REF=
check "a migration that does not parse: exit 2, an error annotation, said in the summary" \
  '[ $? = 2 ] && grep -q "^::error file=migrations/0003_broken.sql,line=1,col=[0-9]*,title=pgdrift lint::syntax error" "$tmp/broken.out" &&
   grep -qF "could not be linted (exit 2)" "$tmp/broken.md"'

run nothing '{"pgdrift": "'"$pgdrift"'"}'
check "no migrations and no dump: nothing to do, exit 0, empty summary" '[ $? = 0 ] && [ ! -s "$tmp/nothing.md" ]'

finish
