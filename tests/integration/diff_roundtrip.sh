#!/usr/bin/env bash
# Zero false differences, proven in a real server: for each fixture's SQL,
#   load it, dump it (A); restore A into a fresh database, dump again (B);
#   `pgdrift diff A B` and `pgdrift diff SQL A` must both say identical (exit 0).
# usage: tests/integration/diff_roundtrip.sh PGDRIFT_BINARY
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-rt.XXXXXX")
chmod 755 "$tmp"
cleanup() { "$root/scripts/pg-sandbox" stop "$tmp/pg" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
eval "$("$root/scripts/pg-sandbox" start "$tmp/pg")" || { echo "SETUP ERROR: no PostgreSQL sandbox"; exit 2; }
export PGHOST PGPORT PGUSER
passed=0
failed=0

cd "$root/fixtures/supabase-agents"
cat supabase-base.sql supabase/migrations/*.sql >"$tmp/staging.sql"
cat supabase-base.sql supabase/migrations/20251113091720_create-staging.sql production-hotfixes.sql >"$tmp/production.sql"
cp "$root/fixtures/every-kind/schema.sql" "$tmp/every-kind.sql"
cd "$tmp"

n=0
for source in every-kind.sql staging.sql production.sql; do
  n=$((n + 1))
  a=rt_a_$n
  b=rt_b_$n
  "$bin/psql" -qX -d postgres -c "CREATE DATABASE $a" -c "CREATE DATABASE $b" >/dev/null
  if ! PGOPTIONS='--client-min-messages=warning' "$bin/psql" -qX -v ON_ERROR_STOP=1 -d "$a" -f "$source" >"$source.load.log" 2>&1; then
    echo "SETUP ERROR: $source does not load: $(grep -m1 ERROR "$source.load.log")"; exit 2
  fi
  "$bin/pg_dump" --schema-only -d "$a" -f "$source.a.dump"
  PGOPTIONS='--client-min-messages=warning' "$bin/psql" -qX -v ON_ERROR_STOP=1 -d "$b" -f "$source.a.dump" >/dev/null 2>&1 ||
    { echo "SETUP ERROR: the dump of $source does not restore"; exit 2; }
  "$bin/pg_dump" --schema-only -d "$b" -f "$source.b.dump"
  if "$pgdrift" diff "$source.a.dump" "$source.b.dump" >"$source.ab.txt" 2>&1; then passed=$((passed + 1)); else
    echo "FAIL: $source: dump and dump of its restore differ"; head -20 "$source.ab.txt"; failed=$((failed + 1)); fi
  if "$pgdrift" diff "$source" "$source.a.dump" --keep-going >"$source.sa.txt" 2>"$source.sa.err"; then passed=$((passed + 1)); else
    echo "FAIL: $source and its own pg_dump differ"; head -20 "$source.sa.txt"; failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
