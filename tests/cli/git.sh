#!/usr/bin/env bash
# pgdrift in git: the external diff driver (git diff shows the semantic diff of a dump),
# git-setup (idempotent), and diff --git-base, in scratch repositories.
# usage: tests/cli/git.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
check() { if eval "$2"; then pass; else fail "$1"; fi; }

# git reads no configuration but the scratch repository's, and finds pgdrift on PATH.
export HOME=$tmp/home GIT_CONFIG_NOSYSTEM=1 GIT_PAGER=cat PAGER=cat NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME" "$tmp/bin"
ln -s "$pgdrift" "$tmp/bin/pgdrift"
export PATH=$tmp/bin:$PATH

repo=$tmp/repo
git init -q "$repo"
cd "$repo"
mkdir db
cat >db/schema.sql <<'SQL'
CREATE TABLE public.accounts (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW public.account_names AS SELECT name FROM public.accounts;
SQL
git add db/schema.sql && git commit -qm one
# The second commit changes the schema and, in ways pgdrift holds equal, the text.
cat >db/schema.sql <<'SQL'
create table public.accounts (
  id int4 primary key,
  name text not null,
  email text
);
create view public.account_names as select accounts.name from public.accounts;
SQL
git add db/schema.sql && git commit -qm two

# Before setup, git diff is git's own line diff.
git diff HEAD~1 -- db/schema.sql >"$tmp/plain.txt"
check "git's own diff before setup" 'grep -q "^-CREATE TABLE public.accounts" "$tmp/plain.txt"'

pgdrift git-setup db/schema.sql >"$tmp/setup1.txt"
check "setup exits 0" '[ $? = 0 ]'
check "setup says what it added" 'grep -qx ".gitattributes: added \"/db/schema.sql diff=pgdrift\"" "$tmp/setup1.txt"'
check "setup says what it configured" 'grep -q "^git config: set diff.pgdrift.command = \"pgdrift git-diff\"" "$tmp/setup1.txt"'
check ".gitattributes has the line" 'grep -qx "/db/schema.sql diff=pgdrift" .gitattributes'
check "git config has the driver" '[ "$(git config diff.pgdrift.command)" = "pgdrift git-diff" ]'

# Twice is once: nothing written again.
cp .gitattributes "$tmp/attributes.before"
pgdrift git-setup db/schema.sql >"$tmp/setup2.txt"
check "setup again changes nothing" 'cmp -s .gitattributes "$tmp/attributes.before"'
check "setup again says so" 'grep -q "already has" "$tmp/setup2.txt" && grep -q "is already" "$tmp/setup2.txt"'
check "one driver line in the config" '[ "$(git config --get-all diff.pgdrift.command | wc -l)" = 1 ]'

# The done-when: git diff on the dump shows pgdrift's semantic diff, not lines.
git diff HEAD~1 -- db/schema.sql >"$tmp/semantic.txt" 2>"$tmp/semantic.err"
check "git diff runs the driver" '[ $? = 0 ] && grep -qx "pgdrift diff a/db/schema.sql b/db/schema.sql" "$tmp/semantic.txt"'
check "the added column is the one change" 'grep -qx "  + public.accounts.email" "$tmp/semantic.txt" && grep -qx "1 added, 0 removed, 0 changed" "$tmp/semantic.txt"'
check "no line diff" '! grep -q "^[-+]create\|^[-+]CREATE" "$tmp/semantic.txt"'

# A change only in spelling is no schema change.
sed -i 's/int4/integer/' db/schema.sql
git diff -- db/schema.sql >"$tmp/spelling.txt"
check "spelling only: no schema changes" 'grep -q "^no schema changes" "$tmp/spelling.txt"'
git checkout -q db/schema.sql

# Files git adds or deletes: the other side is /dev/null, an empty schema.
cp db/schema.sql db/staging.sql
git add db/staging.sql
pgdrift git-setup db/staging.sql >/dev/null
git diff --cached -- db/staging.sql >"$tmp/added.txt" 2>&1
check "added file: everything added" 'grep -qx "  + public.accounts" "$tmp/added.txt" && grep -qx "  + public.account_names" "$tmp/added.txt"'
git commit -qm three
git rm -q db/staging.sql
git diff --cached -- db/staging.sql >"$tmp/deleted.txt" 2>&1
check "deleted file: everything removed" 'grep -qx "  - public.accounts" "$tmp/deleted.txt"'
git reset -q --hard

# Driver arguments as git gives them (7), an unmerged path (1), and anything else refused.
cat >"$tmp/old.sql" <<'SQL'
CREATE TABLE t (a int);
SQL
cat >"$tmp/new.sql" <<'SQL'
CREATE TABLE t (a bigint);
SQL
pgdrift git-diff x.sql "$tmp/old.sql" 0000000 100644 "$tmp/new.sql" 1111111 100644 >"$tmp/seven.txt"
check "seven arguments: differences exit 0 (git stops at a driver exiting non-zero)" '[ $? = 0 ]'
check "seven arguments: the type change" 'grep -q "type: integer -> bigint" "$tmp/seven.txt"'
check "one argument: unmerged path" '[ "$(pgdrift git-diff x.sql)" = "* Unmerged path x.sql" ]'
pgdrift git-diff a b c >/dev/null 2>"$tmp/bad.err"
check "three arguments: exit 2 with a message" '[ $? = 2 ] && grep -q "external diff arguments" "$tmp/bad.err"'
printf 'CREATE TABLE t (a int;\n' >"$tmp/broken.sql"
pgdrift git-diff x.sql "$tmp/old.sql" 0 100644 "$tmp/broken.sql" 1 100644 >/dev/null 2>"$tmp/broken.err"
check "a syntax error is reported under the repository's name" 'grep -q "^b/x.sql:1:" "$tmp/broken.err"'

# diff --git-base REV PATH: the path at the revision against the path now.
echo "CREATE INDEX accounts_email ON public.accounts (email);" >>db/schema.sql
pgdrift diff --git-base HEAD db/schema.sql >"$tmp/base.txt"
check "--git-base: exit 1 on a difference" '[ $? = 1 ] && grep -qx "  + public.accounts.accounts_email" "$tmp/base.txt"'
pgdrift diff --git-base HEAD~2 db/schema.sql --format json >"$tmp/base.json"
check "--git-base: OLD is REV:PATH" '/usr/bin/python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert r[\"old\"][\"input\"] == \"HEAD~2:db/schema.sql\", r[\"old\"]" "$tmp/base.json"'
(cd db && pgdrift diff --git-base HEAD~2 schema.sql >/dev/null)
check "--git-base: a path from a subdirectory" '[ $? = 1 ]'
git checkout -q db/schema.sql
pgdrift diff --git-base HEAD db/schema.sql >/dev/null
check "--git-base: exit 0 when the same" '[ $? = 0 ]'
pgdrift diff --git-base HEAD~2 db/staging.sql >"$tmp/new-path.txt" 2>"$tmp/new-path.err"
check "--git-base: a path the revision lacks is compared with nothing" '[ $? = 1 ] && grep -q "not in HEAD~2" "$tmp/new-path.err"'
pgdrift diff --git-base nosuchrev db/schema.sql >/dev/null 2>"$tmp/norev.err"
check "--git-base: an unknown revision is exit 2" '[ $? = 2 ] && grep -q "no such git revision here: nosuchrev" "$tmp/norev.err"'
pgdrift diff --git-base HEAD db/schema.sql db/staging.sql >/dev/null 2>&1
check "--git-base takes one path" '[ $? = 2 ]'
pgdrift diff db/schema.sql >/dev/null 2>&1
check "without --git-base, NEW is required" '[ $? = 2 ]'
(cd "$tmp" && pgdrift diff --git-base HEAD "$repo/db/schema.sql" >/dev/null 2>"$tmp/outside.err")
check "--git-base outside a repository is exit 2" '[ $? = 2 ]'

finish
