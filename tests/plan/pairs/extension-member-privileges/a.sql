-- An extension's objects with the privileges it gave them; pg_dump writes none of them.
CREATE SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION pg_stat_statements WITH SCHEMA extensions;
REVOKE ALL ON FUNCTION extensions.gen_salt(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION extensions.gen_salt(text) TO app_reader;
