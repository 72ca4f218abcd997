-- A function used by a view (and by a column default) whose return type changes:
-- CREATE OR REPLACE cannot change a return type; the view must go first.
CREATE FUNCTION public.score(p integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT p * 2 $$;
CREATE FUNCTION public.next_rank() RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT 1 $$;
CREATE TABLE public.players (
    id integer PRIMARY KEY,
    points integer NOT NULL,
    rank integer DEFAULT public.next_rank()
);
CREATE VIEW public.leaderboard AS SELECT id, public.score(points) AS score FROM public.players;
CREATE VIEW public.top AS SELECT id FROM public.leaderboard WHERE score > 10;
GRANT EXECUTE ON FUNCTION public.score(integer) TO app_reader;
