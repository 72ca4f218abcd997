#!/usr/bin/env bash
# The impact lists of `pgdrift diff --format json`, proven in a real PostgreSQL 15: for each pair
# (fixtures/supabase-agents, production and staging; tests/integration/impact/old.sql and
# new.sql), each side is loaded into a database of its own and dumped, and pgdrift diffs the
# dumps. Then every view, materialized view, SQL and PL/pgSQL function of each side is loaded
# into the database of the other side (in a transaction, rolled back):
#   - a view or materialized view: CREATE [MATERIALIZED] VIEW with its definition;
#   - a function: DROP FUNCTION IF EXISTS its signature, then CREATE with check_function_bodies
#     on (PostgreSQL checks a SQL body's statements then); a PL/pgSQL body is checked only when
#     it runs, so it is also checked by plpgsql_check (postgresql-15-plpgsql-check), a trigger
#     function against each table whose trigger calls it. An error plpgsql_check also reports on
#     the function's own side does not count.
# It fails exactly when the impact list names it as a user that breaks (used_by[].breaks).
# usage: tests/integration/impact_matches_server.sh PGDRIFT_BINARY
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -f "$(dirname "$bin")/lib/plpgsql_check.so" ] || { echo "SETUP ERROR: postgresql-15-plpgsql-check is not installed"; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-impact.XXXXXX")
chmod 755 "$tmp"
cleanup() { "$root/scripts/pg-sandbox" stop "$tmp/pg" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
eval "$("$root/scripts/pg-sandbox" start "$tmp/pg")" || { echo "SETUP ERROR: no PostgreSQL sandbox"; exit 2; }
export PGHOST PGPORT PGUSER PGOPTIONS='--client-min-messages=error'

agents=$root/fixtures/supabase-agents
cat "$agents/supabase-base.sql" "$agents/supabase/migrations/20251113091720_create-staging.sql" \
  "$agents/production-hotfixes.sql" >"$tmp/production.sql"
cat "$agents/supabase-base.sql" "$agents"/supabase/migrations/*.sql >"$tmp/staging.sql"

# load NAME SQL: a database NAME holding SQL, its dump NAME.dump, and plpgsql_check in a schema
# of its own (after the dump, so that the dump does not name it).
load() {
  "$bin/psql" -qX -d postgres -c "CREATE DATABASE $1" >/dev/null &&
    "$bin/psql" -qX -v ON_ERROR_STOP=1 -d "$1" -f "$2" >"$tmp/$1.load.log" 2>&1 ||
    { echo "SETUP ERROR: $2 does not load: $(grep -m1 ERROR "$tmp/$1.load.log")"; exit 2; }
  "$bin/pg_dump" --schema-only -d "$1" -f "$tmp/$1.dump" &&
    "$bin/psql" -qX -v ON_ERROR_STOP=1 -d "$1" \
      -c "CREATE SCHEMA impact_check" -c "CREATE EXTENSION plpgsql_check SCHEMA impact_check" >/dev/null ||
    { echo "SETUP ERROR: $1 does not dump or take plpgsql_check"; exit 2; }
}

failed=0
run_pair() {
  local name=$1
  load "${name}_old" "$2"
  load "${name}_new" "$3"
  "$pgdrift" diff "$tmp/${name}_old.dump" "$tmp/${name}_new.dump" --format json -o "$tmp/$name.json" 2>"$tmp/$name.err"
  [ $? -le 1 ] || { echo "FAIL: $name: pgdrift diff: $(head -3 "$tmp/$name.err")"; failed=$((failed + 1)); return; }
  python3 "$root/tests/integration/impact_check.py" "$bin/psql" "${name}_old" "${name}_new" "$tmp/$name.json" ||
    failed=$((failed + 1))
}

run_pair agents "$tmp/production.sql" "$tmp/staging.sql"
run_pair pair "$root/tests/integration/impact/old.sql" "$root/tests/integration/impact/new.sql"
[ "$failed" = 0 ] && echo "PASS: the impact lists match the server" || echo "$failed pair(s) failed"
[ "$failed" = 0 ]
