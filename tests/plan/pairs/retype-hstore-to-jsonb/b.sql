CREATE EXTENSION hstore WITH SCHEMA public;
CREATE TABLE public.documents (id integer PRIMARY KEY, attributes jsonb DEFAULT '{}'::jsonb NOT NULL);
