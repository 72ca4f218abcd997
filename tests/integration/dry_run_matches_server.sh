#!/usr/bin/env bash
# `diff --migrations` against PostgreSQL itself, on fixtures/supabase-agents with its ledgers:
# - the dry run: production's dump is loaded into a real server, the migrations its ledger
#   does not record are run there with psql as the dry run models them (each file in order,
#   each statement on its own, without ON_ERROR_STOP); the statements PostgreSQL refuses must
#   be exactly those the dry run predicts (same place, same kind of error), and the server's
#   schema afterwards must differ from staging exactly as the dry run's `remaining` says;
# - each side's drift: the server builds what each side's ledger records (the fixture's base
#   and the recorded migrations), and pgdrift's diff of that to the side must be the drift.
# usage: tests/integration/dry_run_matches_server.sh PGDRIFT_BINARY
set -uo pipefail
pgdrift=$(realpath "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pgdrift-dryrun.XXXXXX")
chmod 755 "$tmp"
cleanup() { "$root/scripts/pg-sandbox" stop "$tmp/pg" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
eval "$("$root/scripts/pg-sandbox" start "$tmp/pg")" || { echo "SETUP ERROR: no PostgreSQL sandbox"; exit 2; }
export PGHOST PGPORT PGUSER PGTZ=UTC
psql() { PGOPTIONS='--client-min-messages=warning' "$bin/psql" -qX "$@"; }
cd "$root"
sa=fixtures/supabase-agents
psql -v ON_ERROR_STOP=1 -d postgres -f tests/plan/roles.sql >/dev/null || { echo "SETUP ERROR: roles"; exit 2; }

"$pgdrift" diff $sa/production.dump.sql $sa/staging.dump.sql --migrations $sa --old-ledger $sa/production.ledger.sql \
  --new-ledger $sa/staging.ledger.sql --format json -o "$tmp/report.json" 2>"$tmp/report.err"
[ -s "$tmp/report.json" ] || { echo "FAIL: pgdrift diff --migrations wrote no report"; cat "$tmp/report.err"; exit 1; }
versions() { /usr/bin/python3 -c 'import json, sys; print(" ".join(eval("json.load(open(sys.argv[1]))" + sys.argv[2])))' "$tmp/report.json" "$1"; }
file_of() { ls $sa/supabase/migrations/"$1"_*.sql; }

# The dry run, in PostgreSQL: each statement on its own, as Supabase's session runs it.
psql -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE prod" -c "CREATE DATABASE expected_old" -c "CREATE DATABASE expected_new" >/dev/null
psql -v ON_ERROR_STOP=1 -d prod -f $sa/production.dump.sql >/dev/null || { echo "SETUP ERROR: production does not load"; exit 2; }
for version in $(versions '["dry_run"]["migrations"]'); do
  PGOPTIONS='-c search_path=public,extensions --client-min-messages=warning' "$bin/psql" -qX -b -d prod -f "$(file_of "$version")" \
    >/dev/null 2>>"$tmp/server.log"
done
"$bin/pg_dump" --schema-only -d prod -f "$tmp/prod-after.sql"
"$pgdrift" diff "$tmp/prod-after.sql" $sa/staging.dump.sql --format json -o "$tmp/server-remaining.json"

# Each side's expected schema, in PostgreSQL: the fixture's base and the migrations its ledger records.
for side in old new; do
  db=expected_$side
  psql -v ON_ERROR_STOP=1 -d "$db" -f $sa/supabase-base.sql >/dev/null || { echo "SETUP ERROR: base"; exit 2; }
  for version in $(versions "[\"drift_expected\"][\"$side\"][\"migrations\"]"); do
    psql -v ON_ERROR_STOP=1 -d "$db" -f "$(file_of "$version")" >/dev/null || { echo "SETUP ERROR: $version fails on $side"; exit 2; }
  done
  "$bin/pg_dump" --schema-only -d "$db" -f "$tmp/$db.sql"
done
"$pgdrift" diff "$tmp/expected_old.sql" $sa/production.dump.sql --format json -o "$tmp/server-drift-old.json"
"$pgdrift" diff "$tmp/expected_new.sql" $sa/staging.dump.sql --format json -o "$tmp/server-drift-new.json"

/usr/bin/python3 - "$tmp" <<'PY'
import json, re, sys
tmp = sys.argv[1]
report = json.load(open(f"{tmp}/report.json"))
failed = 0
def check(ok, what, detail=""):
    global failed
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failed += 1
        print(detail)

# psql's report of each refused statement: the line its text ends on, the error, the text.
refused, current = [], None
for line in open(f"{tmp}/server.log", encoding="utf-8"):
    m = re.match(r"psql:(.*?):(\d+): (ERROR|STATEMENT):  (.*)", line.rstrip("\n"))
    if m and m.group(3) == "ERROR":
        current = {"file": m.group(1), "end_line": int(m.group(2)), "message": m.group(4), "statement": None}
        refused.append(current)
    elif m:
        current["statement"] = m.group(4)
    elif current is not None and current["statement"] is not None:
        current["statement"] += "\n" + line.rstrip("\n")

def statement_at(failure):
    """The predicted statement's text from its place, and the line it ends on."""
    lines = open(failure["file"], encoding="utf-8").read().split("\n")
    text = "\n".join([lines[failure["line"] - 1][failure["column"] - 1:]] + lines[failure["line"]:])
    return text

def kind(message):
    for phrase in ("already exists", "does not exist", "cannot", "must be"):
        if phrase in message:
            return phrase
    return message

predicted = report["dry_run"]["failures"]
pairs, unmatched = [], list(refused)
for failure in predicted:
    text = statement_at(failure)
    match = None
    for server in unmatched:
        if server["file"].endswith(failure["file"]) and server["statement"] and text.startswith(server["statement"]):
            end = failure["line"] + server["statement"].count("\n")
            if end == server["end_line"]:
                match = server
                break
    if match:
        unmatched.remove(match)
        pairs.append((failure, match))
    else:
        check(False, f"predicted failure not refused by PostgreSQL: {failure['file']}:{failure['line']}: {failure['message']}")
for server in unmatched:
    check(False, f"PostgreSQL refused a statement the dry run did not predict: {server['file']}:{server['end_line']}: {server['message']}",
          server["statement"])
for failure, server in pairs:
    check(kind(failure["message"]) == kind(server["message"]),
          f"{failure['file']}:{failure['line']}: pgdrift '{failure['message']}' / PostgreSQL '{server['message']}'")
check(len(predicted) == len(refused) and len(pairs) == len(refused),
      f"the dry run predicts the {len(refused)} statements PostgreSQL refuses")

def items(changes):
    return sorted(json.dumps({k: c[k] for k in ("kind", "id", "change", "details")}, sort_keys=True) for c in changes)

def same(name, ours, server):
    a, b = items(ours), items(server)
    check(a == b, f"{name}: {len(a)} items, as the server's schema says",
          "only pgdrift: " + "\n".join(sorted(set(a) - set(b))) + "\nonly server: " + "\n".join(sorted(set(b) - set(a))))

same("the dry run's remaining differences", report["dry_run"]["remaining"],
     json.load(open(f"{tmp}/server-remaining.json"))["changes"])
same("production's drift", report["drift"]["old"], json.load(open(f"{tmp}/server-drift-old.json"))["changes"])
same("staging's drift", report["drift"]["new"], json.load(open(f"{tmp}/server-drift-new.json"))["changes"])
sys.exit(1 if failed else 0)
PY
