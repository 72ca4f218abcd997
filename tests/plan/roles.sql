-- Roles the plan round-trip pairs need. Roles are cluster-wide and are not in
-- `pg_dump --schema-only` output, so the harness creates them once per cluster
-- (in database postgres) before loading any pair. Idempotent: safe to rerun.
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY[
    -- the project fixtures (every-kind, supabase-agents)
    'app_owner', 'app_reader', 'app_writer', 'anon', 'authenticated', 'service_role',
    -- the migra corpus
    'schemainspect_test_role',
    -- hostile names (tests/plan/hostile)
    'Mixed Role', 'role "quoted"', 'rôle_café', 'ROLE.UPPER'
  ] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END
$$;
