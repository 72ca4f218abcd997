#!/usr/bin/env bash
# Compare `pgdrift inspect --list` on a pg_dump of a schema with the object list
# read straight from the PostgreSQL catalog (tests/sql/catalog_objects.sql).
#
# usage: tests/integration/inspect_matches_catalog.sh PGDRIFT_BINARY SCHEMA_SQL
#
#   1. starts a throwaway cluster (scripts/pg-sandbox) in a temp dir,
#   2. loads $(dirname SCHEMA_SQL)/roles.sql into db "postgres" if it exists
#      (errors ignored, so "role already exists" is harmless),
#   3. creates a database and loads SCHEMA_SQL with ON_ERROR_STOP=1,
#   4. pg_dump --schema-only,
#   5. runs  PGDRIFT inspect --list --format text DUMP  and keeps the
#      KIND<TAB>ID lines, runs the catalog oracle, sorts both (LC_ALL=C), diffs.
#
# exit 0: identical   ("PASS inspect --list matches the catalog (N objects)")
# exit 1: different   (diff printed: "-" only in catalog, "+" only in pgdrift),
#                     or pgdrift itself failed
# exit 2: usage or set-up error (cluster, roles/schema load, pg_dump, oracle)
#
# environment: KEEP_TMP=1 keeps the temp dir (dump, both lists, server log).
set -uo pipefail

usage() { echo "usage: $0 PGDRIFT_BINARY SCHEMA_SQL" >&2; exit 2; }
setup_error() { echo "SETUP ERROR: $*" >&2; exit 2; }

[ $# -eq 2 ] || usage
pgdrift=$1
schema_sql=$2

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
oracle_sql=$here/../sql/catalog_objects.sql
sandbox=$repo/scripts/pg-sandbox

# pgdrift may be given as a bare command name on PATH or as a path
if [[ $pgdrift == */* ]]; then
  [ -x "$pgdrift" ] || setup_error "pgdrift binary not executable: $pgdrift"
  pgdrift=$(cd "$(dirname "$pgdrift")" && pwd)/$(basename "$pgdrift")
else
  command -v "$pgdrift" >/dev/null || setup_error "pgdrift binary not found: $pgdrift"
fi
[ -r "$schema_sql" ] || setup_error "schema file not readable: $schema_sql"
schema_sql=$(cd "$(dirname "$schema_sql")" && pwd)/$(basename "$schema_sql")
roles_sql=$(dirname "$schema_sql")/roles.sql
[ -r "$oracle_sql" ] || setup_error "oracle query missing: $oracle_sql"
[ -x "$sandbox" ] || setup_error "scripts/pg-sandbox missing: $sandbox"

# client binaries: the same (newest) installation pg-sandbox starts the server from
pg_bin=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -n "$pg_bin" ] && [ -x "$pg_bin/psql" ] && [ -x "$pg_bin/pg_dump" ] \
  || setup_error "PostgreSQL client binaries not found (set PG_BINDIR)"
psql=$pg_bin/psql
pg_dump=$pg_bin/pg_dump

# no stray libpq settings from the caller's environment
unset PGDATABASE PGSERVICE PGSERVICEFILE PGOPTIONS PGPASSWORD PGPASSFILE PGHOSTADDR PGSSLMODE PGCONNECT_TIMEOUT
export PGAPPNAME=pgdrift-inspect-test

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-it.XXXXXX") || setup_error "mktemp failed"
chmod 755 "$tmp"                       # the server runs as user postgres
cluster=$tmp/pg
cleanup() {
  "$sandbox" stop "$cluster" >/dev/null 2>&1 || true
  if [ "${KEEP_TMP:-0}" = 1 ]; then
    echo "kept temp dir: $tmp" >&2
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP

env_line=$("$sandbox" start "$cluster" 2>"$tmp/sandbox.err") \
  || { cat "$tmp/sandbox.err" >&2; setup_error "could not start the PostgreSQL sandbox"; }
eval "$env_line"
export PGHOST PGPORT PGUSER

db=pgdrift_it
if [ -r "$roles_sql" ]; then
  "$psql" -X -q -v ON_ERROR_STOP=0 -d postgres -f "$roles_sql" >"$tmp/roles.log" 2>&1 || true
fi
"$psql" -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" >/dev/null 2>"$tmp/createdb.err" \
  || { cat "$tmp/createdb.err" >&2; setup_error "CREATE DATABASE failed"; }
# cd so that \i/\ir in the schema resolve next to it
(cd "$(dirname "$schema_sql")" && "$psql" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$schema_sql") \
  >"$tmp/load.log" 2>&1 \
  || { cat "$tmp/load.log" >&2; setup_error "loading $schema_sql failed"; }
"$pg_dump" --schema-only -d "$db" -f "$tmp/dump.sql" 2>"$tmp/pg_dump.err" \
  || { cat "$tmp/pg_dump.err" >&2; setup_error "pg_dump failed"; }

"$psql" -XAt -F ' ' -v ON_ERROR_STOP=1 -d "$db" -f "$oracle_sql" >"$tmp/catalog.raw" 2>"$tmp/oracle.err" \
  || { cat "$tmp/oracle.err" >&2; setup_error "oracle query failed"; }
LC_ALL=C sort "$tmp/catalog.raw" >"$tmp/catalog.txt"

"$pgdrift" inspect --list --format text "$tmp/dump.sql" >"$tmp/pgdrift.raw" 2>"$tmp/pgdrift.err"
rc=$?
if [ $rc -ne 0 ]; then
  echo "FAIL pgdrift inspect --list exited with status $rc" >&2
  cat "$tmp/pgdrift.err" >&2
  exit 1
fi
kinds='schema|extension|table|column|constraint|index|view|materialized_view|sequence|function|procedure|aggregate|trigger|event_trigger|policy|enum|composite_type|domain|range_type|publication'
tab=$'\t'
LC_ALL=C grep -E "^($kinds)${tab}[^${tab}]+\$" "$tmp/pgdrift.raw" | LC_ALL=C sort >"$tmp/pgdrift.txt"

n=$(wc -l <"$tmp/catalog.txt" | tr -d ' ')
if cmp -s "$tmp/catalog.txt" "$tmp/pgdrift.txt"; then
  echo "PASS inspect --list matches the catalog ($n objects)"
  exit 0
fi
echo "FAIL inspect --list differs from the catalog (- only in catalog, + only in pgdrift):"
LC_ALL=C diff --old-line-format='-%L' --new-line-format='+%L' --unchanged-line-format='' \
  "$tmp/catalog.txt" "$tmp/pgdrift.txt"
missing=$(LC_ALL=C comm -23 "$tmp/catalog.txt" "$tmp/pgdrift.txt" | wc -l | tr -d ' ')
extra=$(LC_ALL=C comm -13 "$tmp/catalog.txt" "$tmp/pgdrift.txt" | wc -l | tr -d ' ')
echo "($n objects in the catalog; $missing missing from pgdrift, $extra extra in pgdrift)"
exit 1
