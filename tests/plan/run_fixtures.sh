#!/usr/bin/env bash
# The project fixtures as plan round trips, in both directions:
#   supabase-agents: production schema <-> staging schema (built from their SQL
#                    the way scripts/make-fixtures builds them)
#   every-kind:      fixtures/every-kind/schema.sql <-> an empty database
# usage: tests/plan/run_fixtures.sh PGDRIFT
# env: PLANNER, PLAN_CLUSTER, JOBS, KEEP_TMP: see tests/plan/README.md
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 PGDRIFT" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-plan-fixtures.XXXXXX") || exit 2
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
sa=$root/fixtures/supabase-agents
mapfile -t migrations < <(ls "$sa"/supabase/migrations/*.sql | LC_ALL=C sort)
[ "${#migrations[@]}" -gt 0 ] || { echo "SETUP ERROR: no migrations in $sa/supabase/migrations"; exit 2; }
mkdir -p "$tmp/supabase-agents" "$tmp/every-kind"
# production: base + the first migration + what was done by hand; staging: base + every migration
cat "$sa/supabase-base.sql" "${migrations[0]}" "$sa/production-hotfixes.sql" >"$tmp/supabase-agents/a.sql"
cat "$sa/supabase-base.sql" "${migrations[@]}" >"$tmp/supabase-agents/b.sql"
cp "$root/fixtures/every-kind/schema.sql" "$tmp/every-kind/a.sql"
: >"$tmp/every-kind/b.sql"
python3 "$here/harness.py" pairs "$1" "$tmp/supabase-agents" "$tmp/every-kind"
