CREATE DOMAIN public.flag AS boolean;
CREATE TABLE public.flags (
    id integer PRIMARY KEY,
    active smallint NOT NULL DEFAULT 0,
    archived smallint[] DEFAULT '{0}',
    weight boolean DEFAULT true,
    amount integer DEFAULT 0,
    published smallint DEFAULT 1,
    code text DEFAULT 'seven'
);
INSERT INTO public.flags VALUES (1, 1, '{1,0}', true, 42, 1, '7');
