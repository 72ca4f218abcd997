-- Sequences left over or taken away when serial and identity columns change: a serial
-- column made plain (its sequence kept, standalone or still owned), identity made
-- serial and serial made identity (the sequence name passes from one kind to the
-- other), a serial column dropped and a table with one dropped.
CREATE TABLE public.orders (id serial PRIMARY KEY, legacy_no serial, note text);
CREATE TABLE public.lines (id integer GENERATED ALWAYS AS IDENTITY (START WITH 50), qty integer);
CREATE TABLE public.tags (id bigserial, label text);
CREATE TABLE public.kept (id serial, label text);
CREATE TABLE public.gone (id serial, label text);
GRANT USAGE ON SEQUENCE public.orders_id_seq TO app_writer;
