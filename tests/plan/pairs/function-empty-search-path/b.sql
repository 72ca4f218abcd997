-- B: the settings added, removed or changed with ALTER FUNCTION, bodies untouched.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO '' AS $$
BEGIN
  RETURN NEW;
END $$;
CREATE FUNCTION public.hardened(p integer) RETURNS integer LANGUAGE sql
    SET search_path = '' AS $$ SELECT p $$;
CREATE FUNCTION public.tuned() RETURNS integer LANGUAGE sql
    SET work_mem = '64MB' AS $$ SELECT 1 $$;
