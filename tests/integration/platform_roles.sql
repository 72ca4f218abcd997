-- Roles the platform grounds (analyzer/platform/) assume: the roles a Supabase project's
-- cluster has. Roles are cluster-wide, so the grounds name them and do not create them; the
-- test creates them once per cluster (in database postgres). Idempotent: safe to rerun.
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY[
    -- the API roles PostgREST switches to, and the role it logs in as
    'anon', 'authenticated', 'service_role', 'authenticator',
    -- the platform's administrators and services
    'supabase_admin', 'dashboard_user', 'supabase_auth_admin', 'supabase_storage_admin',
    'supabase_realtime_admin', 'supabase_functions_admin', 'supabase_replication_admin',
    'supabase_read_only_user', 'pgbouncer'
  ] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END
$$;
