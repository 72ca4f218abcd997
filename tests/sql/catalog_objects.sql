-- pgdrift test oracle: every user object of the current database, read from
-- the live PostgreSQL (15) catalog, one line per object:
--
--     KIND<TAB>ID
--
-- in exactly the form `pgdrift inspect --list --format text` prints.
-- Run as:   psql -XAt -F ' ' -f tests/sql/catalog_objects.sql DBNAME
-- The rules (which objects, how ids are spelled) are in tests/integration/README.md.
-- This file deliberately does not look at pg_dump output: it is an
-- independent view of what the server actually built.

\set ON_ERROR_STOP on
\set QUIET on
-- format_type() qualifies every type that is not visible on the search_path;
-- with only pg_catalog on it, built-in types print bare (integer, text[],
-- character varying) and all other types print as schema.type.
SET search_path = pg_catalog;

WITH
-- schemas whose contents we look at (public included; it is only left out as
-- a schema object of its own below)
user_ns AS (
    SELECT n.oid, n.nspname
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%'
      AND n.nspname NOT LIKE 'pg\_temp%'
),
-- objects that are members of an extension (left out; the extension is listed)
ext_member AS (
    SELECT d.classid, d.objid
    FROM pg_depend d
    WHERE d.deptype = 'e'
),
-- relations (tables, views, matviews, sequences, composite-type relations,
-- indexes) in user schemas that are not extension members
rel AS (
    SELECT c.oid, c.relname, c.relkind, n.nspname,
           quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qname
    FROM pg_class c
    JOIN user_ns n ON n.oid = c.relnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
),
-- tables in the pgdrift sense: ordinary, partitioned and foreign tables
-- (partitions, inheritance children and typed tables are all ordinary tables)
tbl AS (
    SELECT * FROM rel WHERE relkind IN ('r', 'p', 'f')
),
objects(kind, id) AS (

    -- schema: every user schema except public
    SELECT 'schema', quote_ident(n.nspname)
    FROM user_ns n
    WHERE n.nspname <> 'public'
      AND NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid)

    UNION ALL
    -- extension: all but plpgsql (pg_dump 15 does not dump the built-in one)
    SELECT 'extension', quote_ident(x.extname)
    FROM pg_extension x
    WHERE x.extname <> 'plpgsql'

    UNION ALL
    -- table / view / materialized_view / sequence (sequences include the
    -- implicit ones of serial and identity columns)
    SELECT CASE r.relkind
               WHEN 'r' THEN 'table'
               WHEN 'p' THEN 'table'
               WHEN 'f' THEN 'table'
               WHEN 'v' THEN 'view'
               WHEN 'm' THEN 'materialized_view'
               WHEN 'S' THEN 'sequence'
           END,
           r.qname
    FROM rel r
    WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')

    UNION ALL
    -- column: live user columns of tables only (not views, matviews or
    -- composite types).  Columns a table gets from INHERITS or OF type are
    -- real columns of that table and are listed too.
    SELECT 'column', t.qname || '.' || quote_ident(a.attname)
    FROM tbl t
    JOIN pg_attribute a ON a.attrelid = t.oid
    WHERE a.attnum > 0
      AND NOT a.attisdropped

    UNION ALL
    -- constraint (table): PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK, EXCLUDE.
    -- contype 't' (CREATE CONSTRAINT TRIGGER) is listed as a trigger instead;
    -- NOT NULL is a column property in PG15 and never appears in pg_constraint.
    -- Constraints a partition or inheritance child got from its parent are
    -- real constraints of the child and are listed too.  A foreign key that
    -- references a partitioned table gets hidden per-partition copies on the
    -- same table (r_pid_fkey1, ...); pg_dump does not print them and neither
    -- does pgdrift, so they are left out (parent constraint on the same table).
    SELECT 'constraint', t.qname || '.' || quote_ident(con.conname)
    FROM pg_constraint con
    JOIN tbl t ON t.oid = con.conrelid
    WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint parent
                      WHERE parent.oid = con.conparentid AND parent.conrelid = con.conrelid)

    UNION ALL
    -- constraint (domain): CHECK constraints of domains, id schema.domain.name
    SELECT 'constraint',
           quote_ident(n.nspname) || '.' || quote_ident(ty.typname) || '.' || quote_ident(con.conname)
    FROM pg_constraint con
    JOIN pg_type ty ON ty.oid = con.contypid
    JOIN user_ns n ON n.oid = ty.typnamespace
    WHERE con.contypid <> 0
      AND con.contype = 'c'
      AND NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_type'::regclass AND e.objid = ty.oid)

    UNION ALL
    -- index: on tables and materialized views, named under its table, except
    -- indexes that implement a PRIMARY KEY / UNIQUE / EXCLUDE constraint
    -- (those are listed as the constraint).  Partitioned indexes and the
    -- per-partition indexes attached to them are indexes.  Invalid indexes
    -- (a failed CREATE INDEX CONCURRENTLY) are not dumped and not listed.
    SELECT 'index', t.qname || '.' || quote_ident(ic.relname)
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN rel t ON t.oid = i.indrelid AND t.relkind IN ('r', 'p', 'f', 'm')
    WHERE i.indisvalid
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                      WHERE con.conindid = i.indexrelid
                        AND con.conrelid = i.indrelid
                        AND con.contype IN ('p', 'u', 'x'))
      AND NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_class'::regclass AND e.objid = i.indexrelid)

    UNION ALL
    -- trigger: user triggers (incl. constraint triggers and the row triggers
    -- PG15 clones onto partitions, which are not tgisinternal); the internal
    -- RI_ConstraintTrigger_* of foreign keys are tgisinternal and left out
    SELECT 'trigger', t.qname || '.' || quote_ident(tg.tgname)
    FROM pg_trigger tg
    JOIN rel t ON t.oid = tg.tgrelid
    WHERE NOT tg.tgisinternal

    UNION ALL
    -- policy (row level security), named under its table
    SELECT 'policy', t.qname || '.' || quote_ident(pol.polname)
    FROM pg_policy pol
    JOIN rel t ON t.oid = pol.polrelid

    UNION ALL
    -- event_trigger
    SELECT 'event_trigger', quote_ident(et.evtname)
    FROM pg_event_trigger et
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_event_trigger'::regclass AND e.objid = et.oid)

    UNION ALL
    -- publication
    SELECT 'publication', quote_ident(pub.pubname)
    FROM pg_publication pub
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_publication'::regclass AND e.objid = pub.oid)

    UNION ALL
    -- enum / composite_type / domain / range_type.  Array types (typtype 'b'),
    -- multirange types ('m') and the row types of tables/views are not objects.
    SELECT CASE ty.typtype
               WHEN 'e' THEN 'enum'
               WHEN 'c' THEN 'composite_type'
               WHEN 'd' THEN 'domain'
               WHEN 'r' THEN 'range_type'
           END,
           quote_ident(n.nspname) || '.' || quote_ident(ty.typname)
    FROM pg_type ty
    JOIN user_ns n ON n.oid = ty.typnamespace
    WHERE (ty.typtype IN ('e', 'd', 'r')
           OR (ty.typtype = 'c'
               AND EXISTS (SELECT 1 FROM pg_class c
                           WHERE c.oid = ty.typrelid AND c.relkind = 'c')))
      AND NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_type'::regclass AND e.objid = ty.oid)

    UNION ALL
    -- function / procedure / aggregate: schema.name(input arg types).
    -- proargtypes holds exactly the input arguments (IN, INOUT, VARIADIC; not
    -- OUT, not RETURNS TABLE columns), also for procedures.  Functions with an
    -- internal dependency (the constructors PostgreSQL makes for range and
    -- multirange types) are not user objects.
    SELECT CASE p.prokind
               WHEN 'p' THEN 'procedure'
               WHEN 'a' THEN 'aggregate'
               ELSE 'function'          -- 'f', and 'w' (window functions)
           END,
           quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' ||
           CASE
               WHEN p.prokind = 'a' AND p.pronargs = 0 THEN '*'
               ELSE coalesce((SELECT string_agg(format_type(arg.typ, NULL), ', ' ORDER BY arg.pos)
                              FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS arg(typ, pos)),
                             '')
           END || ')'
    FROM pg_proc p
    JOIN user_ns n ON n.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                        AND d.deptype = 'i')
)
SELECT kind || E'\t' || id
FROM objects
ORDER BY kind COLLATE "C", id COLLATE "C";
