#!/usr/bin/env bash
# fixtures/supabase-app, a Supabase project of our own, proven against a real PostgreSQL 15.
#  1. `pgdrift migrations replay` reads it (Supabase auto-detected from supabase/config.toml)
#     without an error or a warning.
#  2. Its migrations run in PostgreSQL onto the platform stand-in (platform-stand-in.sql); the
#     user schemas as `supabase db dump` gives them (scripts/supabase-db-dump) equal those of
#     `replay --format sql` loaded onto another stand-in, and the committed schema.dump.sql.
#  3. `pgdrift migrations status` finds every migration applied in the server's full pg_dump;
#     in the supabase db dump, every migration is applied except for objects in the schemas that
#     dump leaves out (a trigger on auth.users, policies on storage.objects and realtime.messages),
#     which are printed as notes.
#  4. `pgdrift inspect schema.dump.sql` reports 0 warnings and 0 errors.
# usage: tests/integration/supabase_app.sh PGDRIFT_BINARY
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app=$root/fixtures/supabase-app
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
export PATH="$bin:$PATH"  # scripts/supabase-db-dump runs pg_dump
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-supabase-app.XXXXXX")
chmod 755 "$tmp"
cleanup() { "$root/scripts/pg-sandbox" stop "$tmp/pg" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
eval "$("$root/scripts/pg-sandbox" start "$tmp/pg")" || { echo "SETUP ERROR: no PostgreSQL sandbox"; exit 2; }
export PGHOST PGPORT PGUSER
# Errors only: the stand-in's publication warns that wal_level is not logical.
export PGOPTIONS='--client-min-messages=error'
psql() { "$bin/psql" -qX -v ON_ERROR_STOP=1 "$@"; }
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
mapfile -t migrations < <(ls "$app"/supabase/migrations/*.sql | LC_ALL=C sort)

# new_project DB: a database as a new Supabase project has it, before its first migration.
new_project() {
  psql -d postgres -c "CREATE DATABASE $1" >/dev/null &&
    psql -d "$1" -f "$app/platform-stand-in.sql" >"$tmp/$1.stand-in.log" 2>&1 ||
    { echo "SETUP ERROR: the platform stand-in does not load: $(grep -m1 ERROR "$tmp/$1.stand-in.log")"; exit 2; }
}

# 1. The replay: exit 0, and no diagnostic in the JSON or on stderr.
replay_reads_the_project() {
  "$pgdrift" migrations replay "$app" --format json -o "$tmp/replay.json" 2>"$tmp/replay.err"
  local rc=$? diagnostics
  diagnostics=$(python3 - "$tmp/replay.json" 2>&1 <<'PY'
import json, sys
for m in json.load(open(sys.argv[1]))["migrations"]:
    for d in m["diagnostics"]:
        print("%s: %s_%s:%s: %s" % (d["severity"], m["version"], m["name"], d["line"], d["message"]))
PY
)
  if [ "$rc" = 0 ] && [ -z "$diagnostics" ] && [ ! -s "$tmp/replay.err" ]; then
    echo "ok: replay: ${#migrations[@]} migrations read as a Supabase project, no error, no warning"
  else
    fail "replay: exit $rc, diagnostics:"; echo "${diagnostics:-$(cat "$tmp/replay.err")}" | sed 's/^/  /'
  fi
}

# 2. PostgreSQL runs the migrations; pgdrift's replay, loaded, gives the same user schemas.
server_and_replay_agree() {
  local file
  for file in "${migrations[@]}"; do
    psql -d by_server -1 -f "$file" >"$tmp/migrate.log" 2>&1 ||
      { echo "SETUP ERROR: $(basename "$file") fails in PostgreSQL: $(grep -m1 ERROR "$tmp/migrate.log")"; exit 2; }
  done
  "$root/scripts/supabase-db-dump" -d by_server >"$tmp/server.dump" || { echo "SETUP ERROR: dump"; exit 2; }
  "$bin/pg_dump" --schema-only -d by_server -f "$tmp/server.full.dump" || { echo "SETUP ERROR: full dump"; exit 2; }

  if "$pgdrift" diff "$tmp/server.dump" "$app/schema.dump.sql" >"$tmp/fixture.diff" 2>&1; then
    echo "ok: schema.dump.sql is current: pgdrift diff with the server's user schemas is empty"
  else
    fail "schema.dump.sql differs from the server's user schemas (rerun scripts/make-fixtures?)"
    head -30 "$tmp/fixture.diff"
  fi

  "$pgdrift" migrations replay "$app" --format sql -o "$tmp/replayed.sql" 2>/dev/null
  if [ ! -s "$tmp/replayed.sql" ]; then
    fail "replay --format sql wrote nothing"; return
  fi
  if ! psql -d by_replay -f "$tmp/replayed.sql" >"$tmp/replayed.log" 2>&1; then
    fail "replay --format sql does not load onto the stand-in: $(grep -m1 -A1 ERROR "$tmp/replayed.log" | tr '\n' ' ')"
    return
  fi
  "$root/scripts/supabase-db-dump" -d by_replay >"$tmp/replay.dump"
  if "$pgdrift" diff "$tmp/server.dump" "$tmp/replay.dump" >"$tmp/replay.diff" 2>&1; then
    echo "ok: replay --format sql loaded onto the stand-in = migrations run by PostgreSQL (user schemas)"
  else
    fail "replay and PostgreSQL give different user schemas"; head -40 "$tmp/replay.diff"
  fi
}

# 3. migrations status against the server's dumps. LEFT_OUT: schemas the dump does not carry.
status_against() { # NAME DUMP LEFT_OUT-REGEX
  local name=$1 dump=$2 left_out=$3
  if ! "$pgdrift" migrations status "$app" --dump "$dump" --format json -o "$tmp/$name.status.json" 2>"$tmp/$name.status.err"; then
    fail "status ($name): pgdrift exited non-zero"; cat "$tmp/$name.status.err"; return
  fi
  python3 - "$tmp/$name.status.json" "$name" "$left_out" <<'PY'
import json, re, sys
path, name, left_out = sys.argv[1:]
bad = 0
for m in json.load(open(path))["dumps"][0]["migrations"]:
    label = f'{m["version"]}_{m["name"]}'
    absent = [e for e in m["evidence"] if e.startswith("absent: ")]
    # pgdrift says what the dump cannot show: "not in the dump: ... (the dump leaves out the
    # platform's schema storage)"; only schemas this dump really leaves out may be named.
    unseen = [e for e in m["evidence"] if e.startswith("not in the dump: ")]
    wrongly_unseen = [e for e in unseen if not (left_out and re.search(rf"schema ({left_out})\)$", e))]
    print(f"  {name}: {m['status']:8} {label}")
    for e in unseen:
        print(f"  note: {label}: {e}")
    visible_effects = [e for e in m["evidence"] if e.startswith("present: ")]
    if not absent and not wrongly_unseen and (m["status"] == "applied" or (m["status"] == "unknown" and unseen and not visible_effects)):
        continue
    bad += 1
    for e in absent + wrongly_unseen or m["evidence"] or ["(no evidence)"]:
        print(f"  FAIL: {label}: {e}")
print(f"{'ok' if bad == 0 else 'FAIL'}: status ({name}): "
      + ("every migration applied" + (" (but for what the dump leaves out)" if left_out else "")
         if bad == 0 else f"{bad} migration(s) not applied"))
sys.exit(1 if bad else 0)
PY
  [ $? = 0 ] || failed=$((failed + 1))
}

# 4. The committed dump reads cleanly, as pgdrift users will feed it `supabase db dump` output.
inspect_reads_the_dump() {
  if "$pgdrift" inspect "$app/schema.dump.sql" >"$tmp/inspect.txt" 2>&1 &&
     tail -1 "$tmp/inspect.txt" | grep -qx '0 warnings, 0 errors'; then
    echo "ok: inspect schema.dump.sql: 0 warnings, 0 errors"
  else
    fail "inspect schema.dump.sql: $(tail -1 "$tmp/inspect.txt")"; grep -E 'warning|error' "$tmp/inspect.txt" | head
  fi
}

new_project by_server
new_project by_replay
replay_reads_the_project
server_and_replay_agree
status_against full "$tmp/server.full.dump" ''
status_against supabase-db-dump "$tmp/server.dump" 'auth|storage|realtime|extensions|graphql|graphql_public|vault|cron|supabase_functions|supabase_migrations'
inspect_reads_the_dump

[ "$failed" = 0 ] && echo "all passed"
[ "$failed" = 0 ]
