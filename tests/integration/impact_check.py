"""Loads each side's views and functions into the other side's database and compares what fails
with the users the impact list says break (see impact_matches_server.sh).
usage: impact_check.py PSQL OLD_DB NEW_DB DIFF_JSON"""
import json
import subprocess
import sys

psql, old_db, new_db, diff_json = sys.argv[1:5]

USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'impact_check') AND n.nspname NOT LIKE 'pg_toast%'"
NOT_EXTENSION_MEMBER = "NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = {oid} AND d.deptype = 'e')"


def run(db, sql):
    return subprocess.run([psql, "-qXAt", "-v", "ON_ERROR_STOP=1", "-d", db], input=sql, capture_output=True, text=True)


def query_json(db, sql):
    result = run(db, sql)
    if result.returncode != 0:
        sys.exit("SETUP ERROR: " + result.stderr)
    return json.loads(result.stdout.strip() or "[]")


def views(db):
    # With an empty search_path the definitions name every relation with its schema.
    return query_json(db, f"""SET search_path = '';
      SELECT coalesce(json_agg(json_build_object('id', quote_ident(n.nspname) || '.' || quote_ident(c.relname),
        'kind', CASE c.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END,
        'definition', pg_get_viewdef(c.oid))), '[]')
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND {USER_SCHEMAS} AND {NOT_EXTENSION_MEMBER.format(oid='c.oid')}""")


def functions(db):
    return query_json(db, f"""
      SELECT coalesce(json_agg(json_build_object(
        'id', quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || oidvectortypes(p.proargtypes) || ')',
        'kind', CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
        'language', l.lanname, 'definition', pg_get_functiondef(p.oid),
        'trigger_tables', (SELECT coalesce(json_agg(DISTINCT t.tgrelid::regclass::text), '[]') FROM pg_trigger t
                           WHERE t.tgfoid = p.oid AND NOT t.tgisinternal))), '[]')
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE p.prokind IN ('f', 'p') AND l.lanname IN ('sql', 'plpgsql') AND {USER_SCHEMAS}
        AND {NOT_EXTENSION_MEMBER.format(oid='p.oid')}""")


def quoted(text):
    return "'" + text.replace("'", "''") + "'"


def view_fails(db, view):
    materialized = view["kind"] == "materialized_view"
    definition = view["definition"].rstrip().rstrip(";")
    sql = "BEGIN;\nCREATE {}VIEW impact_check.loaded AS {}{};\nROLLBACK;\n".format(
        "MATERIALIZED " if materialized else "", definition, " WITH NO DATA" if materialized else "")
    result = run(db, sql)
    return result.stderr.strip() if result.returncode != 0 else None


def existing_tables(db, tables):
    if not tables:
        return []
    found = query_json(db, "SELECT coalesce(json_agg(t), '[]') FROM unnest(ARRAY[{}]) t WHERE to_regclass(t) IS NOT NULL"
                       .format(", ".join(quoted(t) for t in tables)))
    return found


def plpgsql_errors(db, function):
    """The errors plpgsql_check finds in the function as it stands in db, one set per check."""
    signature = quoted(function["id"]) + "::regprocedure"
    checks = []
    if function["trigger_tables"]:
        checks = [f"{signature}, {quoted(table)}::regclass" for table in existing_tables(db, function["trigger_tables"])]
    elif "RETURNS trigger" not in function["definition"]:
        checks = [signature]
    return " UNION ".join(f"SELECT message FROM impact_check.plpgsql_check_function_tb({check}) WHERE level = 'error'"
                          for check in checks)


def function_fails(db, own_db, function):
    own_errors = set()
    if function["language"] == "plpgsql":
        check = plpgsql_errors(own_db, function)
        if check:
            result = run(own_db, check + ";")
            own_errors = set(result.stdout.split("\n")) - {""}
    sql = "BEGIN;\nSET LOCAL check_function_bodies = on;\n"
    sql += f"DROP {function['kind'].upper()} IF EXISTS {function['id']} CASCADE;\n"
    sql += function["definition"] + ";\n"
    if function["language"] == "plpgsql":
        check = plpgsql_errors(db, function)
        if check:
            sql += check + ";\n"
    sql += "ROLLBACK;\n"
    result = run(db, sql)
    if result.returncode != 0:
        return result.stderr.strip()
    errors = set(result.stdout.split("\n")) - {""} - own_errors
    return "plpgsql_check: " + "; ".join(sorted(errors)) if errors else None


report = json.load(open(diff_json))
predicted = {(use["side"], use["kind"], use["id"]) for entry in report["impact"] for use in entry["used_by"] if use["breaks"]}
mismatches = []
checked = 0
for side, own_db, other_db in (("old", old_db, new_db), ("new", new_db, old_db)):
    for view in views(own_db):
        key = (side, view["kind"], view["id"])
        error = view_fails(other_db, view)
        checked += 1
        if bool(error) != (key in predicted):
            mismatches.append((key, error))
    for function in functions(own_db):
        key = (side, function["kind"], function["id"])
        error = function_fails(other_db, own_db, function)
        checked += 1
        if bool(error) != (key in predicted):
            mismatches.append((key, error))

for (side, kind, id), error in mismatches:
    if error:
        print(f"FAIL: {old_db}/{new_db}: {side}'s {kind} {id} fails on the other side, not predicted: {error}")
    else:
        print(f"FAIL: {old_db}/{new_db}: {side}'s {kind} {id} is predicted to break but loads on the other side")
breaking = sum(1 for (side, kind, id) in predicted if kind in ("view", "materialized_view", "function", "procedure"))
print(f"{old_db}/{new_db}: {checked} views and functions loaded on the other side, {breaking} predicted to fail, "
      f"{len(mismatches)} mismatches")
sys.exit(1 if mismatches else 0)
