-- Settings as a security advisor asks for them: an empty search_path is a value, not the
-- absence of one. A: no settings, or a search_path the other side changes.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  RETURN NEW;
END $$;
CREATE FUNCTION public.hardened(p integer) RETURNS integer LANGUAGE sql
    SET search_path = pg_catalog, '' AS $$ SELECT p $$;
CREATE FUNCTION public.tuned() RETURNS integer LANGUAGE sql
    SET search_path TO '' SET work_mem = '64MB' AS $$ SELECT 1 $$;
