-- A foreign key to a unique key that is new too (and the reverse: drop the FK
-- before the key it needs).
CREATE TABLE public.countries (
    id integer PRIMARY KEY,
    code character(2) NOT NULL,
    name text
);
CREATE TABLE public.cities (
    id integer PRIMARY KEY,
    country_code character(2),
    name text
);
