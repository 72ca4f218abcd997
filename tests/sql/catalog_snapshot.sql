-- pgdrift test oracle: a deterministic text snapshot of the user schema of the
-- current database, read only from the live PostgreSQL (15) catalog and its
-- pg_get_*def functions (never from pg_dump output, never through pgdrift).
--
--   psql -XAt -v ON_ERROR_STOP=1 -d DB -f tests/sql/catalog_snapshot.sql > DB.snapshot
--
-- Two databases whose snapshots are byte-identical have the same user schema,
-- column order aside.  One fact per object, one line per fact, in a fixed
-- order (COLLATE "C"); long definitions (functions, views) are split into one
-- line per source line under the object's key, so `diff -u` shows the change.
--
-- Rules:
--  * user schema = every namespace except pg_catalog, information_schema,
--    pg_toast*, pg_temp*; objects that belong to an extension (pg_depend
--    deptype 'e') are left out (the extension itself is listed).
--  * no OID is ever printed; objects are keyed by qualified name (columns and
--    constraints by table + name, never by attnum, so column order is ignored;
--    composite type attributes keep their order: it is part of the type).
--  * search_path is pg_catalog only, so format_type(), regprocedure,
--    pg_describe_object() and the pg_get_*def functions qualify every user
--    name.
--  * ACLs print as the sorted list of their items, NULL ACLs as the default
--    ACL they stand for (acldefault), so a GRANT undone by a REVOKE compares
--    equal to never granted.
--  * one spelling for varchar IN-lists (see the end): PostgreSQL reads its own
--    deparsed form back as a different tree, so pg_dump cannot carry it exactly;
--    and string literals cast to varchar or bpchar print as cast to text: which
--    one PostgreSQL stored depends on the column's history, not on meaning.
--  * not compared: column order, statistics and data (sequence values,
--    whether a materialized view is populated), tablespaces, OID-valued
--    internals.

\set ON_ERROR_STOP on
\set QUIET on
\pset pager off
SET search_path = pg_catalog;
SET client_min_messages = warning;

WITH
ns AS (
    SELECT n.oid, n.nspname
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%'
      AND n.nspname NOT LIKE 'pg\_temp%'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.deptype = 'e'
                      AND d.classid = 'pg_namespace'::regclass AND d.objid = n.oid)
),
ext_member AS (
    SELECT d.classid, d.objid FROM pg_depend d WHERE d.deptype = 'e'
),
rel AS (
    SELECT c.*, n.nspname,
           quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qname
    FROM pg_class c
    JOIN ns n ON n.oid = c.relnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
),
fn AS (
    SELECT p.*, n.nspname,
           quote_ident(n.nspname) || '.' || quote_ident(p.proname)
               || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS sig
    FROM pg_proc p
    JOIN ns n ON n.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
      -- constructors PostgreSQL makes for range/multirange types
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid AND d.deptype = 'i')
),
typ AS (
    SELECT t.*, n.nspname,
           quote_ident(n.nspname) || '.' || quote_ident(t.typname) AS qname
    FROM pg_type t
    JOIN ns n ON n.oid = t.typnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
),
facts(key, seq, line) AS (

    -- schemas -----------------------------------------------------------------
    SELECT 'schema ' || quote_ident(n.nspname), 0,
           format('owner=%s acl=%s', pg_get_userbyid(n.nspowner),
                  (SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '')
                   FROM unnest(coalesce(n.nspacl, acldefault('n', n.nspowner))) x))
    FROM pg_namespace n JOIN ns ON ns.oid = n.oid

    -- extensions ----------------------------------------------------------------
    UNION ALL
    -- (no version: pg_dump does not carry it, CREATE EXTENSION without VERSION
    -- installs the default one)
    SELECT 'extension ' || quote_ident(x.extname), 0,
           format('schema=%s owner=%s', quote_ident(n.nspname), pg_get_userbyid(x.extowner))
    FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
    WHERE x.extname <> 'plpgsql'

    -- what was granted or revoked on an extension's objects since the extension made
    -- them (their ACL against pg_init_privs, as sets of what they stand for), which
    -- pg_dump writes -------------------------------------------------------------------
    UNION ALL
    SELECT 'extension member ' || pg_describe_object(e.classid, e.objid, 0), 0,
           'acl=' || (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(coalesce(m.acl, m.builtin)) x)
    FROM ext_member e
    JOIN LATERAL (SELECT p.proacl AS acl, acldefault('f', p.proowner) AS builtin
                  FROM pg_proc p WHERE e.classid = 'pg_proc'::regclass AND p.oid = e.objid
                  UNION ALL
                  SELECT c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's'::"char" ELSE 'r'::"char" END, c.relowner)
                  FROM pg_class c WHERE e.classid = 'pg_class'::regclass AND c.oid = e.objid) m ON true
    LEFT JOIN pg_init_privs i ON i.classoid = e.classid AND i.objoid = e.objid AND i.objsubid = 0
    WHERE (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(coalesce(m.acl, m.builtin)) x)
          IS DISTINCT FROM (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(coalesce(i.initprivs, m.builtin)) x)

    -- relations: tables, partitioned, foreign, views, matviews, sequences --------
    UNION ALL
    SELECT CASE r.relkind WHEN 'r' THEN 'table ' WHEN 'p' THEN 'table ' WHEN 'f' THEN 'table '
                          WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized_view '
                          WHEN 'S' THEN 'sequence ' END || r.qname, 0,
           format('kind=%s persistence=%s rls=%s force_rls=%s replident=%s options=%s owner=%s acl=%s%s%s%s%s',
                  r.relkind, r.relpersistence, r.relrowsecurity, r.relforcerowsecurity,
                  r.relreplident,
                  (SELECT coalesce(string_agg(o, ',' ORDER BY o), '') FROM unnest(r.reloptions) o),
                  pg_get_userbyid(r.relowner),
                  (SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '')
                   FROM unnest(coalesce(r.relacl, acldefault(CASE WHEN r.relkind = 'S' THEN 's'::"char" ELSE 'r'::"char" END,
                                                             r.relowner))) x),
                  CASE WHEN r.relkind = 'p' THEN ' partkey=' || pg_get_partkeydef(r.oid) ELSE '' END,
                  CASE WHEN r.relispartition THEN ' partof=' ||
                       (SELECT string_agg(quote_ident(pn.nspname) || '.' || quote_ident(pc.relname), ',')
                        FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                        JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = r.oid)
                       || ' ' || pg_get_expr(r.relpartbound, r.oid)
                       WHEN EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = r.oid) THEN ' inherits=' ||
                       (SELECT string_agg(quote_ident(pn.nspname) || '.' || quote_ident(pc.relname), ','
                                          ORDER BY pn.nspname COLLATE "C", pc.relname COLLATE "C")
                        FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                        JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = r.oid)
                       ELSE '' END,
                  CASE WHEN r.reloftype <> 0 THEN ' of=' || format_type(r.reloftype, NULL) ELSE '' END,
                  CASE WHEN r.relkind = 'f' THEN
                       (SELECT ' server=' || quote_ident(s.srvname) || ' ftoptions='
                               || coalesce(array_to_string(ft.ftoptions, ','), '')
                        FROM pg_foreign_table ft JOIN pg_foreign_server s ON s.oid = ft.ftserver
                        WHERE ft.ftrelid = r.oid) ELSE '' END)
    FROM rel r
    WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')

    -- columns of tables, views and matviews (by name; attnum is never shown) ----
    UNION ALL
    SELECT 'column ' || r.qname || '.' || quote_ident(a.attname), 0,
           format('type=%s notnull=%s default=%s identity=%s generated=%s collation=%s%s%s%s acl=%s',
                  format_type(a.atttypid, a.atttypmod), a.attnotnull,
                  coalesce(pg_get_expr(ad.adbin, ad.adrelid), ''),
                  a.attidentity, a.attgenerated,
                  CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
                       (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                        FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                        WHERE co.oid = a.attcollation)
                       ELSE '' END,
                  CASE WHEN a.attstattarget >= 0 THEN ' statistics=' || a.attstattarget ELSE '' END,
                  CASE WHEN a.attstorage <> t.typstorage THEN ' storage=' || a.attstorage::text ELSE '' END,
                  CASE WHEN a.attcompression <> '' THEN ' compression=' || a.attcompression::text ELSE '' END,
                  (SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '')
                   FROM unnest(a.attacl) x))
    FROM rel r
    JOIN pg_attribute a ON a.attrelid = r.oid
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm')
      AND a.attnum > 0 AND NOT a.attisdropped

    -- table constraints (by table + name) ---------------------------------------
    UNION ALL
    SELECT 'constraint ' || r.qname || '.' || quote_ident(con.conname), 0,
           format('type=%s validated=%s local=%s def=%s%s',
                  con.contype, con.convalidated, con.conislocal,
                  pg_get_constraintdef(con.oid),
                  -- NO INHERIT means something for CHECKs only (PG15 sets it on
                  -- partitions' keys in ways pg_dump does not reproduce)
                  CASE WHEN con.contype = 'c' THEN ' noinherit=' || con.connoinherit ELSE '' END)
    FROM pg_constraint con JOIN rel r ON r.oid = con.conrelid

    -- indexes (all of them, also those behind PRIMARY KEY / UNIQUE) -------------
    UNION ALL
    SELECT 'index ' || quote_ident(r.nspname) || '.' || quote_ident(ic.relname), 0,
           format('valid=%s clustered=%s replident=%s def=%s attached_to=%s',
                  i.indisvalid, i.indisclustered, i.indisreplident, pg_get_indexdef(i.indexrelid),
                  -- the partitioned index a partition's index is attached to
                  (SELECT quote_ident(pn.nspname) || '.' || quote_ident(pc.relname)
                   FROM pg_inherits pi
                   JOIN pg_class pc ON pc.oid = pi.inhparent
                   JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                   WHERE pi.inhrelid = i.indexrelid))
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN rel r ON r.oid = i.indrelid
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_class'::regclass AND e.objid = i.indexrelid)

    -- view and materialized view queries, one line per line --------------------
    UNION ALL
    SELECT CASE r.relkind WHEN 'v' THEN 'view ' ELSE 'materialized_view ' END || r.qname || ' query', l.n::int,
           l.line
    FROM rel r,
         LATERAL regexp_split_to_table(pg_get_viewdef(r.oid), E'\n') WITH ORDINALITY AS l(line, n)
    WHERE r.relkind IN ('v', 'm')

    -- rules other than the _RETURN rules of views ------------------------------
    UNION ALL
    SELECT 'rule ' || r.qname || '.' || quote_ident(rw.rulename), 0,
           format('enabled=%s def=%s', rw.ev_enabled, pg_get_ruledef(rw.oid))
    FROM pg_rewrite rw JOIN rel r ON r.oid = rw.ev_class
    WHERE rw.rulename <> '_RETURN'

    -- sequences: parameters and ownership --------------------------------------
    UNION ALL
    SELECT 'sequence ' || r.qname || ' params', 0,
           format('type=%s start=%s increment=%s min=%s max=%s cache=%s cycle=%s owned_by=%s',
                  format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
                  s.seqcache, s.seqcycle,
                  coalesce((SELECT string_agg(quote_ident(tn.nspname) || '.' || quote_ident(tc.relname)
                                              || '.' || quote_ident(ta.attname) || ' (' || d.deptype::text || ')', ',')
                            FROM pg_depend d
                            JOIN pg_class tc ON tc.oid = d.refobjid
                            JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                            JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
                            WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
                              AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                              AND d.refobjsubid > 0), ''))
    FROM pg_sequence s JOIN rel r ON r.oid = s.seqrelid

    -- functions, procedures, window functions: full definition, line by line ---
    UNION ALL
    SELECT CASE f.prokind WHEN 'p' THEN 'procedure ' WHEN 'a' THEN 'aggregate ' ELSE 'function ' END
           || f.sig, 0,
           format('kind=%s owner=%s acl=%s', f.prokind, pg_get_userbyid(f.proowner),
                  (SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '')
                   FROM unnest(coalesce(f.proacl, acldefault('f', f.proowner))) x))
    FROM fn f
    UNION ALL
    SELECT CASE f.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || f.sig || ' def', l.n::int,
           l.line
    FROM fn f,
         LATERAL regexp_split_to_table(pg_get_functiondef(f.oid), E'\n') WITH ORDINALITY AS l(line, n)
    WHERE f.prokind IN ('f', 'p', 'w')

    -- aggregates ------------------------------------------------------------------
    UNION ALL
    SELECT 'aggregate ' || f.sig || ' def', 0,
           format('args=%s transfn=%s stype=%s finalfn=%s combinefn=%s initval=%s sortop=%s kind=%s parallel=%s',
                  pg_get_function_arguments(f.oid), ag.aggtransfn::regprocedure,
                  format_type(ag.aggtranstype, NULL),
                  CASE WHEN ag.aggfinalfn <> 0 THEN ag.aggfinalfn::regprocedure::text ELSE '' END,
                  CASE WHEN ag.aggcombinefn <> 0 THEN ag.aggcombinefn::regprocedure::text ELSE '' END,
                  coalesce(ag.agginitval, '<null>'),
                  CASE WHEN ag.aggsortop <> 0 THEN ag.aggsortop::regoperator::text ELSE '' END,
                  ag.aggkind, f.proparallel)
    FROM fn f JOIN pg_aggregate ag ON ag.aggfnoid = f.oid

    -- triggers --------------------------------------------------------------------
    UNION ALL
    SELECT 'trigger ' || r.qname || '.' || quote_ident(tg.tgname), 0,
           format('enabled=%s def=%s', tg.tgenabled, pg_get_triggerdef(tg.oid))
    FROM pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid
    WHERE NOT tg.tgisinternal

    -- row level security policies --------------------------------------------------
    UNION ALL
    SELECT 'policy ' || r.qname || '.' || quote_ident(pol.polname), 0,
           format('permissive=%s cmd=%s roles=%s using=%s with_check=%s',
                  pol.polpermissive, pol.polcmd,
                  (SELECT string_agg(CASE WHEN ro = 0 THEN 'public' ELSE quote_ident(pg_get_userbyid(ro)) END,
                                     ',' ORDER BY CASE WHEN ro = 0 THEN 'public' ELSE pg_get_userbyid(ro)::text END
                                     COLLATE "C")
                   FROM unnest(pol.polroles) ro),
                  coalesce(pg_get_expr(pol.polqual, pol.polrelid), '<none>'),
                  coalesce(pg_get_expr(pol.polwithcheck, pol.polrelid), '<none>'))
    FROM pg_policy pol JOIN rel r ON r.oid = pol.polrelid

    -- extended statistics -----------------------------------------------------------
    UNION ALL
    SELECT 'statistics ' || quote_ident(n.nspname) || '.' || quote_ident(st.stxname), 0,
           format('owner=%s target=%s def=%s', pg_get_userbyid(st.stxowner), st.stxstattarget,
                  pg_get_statisticsobjdef(st.oid))
    FROM pg_statistic_ext st JOIN ns n ON n.oid = st.stxnamespace

    -- types: enums (labels in sort order), domains, composites, ranges ------------
    UNION ALL
    SELECT CASE t.typtype WHEN 'e' THEN 'enum ' WHEN 'd' THEN 'domain ' WHEN 'c' THEN 'composite_type '
                          WHEN 'r' THEN 'range_type ' END || t.qname, 0,
           format('owner=%s acl=%s', pg_get_userbyid(t.typowner),
                  (SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '')
                   FROM unnest(coalesce(t.typacl, acldefault('T', t.typowner))) x))
    FROM typ t
    WHERE t.typtype IN ('e', 'd', 'r')
       OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
    UNION ALL
    SELECT 'enum ' || t.qname || ' labels', 0,
           (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
            FROM pg_enum e WHERE e.enumtypid = t.oid)
    FROM typ t WHERE t.typtype = 'e'
    UNION ALL
    SELECT 'domain ' || t.qname || ' def', 0,
           format('base=%s notnull=%s default=%s collation=%s',
                  format_type(t.typbasetype, t.typtypmod), t.typnotnull, coalesce(t.typdefault, '<none>'),
                  CASE WHEN t.typcollation <> 0 AND t.typcollation <>
                            (SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = t.typbasetype) THEN
                       (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                        FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                        WHERE co.oid = t.typcollation)
                       ELSE '' END)
    FROM typ t WHERE t.typtype = 'd'
    UNION ALL
    SELECT 'domain ' || t.qname || ' constraint ' || quote_ident(con.conname), 0,
           format('validated=%s def=%s', con.convalidated, pg_get_constraintdef(con.oid))
    FROM typ t JOIN pg_constraint con ON con.contypid = t.oid
    UNION ALL
    SELECT 'composite_type ' || t.qname || ' attributes', 0,
           (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                              || CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN
                                      ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END,
                              ', ' ORDER BY a.attnum)
            FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
            WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
    FROM typ t JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
    WHERE t.typtype = 'c'
    UNION ALL
    SELECT 'range_type ' || t.qname || ' def', 0,
           format('subtype=%s opclass=%s collation=%s canonical=%s subdiff=%s multirange=%s',
                  format_type(rg.rngsubtype, NULL), rg.rngsubopc::regclass, rg.rngcollation,
                  rg.rngcanonical::regproc, rg.rngsubdiff::regproc, format_type(rg.rngmultitypid, NULL))
    FROM typ t JOIN pg_range rg ON rg.rngtypid = t.oid

    -- operators: keyed by name and argument types (overloads share a name) ----------------
    UNION ALL
    SELECT 'operator ' || o.oid::regoperator::text, 0,
           format('result=%s function=%s commutator=%s negator=%s restrict=%s join=%s hashes=%s merges=%s owner=%s',
                  format_type(o.oprresult, NULL), o.oprcode::regprocedure, o.oprcom::regoperator,
                  o.oprnegate::regoperator, o.oprrest::regproc, o.oprjoin::regproc, o.oprcanhash,
                  o.oprcanmerge, pg_get_userbyid(o.oprowner))
    FROM pg_operator o JOIN ns n ON n.oid = o.oprnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_operator'::regclass AND e.objid = o.oid)

    -- casts: keyed by source and target (only those made after initdb) -----------------------
    UNION ALL
    SELECT 'cast (' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')', 0,
           format('function=%s context=%s method=%s',
                  CASE WHEN c.castfunc = 0 THEN '-' ELSE c.castfunc::regprocedure::text END,
                  c.castcontext, c.castmethod)
    FROM pg_cast c
    WHERE c.oid >= 16384
      AND NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_cast'::regclass AND e.objid = c.oid)

    -- operator families and classes: keyed per access method; a family's members ------------
    UNION ALL
    SELECT 'opfamily ' || quote_ident(n.nspname) || '.' || quote_ident(f.opfname) || ' USING ' || am.amname, 0,
           'owner=' || pg_get_userbyid(f.opfowner)
    FROM pg_opfamily f JOIN ns n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_opfamily'::regclass AND e.objid = f.oid)
    UNION ALL
    SELECT 'opfamily ' || quote_ident(n.nspname) || '.' || quote_ident(f.opfname) || ' USING ' || am.amname
           || ' operator ' || ao.amopstrategy || ' ' || ao.amopopr::regoperator, 0,
           format('purpose=%s sortfamily=%s', ao.amoppurpose, ao.amopsortfamily)
    FROM pg_amop ao JOIN pg_opfamily f ON f.oid = ao.amopfamily
    JOIN ns n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
    -- an extension's family holds what its version says, which no dump names
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_opfamily'::regclass AND e.objid = f.oid)
    UNION ALL
    SELECT 'opfamily ' || quote_ident(n.nspname) || '.' || quote_ident(f.opfname) || ' USING ' || am.amname
           || ' function ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, NULL) || ', '
           || format_type(ap.amprocrighttype, NULL) || ')', 0, ap.amproc::regprocedure::text
    FROM pg_amproc ap JOIN pg_opfamily f ON f.oid = ap.amprocfamily
    JOIN ns n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_opfamily'::regclass AND e.objid = f.oid)
    UNION ALL
    SELECT 'opclass ' || quote_ident(n.nspname) || '.' || quote_ident(c.opcname) || ' USING ' || am.amname, 0,
           format('type=%s family=%s.%s default=%s storage=%s owner=%s', format_type(c.opcintype, NULL),
                  quote_ident(fn.nspname), quote_ident(f.opfname), c.opcdefault,
                  CASE WHEN c.opckeytype = 0 THEN '-' ELSE format_type(c.opckeytype, NULL) END,
                  pg_get_userbyid(c.opcowner))
    FROM pg_opclass c JOIN ns n ON n.oid = c.opcnamespace JOIN pg_am am ON am.oid = c.opcmethod
    JOIN pg_opfamily f ON f.oid = c.opcfamily JOIN pg_namespace fn ON fn.oid = f.opfnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_opclass'::regclass AND e.objid = c.oid)

    -- text search objects and conversions: keyed by schema and name ------------------------
    UNION ALL
    SELECT 'text_search_configuration ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname), 0,
           format('parser=%s owner=%s mappings=%s',
                  (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.prsname)
                   FROM pg_ts_parser p JOIN pg_namespace pn ON pn.oid = p.prsnamespace WHERE p.oid = c.cfgparser),
                  pg_get_userbyid(c.cfgowner),
                  coalesce((SELECT string_agg(m.maptokentype || ':' || m.mapseqno || ':' || m.mapdict::regdictionary,
                                              ',' ORDER BY m.maptokentype, m.mapseqno)
                            FROM pg_ts_config_map m WHERE m.mapcfg = c.oid), ''))
    FROM pg_ts_config c JOIN ns n ON n.oid = c.cfgnamespace
    UNION ALL
    SELECT 'text_search_dictionary ' || quote_ident(n.nspname) || '.' || quote_ident(d.dictname), 0,
           format('template=%s options=%s owner=%s',
                  (SELECT quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname)
                   FROM pg_ts_template t JOIN pg_namespace tn ON tn.oid = t.tmplnamespace WHERE t.oid = d.dicttemplate),
                  coalesce(d.dictinitoption, ''), pg_get_userbyid(d.dictowner))
    FROM pg_ts_dict d JOIN ns n ON n.oid = d.dictnamespace
    UNION ALL
    SELECT 'text_search_template ' || quote_ident(n.nspname) || '.' || quote_ident(t.tmplname), 0,
           format('init=%s lexize=%s', t.tmplinit::regproc, t.tmpllexize::regproc)
    FROM pg_ts_template t JOIN ns n ON n.oid = t.tmplnamespace
    UNION ALL
    SELECT 'text_search_parser ' || quote_ident(n.nspname) || '.' || quote_ident(p.prsname), 0,
           format('start=%s token=%s end=%s headline=%s lextype=%s', p.prsstart::regproc, p.prstoken::regproc,
                  p.prsend::regproc, p.prsheadline::regproc, p.prslextype::regproc)
    FROM pg_ts_parser p JOIN ns n ON n.oid = p.prsnamespace
    UNION ALL
    SELECT 'conversion ' || quote_ident(n.nspname) || '.' || quote_ident(c.conname), 0,
           format('from=%s to=%s function=%s default=%s owner=%s', pg_encoding_to_char(c.conforencoding),
                  pg_encoding_to_char(c.contoencoding), c.conproc::regprocedure, c.condefault,
                  pg_get_userbyid(c.conowner))
    FROM pg_conversion c JOIN ns n ON n.oid = c.connamespace

    -- collations --------------------------------------------------------------------
    UNION ALL
    SELECT 'collation ' || quote_ident(n.nspname) || '.' || quote_ident(co.collname), 0,
           format('provider=%s deterministic=%s collate=%s ctype=%s icu=%s owner=%s', co.collprovider,
                  co.collisdeterministic, co.collcollate, co.collctype, co.colliculocale,
                  pg_get_userbyid(co.collowner))
    FROM pg_collation co JOIN ns n ON n.oid = co.collnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_collation'::regclass AND e.objid = co.oid)

    -- default privileges ----------------------------------------------------------------
    UNION ALL
    SELECT 'default_acl ' || quote_ident(pg_get_userbyid(da.defaclrole)) || ' '
           || coalesce((SELECT quote_ident(n.nspname) FROM pg_namespace n WHERE n.oid = da.defaclnamespace),
                       '<global>') || ' ' || da.defaclobjtype::text, 0,
           (SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '') FROM unnest(da.defaclacl) x)
    FROM pg_default_acl da

    -- publications -------------------------------------------------------------------------
    UNION ALL
    SELECT 'publication ' || quote_ident(p.pubname), 0,
           format('owner=%s all_tables=%s insert=%s update=%s delete=%s truncate=%s via_root=%s',
                  pg_get_userbyid(p.pubowner), p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete,
                  p.pubtruncate, p.pubviaroot)
    FROM pg_publication p
    UNION ALL
    SELECT 'publication ' || quote_ident(p.pubname) || ' table ' || r.qname, 0,
           format('columns=%s where=%s',
                  coalesce((SELECT string_agg(quote_ident(a.attname), ',' ORDER BY a.attname COLLATE "C")
                            FROM unnest(pr.prattrs::int2[]) k JOIN pg_attribute a
                                 ON a.attrelid = pr.prrelid AND a.attnum = k), '<all>'),
                  coalesce(pg_get_expr(pr.prqual, pr.prrelid), '<none>'))
    FROM pg_publication_rel pr JOIN pg_publication p ON p.oid = pr.prpubid JOIN rel r ON r.oid = pr.prrelid
    UNION ALL
    SELECT 'publication ' || quote_ident(p.pubname) || ' schema ' || quote_ident(n.nspname), 0, ''
    FROM pg_publication_namespace pn JOIN pg_publication p ON p.oid = pn.pnpubid
    JOIN pg_namespace n ON n.oid = pn.pnnspid

    -- event triggers ------------------------------------------------------------------------
    UNION ALL
    SELECT 'event_trigger ' || quote_ident(et.evtname), 0,
           format('event=%s function=%s enabled=%s tags=%s owner=%s', et.evtevent,
                  et.evtfoid::regprocedure, et.evtenabled,
                  (SELECT coalesce(string_agg(tag, ',' ORDER BY tag COLLATE "C"), '') FROM unnest(et.evttags) tag),
                  pg_get_userbyid(et.evtowner))
    FROM pg_event_trigger et
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_event_trigger'::regclass AND e.objid = et.oid)

    -- foreign data wrappers and servers -------------------------------------------------------
    UNION ALL
    SELECT 'foreign_server ' || quote_ident(s.srvname), 0,
           format('fdw=%s type=%s version=%s options=%s owner=%s acl=%s', quote_ident(w.fdwname),
                  coalesce(s.srvtype, ''), coalesce(s.srvversion, ''),
                  coalesce(array_to_string(s.srvoptions, ','), ''), pg_get_userbyid(s.srvowner),
                  (SELECT coalesce(string_agg(x::text, ',' ORDER BY x::text), '')
                   FROM unnest(coalesce(s.srvacl, acldefault('S', s.srvowner))) x))
    FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
    WHERE NOT EXISTS (SELECT 1 FROM ext_member e
                      WHERE e.classid = 'pg_foreign_server'::regclass AND e.objid = s.oid)

    -- comments on every user object (pg_describe_object names them, never by OID) --------
    UNION ALL
    SELECT 'comment ' || pg_describe_object(d.classoid, d.objoid, d.objsubid), 0, d.description
    FROM pg_description d
    WHERE (d.objoid >= 16384 OR (d.classoid = 'pg_namespace'::regclass
                                 AND d.objoid IN (SELECT oid FROM ns)))
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = d.classoid AND e.objid = d.objoid)
      AND d.classoid <> 'pg_extension'::regclass
      AND coalesce((pg_identify_object(d.classoid, d.objoid, d.objsubid)).schema, '')
          NOT IN ('pg_catalog', 'information_schema')
)
SELECT regexp_replace(regexp_replace(
           -- one spelling for what PostgreSQL deparses two ways: a varchar IN-list
           -- reads back from its own pg_dump as ARRAY[('a'::varchar)::text, ...]
           -- instead of (ARRAY['a'::varchar, ...])::text[]; the same tree otherwise
           -- ... and a string literal's cast depends on history, not meaning: 'a'::text
           -- when the column was text and ALTERed to varchar later, 'a'::character
           -- varying when it was created varchar (also bpchar)
           regexp_replace(regexp_replace(regexp_replace(
               key || CASE WHEN seq > 0 THEN ' | ' ELSE ': ' END || coalesce(line, '<null>'),
               $re$\(('(?:[^']|'')*'::character varying)\)::text$re$, '\1', 'g'),
               $re$\((ARRAY\[[^]]*\])\)::text\[\]$re$, '\1', 'g'),
               $re$('(?:[^']|'')*')::(character varying|bpchar)\M$re$, '\1::text', 'g'),
           E'\\\\', E'\\\\\\\\', 'g'),
       E'\n', E'\\\\n', 'g')
FROM facts
ORDER BY key COLLATE "C", seq, line COLLATE "C";
