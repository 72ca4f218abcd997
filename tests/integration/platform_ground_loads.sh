#!/usr/bin/env bash
# The platform grounds (analyzer/platform/) are read by PostgreSQL as pgdrift reads them: each
# file loads into a fresh database of a real server (the roles it assumes created first), and
# `pgdrift diff FILE DUMP` of the file and that database's pg_dump exits 0. Each optional
# extension file (analyzer/platform/extensions/) is self-contained and loads alone.
# Then a Supabase project's migrations that use the platform's objects (platform_migrations/)
# run in PostgreSQL onto the ground, and `pgdrift migrations replay --onto` the ground gives
# the same schema, without an error.
# usage: tests/integration/platform_ground_loads.sh PGDRIFT_BINARY
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-platform.XXXXXX")
chmod 755 "$tmp"
cleanup() { "$root/scripts/pg-sandbox" stop "$tmp/pg" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
eval "$("$root/scripts/pg-sandbox" start "$tmp/pg")" || { echo "SETUP ERROR: no PostgreSQL sandbox"; exit 2; }
export PGHOST PGPORT PGUSER
psql() { PGOPTIONS='--client-min-messages=warning' "$bin/psql" -qX -v ON_ERROR_STOP=1 "$@"; }
psql -d postgres -f "$root/tests/integration/platform_roles.sql" >/dev/null || { echo "SETUP ERROR: roles"; exit 2; }
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# check NAME FILE: FILE loads into database NAME and pgdrift reads it as the server does.
check() {
  local name=$1 file=$2
  if ! "$pgdrift" inspect "$file" >"$tmp/$name.inspect" 2>&1 || ! tail -1 "$tmp/$name.inspect" | grep -qx '0 warnings, 0 errors'; then
    fail "$name: pgdrift inspect reports warnings or errors"; grep -E 'warning|error' "$tmp/$name.inspect" | head; return
  fi
  psql -d postgres -c "CREATE DATABASE $name" >/dev/null
  if ! psql -d "$name" -f "$file" >"$tmp/$name.load.log" 2>&1; then
    fail "$name: $(basename "$file") does not load: $(grep -m1 ERROR "$tmp/$name.load.log")"; return
  fi
  "$bin/pg_dump" --schema-only -d "$name" -f "$tmp/$name.dump"
  if "$pgdrift" diff "$file" "$tmp/$name.dump" >"$tmp/$name.diff" 2>&1; then
    echo "ok: $name: $(basename "$file") loads, and pgdrift reads it as the server does"
  else
    fail "$name: pgdrift diff of $(basename "$file") and its dump is not empty"; head -40 "$tmp/$name.diff"
  fi
}

check supabase_15 "$root/analyzer/platform/supabase-15.sql"
for file in "$root"/analyzer/platform/extensions/*.sql; do
  check "ext_$(basename "$file" .sql)" "$file"
done

# migrations_onto_ground: the project's migrations, run by PostgreSQL and replayed by pgdrift.
migrations_onto_ground() {
  local ground=$root/analyzer/platform/supabase-15.sql project=$root/tests/integration/platform_migrations
  psql -d postgres -c "CREATE DATABASE by_server" -c "CREATE DATABASE by_replay" >/dev/null
  psql -d by_server -f "$ground" >/dev/null 2>&1 && psql -d by_replay -f "$ground" >/dev/null 2>&1 ||
    { fail "migrations: the ground does not load"; return; }
  local file
  for file in "$project"/supabase/migrations/*.sql; do
    psql -d by_server -1 -f "$file" >"$tmp/migrate.log" 2>&1 ||
      { fail "migrations: $(basename "$file") fails in PostgreSQL: $(grep -m1 ERROR "$tmp/migrate.log")"; return; }
  done
  if ! "$pgdrift" migrations replay "$project" --onto "$ground" --format sql -o "$tmp/replayed.sql" 2>"$tmp/replay.err" ||
     grep -q 'error:' "$tmp/replay.err"; then
    fail "migrations: pgdrift migrations replay --onto the ground reports errors"; cat "$tmp/replay.err"; return
  fi
  psql -d by_replay -f "$tmp/replayed.sql" >"$tmp/replayed.log" 2>&1 ||
    { fail "migrations: the replayed SQL does not load: $(grep -m1 ERROR "$tmp/replayed.log")"; return; }
  "$bin/pg_dump" --schema-only -d by_server -f "$tmp/by_server.dump"
  "$bin/pg_dump" --schema-only -d by_replay -f "$tmp/by_replay.dump"
  if "$pgdrift" diff "$tmp/by_server.dump" "$tmp/by_replay.dump" >"$tmp/migrations.diff" 2>&1; then
    echo "ok: migrations: replayed onto the ground = run by PostgreSQL onto it, without an error"
  else
    fail "migrations: replay onto the ground and PostgreSQL differ"; head -40 "$tmp/migrations.diff"
  fi
}
migrations_onto_ground

[ "$failed" = 0 ] && echo "all passed"
[ "$failed" = 0 ]
