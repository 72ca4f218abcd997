CREATE TYPE public.state_new AS ENUM ('on', 'off');
CREATE DOMAIN public.code AS text CHECK (VALUE <> '');
SET search_path = '';  -- a domain's DEFAULT is kept as text written with the search_path of the moment
CREATE DOMAIN public.live_state AS public.state_new DEFAULT 'on';
RESET search_path;
CREATE DOMAIN public.label AS text COLLATE "POSIX";
CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code public.code NOT NULL,
    old_codes public.code[],
    state public.live_state,
    name public.label DEFAULT 'x'
);
CREATE VIEW public.item_codes AS SELECT id, code, state FROM public.items;
CREATE FUNCTION public.normalize(c public.code) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(c) $$;
INSERT INTO public.items VALUES (1, 'ab', '{cd}', 'off', 'n');
