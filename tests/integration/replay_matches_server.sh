#!/usr/bin/env bash
# `pgdrift migrations replay` against PostgreSQL itself: psql runs a migration directory
# in a real server and pg_dump prints the result; pgdrift replays the same directory
# without a server and prints the result as SQL. That SQL is loaded into a fresh database
# (on the same starting schema) and dumped: `pgdrift diff` of the two dumps must exit 0.
# Without a starting schema, the replayed SQL itself must also compare identical.
# usage: tests/integration/replay_matches_server.sh PGDRIFT_BINARY
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-replay.XXXXXX")
chmod 755 "$tmp"
cleanup() { "$root/scripts/pg-sandbox" stop "$tmp/pg" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
eval "$("$root/scripts/pg-sandbox" start "$tmp/pg")" || { echo "SETUP ERROR: no PostgreSQL sandbox"; exit 2; }
export PGHOST PGPORT PGUSER
psql() { PGOPTIONS='--client-min-messages=warning' "$bin/psql" -qX -v ON_ERROR_STOP=1 "$@"; }
psql -d postgres -f "$root/tests/plan/roles.sql" >/dev/null || { echo "SETUP ERROR: roles"; exit 2; }
failed=0

# run_case NAME BASE_SQL|"" DIRECTORY FILE...: the files in the order the scheme gives
run_case() {
  local name=$1 base=$2 directory=$3
  shift 3
  local server=${name}_server replayed=${name}_replayed
  psql -d postgres -c "CREATE DATABASE $server" -c "CREATE DATABASE $replayed" >/dev/null
  if [ -n "$base" ]; then
    psql -d "$server" -f "$base" >/dev/null && psql -d "$replayed" -f "$base" >/dev/null ||
      { echo "SETUP ERROR: $base does not load"; exit 2; }
    "$bin/pg_dump" --schema-only -d "$server" -f "$tmp/$name.base.dump"
  fi
  for file in "$@"; do
    psql -d "$server" -1 -f "$file" >"$tmp/$name.migrate.log" 2>&1 ||
      { echo "SETUP ERROR: $file fails in PostgreSQL: $(grep -m1 ERROR "$tmp/$name.migrate.log")"; exit 2; }
  done
  "$bin/pg_dump" --schema-only -d "$server" -f "$tmp/$name.server.dump"
  local onto=()
  [ -n "$base" ] && onto=(--onto "$tmp/$name.base.dump")
  if ! "$pgdrift" migrations replay "$directory" "${onto[@]}" --format sql -o "$tmp/$name.replayed.sql" 2>"$tmp/$name.replay.err"; then
    echo "FAIL: $name: pgdrift migrations replay failed"; cat "$tmp/$name.replay.err"; failed=$((failed + 1)); return
  fi
  if ! psql -d "$replayed" -f "$tmp/$name.replayed.sql" >"$tmp/$name.load.log" 2>&1; then
    echo "FAIL: $name: the replayed SQL does not load: $(grep -m1 ERROR "$tmp/$name.load.log")"; failed=$((failed + 1)); return
  fi
  "$bin/pg_dump" --schema-only -d "$replayed" -f "$tmp/$name.replayed.dump"
  if "$pgdrift" diff "$tmp/$name.server.dump" "$tmp/$name.replayed.dump" >"$tmp/$name.diff" 2>&1; then
    echo "ok: $name: replay loaded in PostgreSQL = migrations run by PostgreSQL"
  else
    echo "FAIL: $name: replay and server differ"; head -30 "$tmp/$name.diff"; failed=$((failed + 1))
  fi
  if [ -z "$base" ]; then
    if "$pgdrift" diff "$tmp/$name.server.dump" "$tmp/$name.replayed.sql" >"$tmp/$name.sql.diff" 2>&1; then
      echo "ok: $name: replayed SQL = server dump"
    else
      echo "FAIL: $name: the replayed SQL and the server dump differ"; head -30 "$tmp/$name.sql.diff"; failed=$((failed + 1))
    fi
  fi
}

supabase=$root/fixtures/supabase-agents
mapfile -t supabase_files < <(ls "$supabase"/supabase/migrations/*.sql | sort)
run_case supabase "$supabase/supabase-base.sql" "$supabase/supabase/migrations" "${supabase_files[@]}"

flyway=$root/fixtures/flyway-shop/migrations
# Flyway's order: versioned files by version (V1 < V1.1 < V2), then repeatables.
mapfile -t flyway_files < <(for f in "$flyway"/V*__*.sql; do
                              printf '%s %s\n' "$(basename "$f" | sed -E 's/^V([0-9._]+)__.*/\1/; s/_/./g')" "$f"
                            done | sort -V -k1,1 | cut -d' ' -f2; ls "$flyway"/R__*.sql)
run_case flyway "" "$flyway" "${flyway_files[@]}"

# golang-migrate's order: by version, the .up.sql files only. Its renames reach views,
# defaults, keys, a policy and a BEGIN ATOMIC body, as they do in PostgreSQL.
golang=$root/fixtures/golang-renames/migrations
mapfile -t golang_files < <(ls "$golang"/*.up.sql | sort)
run_case golang "" "$golang" "${golang_files[@]}"

# DO blocks: caught duplicates undone, IFs on the system catalogs, EXECUTE of literal text.
do_blocks=$root/fixtures/do-blocks/migrations
mapfile -t do_block_files < <(ls "$do_blocks"/*.up.sql | sort)
run_case do_blocks "" "$do_blocks" "${do_block_files[@]}"

[ "$failed" = 0 ] && echo "all passed"
[ "$failed" = 0 ]
