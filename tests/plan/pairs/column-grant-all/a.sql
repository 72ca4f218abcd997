-- A table with column grants of single privileges.
CREATE TABLE public.profile (id integer PRIMARY KEY, bio text, avatar text);
GRANT SELECT (bio) ON TABLE public.profile TO app_reader;
CREATE VIEW public.profile_card AS SELECT id, bio FROM public.profile;
