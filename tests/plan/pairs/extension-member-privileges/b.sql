-- Privileges changed on the extension's objects, as Supabase projects do: pg_dump writes
-- each (GRANT ... ON FUNCTION extensions.digest(text, text) ...), and no comment on them.
CREATE SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION pg_stat_statements WITH SCHEMA extensions;
REVOKE ALL ON FUNCTION extensions.digest(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION extensions.digest(text, text) TO app_writer WITH GRANT OPTION;
GRANT SELECT ON TABLE extensions.pg_stat_statements TO app_reader;
