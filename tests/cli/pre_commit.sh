#!/usr/bin/env bash
# The repository's .pre-commit-hooks.yaml, run by Debian's pre-commit in a scratch repository,
# offline: the hooks repository is a local clone. A commit with a bad migration or a stale
# dump is refused; a good one passes and shows its schema changes.
# usage: tests/cli/pre_commit.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
check() { if eval "$2"; then pass; else fail "$1"; fi; }
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (scripts/install-deps)"; exit 1; }

export HOME=$tmp/home GIT_CONFIG_NOSYSTEM=1 PRE_COMMIT_HOME=$tmp/pre-commit-cache NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME" "$tmp/bin"
ln -s "$pgdrift" "$tmp/bin/pgdrift"
export PATH=$tmp/bin:$PATH

# The hooks repository: this checkout's .pre-commit-hooks.yaml, committed (pre-commit clones a revision).
hooks=$tmp/hooks
git init -q "$hooks"
cp "$root/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" add .pre-commit-hooks.yaml && git -C "$hooks" commit -qm hooks
rev=$(git -C "$hooks" rev-parse HEAD)

project=$tmp/project
git init -q "$project"
cd "$project"
mkdir -p db/migrations
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: pgdrift-lint
        args: [--migrations, db/migrations]
      - id: pgdrift-migrations-check
        args: [db/migrations, --dump, db/schema.sql]
      - id: pgdrift-diff
YAML
pre-commit install >/dev/null
check "pre-commit installed its git hook" '[ -x .git/hooks/pre-commit ]'

# A first migration and the dump it produces.
cat >db/migrations/001_accounts.sql <<'SQL'
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
SQL
cat >db/schema.sql <<'SQL'
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    name text NOT NULL
);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
SQL
git add .pre-commit-config.yaml db
git commit -qm first >"$tmp/first.log" 2>&1
check "a good first commit passes the hooks" '[ "$(git rev-list --count HEAD)" = 1 ] || { cat "$tmp/first.log"; false; }' 
check "the diff hook shows the added table" 'grep -q "+ public.accounts" "$tmp/first.log"'

# A bad migration: lint refuses dropping a column (ban-drop-column), even with the dump updated.
cat >db/migrations/002_drop_name.sql <<'SQL'
ALTER TABLE accounts DROP COLUMN name;
SQL
cat >db/schema.sql <<'SQL'
CREATE TABLE public.accounts (
    id bigint NOT NULL
);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
SQL
git add db
git commit -qm drop >"$tmp/bad.log" 2>&1
check "a bad migration is refused" '[ $? != 0 ] && [ "$(git rev-list --count HEAD)" = 1 ]'
check "lint names the rule" 'grep -q "ban-drop-column" "$tmp/bad.log"'
git reset -q --hard HEAD && git clean -qfd db

# A good migration but a stale dump: migrations check refuses it.
cat >db/migrations/002_notes.sql <<'SQL'
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
SQL
git add db
git commit -qm notes >"$tmp/stale.log" 2>&1
check "a stale dump is refused" '[ $? != 0 ] && [ "$(git rev-list --count HEAD)" = 1 ]'
check "migrations check names what the dump lacks" 'grep -q "db/schema.sql: stale" "$tmp/stale.log" && grep -q "\- public.notes" "$tmp/stale.log"'

# The same migration with its dump: it passes, and the diff hook shows the new table.
cat >>db/schema.sql <<'SQL'
CREATE TABLE public.notes (
    id bigint NOT NULL,
    body text
);
ALTER TABLE ONLY public.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
SQL
git add db
git commit -qm notes >"$tmp/good.log" 2>&1
check "a good migration with its dump passes" '[ "$(git rev-list --count HEAD)" = 2 ] || { cat "$tmp/good.log"; false; }' 
check "the diff hook shows the schema change" 'grep -q "pgdrift diff a/db/schema.sql b/db/schema.sql" "$tmp/good.log" && grep -q "+ public.notes" "$tmp/good.log"'

finish
