-- Type changes PostgreSQL will not make without an explicit USING, some with no direct
-- cast at all (boolean casts to and from integer only), under defaults that cannot be
-- cast automatically and so are dropped and set again around the change. The rows make
-- each conversion run. A domain casts as its base type.
CREATE DOMAIN public.flag AS boolean;
CREATE TABLE public.flags (
    id integer PRIMARY KEY,
    active boolean NOT NULL DEFAULT false,
    archived boolean[] DEFAULT '{f}',
    weight numeric(6,2) DEFAULT 1.5,
    amount text DEFAULT '0',
    published public.flag DEFAULT true,
    code integer DEFAULT 7
);
INSERT INTO public.flags VALUES (1, true, '{t,f}', 1, '42', true, 7);
