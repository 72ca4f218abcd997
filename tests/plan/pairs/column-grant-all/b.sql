-- Every column privilege on some columns: pg_dump writes GRANT ALL(col), which PostgreSQL
-- expands to SELECT, INSERT, UPDATE and REFERENCES on the column.
CREATE TABLE public.profile (id integer PRIMARY KEY, bio text, avatar text);
GRANT ALL (bio) ON TABLE public.profile TO app_reader;
GRANT ALL (avatar, bio) ON TABLE public.profile TO app_writer WITH GRANT OPTION;
GRANT SELECT (id), UPDATE (id) ON TABLE public.profile TO app_writer;
