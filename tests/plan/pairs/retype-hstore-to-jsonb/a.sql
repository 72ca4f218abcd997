-- hstore to jsonb goes by the extension's own cast (not through text, which jsonb
-- would not read), under a default; the row makes the conversion run.
CREATE EXTENSION hstore WITH SCHEMA public;
CREATE TABLE public.documents (id integer PRIMARY KEY, attributes public.hstore DEFAULT ''::public.hstore NOT NULL);
INSERT INTO public.documents VALUES (1, 'colour => blue, size => 3');
