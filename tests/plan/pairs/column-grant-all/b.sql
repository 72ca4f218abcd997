-- Every column privilege on some columns: pg_dump writes GRANT ALL(col), which PostgreSQL
-- expands to SELECT, INSERT, UPDATE and REFERENCES on the column.
CREATE TABLE public.profile (id integer PRIMARY KEY, bio text, avatar text);
GRANT ALL (bio) ON TABLE public.profile TO app_reader;
GRANT ALL (avatar, bio) ON TABLE public.profile TO app_writer WITH GRANT OPTION;
GRANT SELECT (id), UPDATE (id) ON TABLE public.profile TO app_writer;
-- Column grants on a view's output columns.
CREATE VIEW public.profile_card AS SELECT id, bio FROM public.profile;
GRANT SELECT (id, bio) ON TABLE public.profile_card TO app_reader;
GRANT ALL (bio) ON TABLE public.profile_card TO app_writer;
