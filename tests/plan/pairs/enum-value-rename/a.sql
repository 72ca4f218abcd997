-- An enum label renamed in place (ALTER TYPE ... RENAME VALUE keeps the rows that hold
-- it), under a default, a view, a CHECK and a partial index that name it, with a label
-- added next to the renamed one in another enum in the same plan.
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    mood public.mood DEFAULT 'ok' NOT NULL CHECK (mood <> 'sad'),
    moods public.mood[] DEFAULT '{ok}',
    shirt public.size
);
CREATE INDEX people_ok_idx ON public.people (id) WHERE mood = 'ok';
CREATE VIEW public.content AS SELECT id, shirt FROM public.people WHERE mood = 'ok';
INSERT INTO public.people VALUES (1, 'ok', '{ok,happy}', 'medium');
