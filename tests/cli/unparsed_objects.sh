#!/usr/bin/env bash
# A statement PostgreSQL 15's grammar rejects (here a PostgreSQL 18 VIRTUAL generated column,
# as pg_dump 18 prints it) is one located error; the object it would have made is kept by
# name, so what the dump says of it later (owner, comments, keys, indexes, triggers, policies,
# grants, foreign keys to it, a view reading it) is no error or warning of its own.
# usage: tests/cli/unparsed_objects.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"

cat >"$tmp/pg18.sql" <<'SQL'
SET search_path = '';
CREATE TABLE public.language (
    language_id integer NOT NULL,
    name text NOT NULL
);
CREATE SEQUENCE public.item_item_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE public.item (
    item_id integer DEFAULT nextval('public.item_item_id_seq'::regclass) NOT NULL,
    language_id integer NOT NULL,
    price numeric(6,2) NOT NULL,
    price_with_tax numeric(6,2) GENERATED ALWAYS AS ((price * 1.2)) VIRTUAL
);
ALTER TABLE public.item OWNER TO postgres;
COMMENT ON TABLE public.item IS 'items';
COMMENT ON COLUMN public.item.price IS 'net';
ALTER SEQUENCE public.item_item_id_seq OWNED BY public.item.item_id;
CREATE VIEW public.cheap_items AS
 SELECT item.item_id, item.price FROM public.item WHERE (item.price < (10)::numeric);
ALTER TABLE ONLY public.language ADD CONSTRAINT language_pkey PRIMARY KEY (language_id);
ALTER TABLE ONLY public.item ADD CONSTRAINT item_pkey PRIMARY KEY (item_id);
CREATE TABLE public.item_tag (
    item_id integer NOT NULL,
    tag text NOT NULL
);
CREATE INDEX item_price_idx ON public.item USING btree (price);
COMMENT ON INDEX public.item_price_idx IS 'by price';
ALTER INDEX public.item_price_idx SET (fillfactor = 90);
CREATE TRIGGER item_touch BEFORE UPDATE ON public.item FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
COMMENT ON TRIGGER item_touch ON public.item IS 'touch';
ALTER TABLE public.item ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_read ON public.item FOR SELECT USING (true);
ALTER TABLE ONLY public.item ADD CONSTRAINT item_language_id_fkey FOREIGN KEY (language_id) REFERENCES public.language(language_id);
ALTER TABLE ONLY public.item_tag ADD CONSTRAINT item_tag_item_fkey FOREIGN KEY (item_id) REFERENCES public.item(item_id);
GRANT SELECT ON TABLE public.item TO PUBLIC;
GRANT SELECT(price) ON TABLE public.item TO PUBLIC;
REVOKE ALL ON TABLE public.item FROM postgres;
SQL

"$pgdrift" inspect "$tmp/pg18.sql" >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" = 2 ] && pass || fail "inspect of a dump with a PostgreSQL 18 column: exit $code, want 2"
[ "$(cat "$tmp/err")" = "$tmp/pg18.sql:11:69: error: syntax error at or near \"VIRTUAL\"" ] && pass ||
  fail "want exactly one located error, got:$(echo; sed 's/^/  /' "$tmp/err")"

"$pgdrift" inspect --keep-going --list "$tmp/pg18.sql" >"$tmp/list" 2>/dev/null
grep -qx $'unparsed_table\tpublic.item' "$tmp/list" && pass || fail "the table is not kept by name: $(cat "$tmp/list")"
grep -q "item_price_idx" "$tmp/list" && grep -qx $'table\tpublic.item_tag' "$tmp/list" && grep -qx $'view\tpublic.cheap_items' "$tmp/list" &&
  pass || fail "what follows the rejected statement is not read: $(cat "$tmp/list")"

"$pgdrift" inspect --format json "$tmp/pg18.sql" >"$tmp/inspect.json" 2>/dev/null
python3 - "$tmp/inspect.json" <<'PY' && pass || fail "inspect JSON: want one error and no warnings"
import json, sys
d = json.load(open(sys.argv[1]))
assert [(e["line"], e["column"]) for e in d["errors"]] == [(11, 69)], d["errors"]
assert d["warnings"] == [], d["warnings"]
assert d["counts"]["unparsed_table"] == 1
PY

# Itself: the same (exit 2 still says the input had an error; --keep-going compares anyway).
"$pgdrift" diff --keep-going "$tmp/pg18.sql" "$tmp/pg18.sql" >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" = 0 ] && pass || fail "self-diff with --keep-going: exit $code, want 0: $(cat "$tmp/out")"
[ "$(grep -c ': error:' "$tmp/err")" = 2 ] && pass || fail "self-diff: want one error per side: $(cat "$tmp/err")"

# The rejected statement's text is what is compared.
sed 's/price \* 1.2/price * 1.25/' "$tmp/pg18.sql" >"$tmp/pg18-b.sql"
"$pgdrift" diff --keep-going --format json "$tmp/pg18.sql" "$tmp/pg18-b.sql" >"$tmp/diff.json" 2>/dev/null
code=$?
[ "$code" = 1 ] && pass || fail "diff of two texts of the rejected statement: exit $code, want 1"
python3 - "$tmp/diff.json" <<'PY' && pass || fail "diff JSON: want one change of unparsed_table public.item"
import json, sys
d = json.load(open(sys.argv[1]))
assert [(c["kind"], c["id"], c["change"]) for c in d["changes"]] == [("unparsed_table", "public.item", "changed")], d["changes"]
assert [c["details"][0]["aspect"] for c in d["changes"]] == ["definition"]
assert len(d["errors"]) == 2 and all(e["line"] == 11 for e in d["errors"]), d["errors"]
PY

# A rejected statement that names no object is kept by its text, as before.
printf 'CREATE TABLE a (id int);\nALTER TABLE a SPLIT PARTITION p INTO (q);\n' >"$tmp/unnamed.sql"
"$pgdrift" inspect --keep-going --list "$tmp/unnamed.sql" >"$tmp/list" 2>"$tmp/err"
grep -q "^unparsed_statement	ALTER TABLE a SPLIT" "$tmp/list" && pass || fail "unnamed rejected statement: $(cat "$tmp/list")"

finish
