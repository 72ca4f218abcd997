CREATE TYPE public.mood AS ENUM ('sad', 'fine', 'happy');
CREATE TYPE public.size AS ENUM ('small', 'medium', 'large', 'x-large');
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    mood public.mood DEFAULT 'fine' NOT NULL CHECK (mood <> 'sad'),
    moods public.mood[] DEFAULT '{fine}',
    shirt public.size
);
CREATE INDEX people_ok_idx ON public.people (id) WHERE mood = 'fine';
CREATE VIEW public.content AS SELECT id, shirt FROM public.people WHERE mood = 'fine';
INSERT INTO public.people VALUES (1, 'fine', '{fine,happy}', 'medium');
