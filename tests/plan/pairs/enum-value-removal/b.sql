CREATE TYPE public.status AS ENUM ('draft', 'active', 'deleted');
COMMENT ON TYPE public.status IS 'life cycle';
ALTER TYPE public.status OWNER TO app_owner;
REVOKE USAGE ON TYPE public.status FROM PUBLIC;
GRANT USAGE ON TYPE public.status TO app_reader;
CREATE FUNCTION public.is_live(s public.status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'active' $$;
CREATE TABLE public.posts (
    id integer PRIMARY KEY,
    status public.status DEFAULT 'draft' NOT NULL CHECK (status <> 'deleted'),
    history public.status[] DEFAULT '{draft}'::public.status[],
    title text
);
CREATE INDEX posts_live_idx ON public.posts (public.is_live(status)) WHERE status <> 'draft';
CREATE TABLE public.events (id integer, status public.status, at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW public.live_posts AS SELECT id, title, status FROM public.posts WHERE status = 'active'::public.status;
CREATE VIEW public.live_titles AS SELECT title FROM public.live_posts;
CREATE MATERIALIZED VIEW public.status_counts AS SELECT status, count(*) AS n FROM public.posts GROUP BY status;
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON public.posts FOR SELECT TO app_reader USING (status = 'active');
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON public.posts FOR EACH ROW WHEN (NEW.status = 'deleted') EXECUTE FUNCTION public.touch();
INSERT INTO public.posts VALUES (1, 'active', '{draft,active}', 'hello');
INSERT INTO public.events VALUES (1, 'draft', '2024-05-01');

-- A domain over the enum (its CHECK and DEFAULT name labels), used by a column, an
-- array column, a view and a function; a foreign key between two columns of the enum.
-- pg_type keeps a domain's DEFAULT as text written with the search_path of the moment,
-- which the snapshot compares: created as pg_dump and the plan do, with an empty one.
SET search_path = '';
CREATE DOMAIN public.visible_status AS public.status DEFAULT 'active' CHECK (VALUE <> 'deleted');
RESET search_path;
CREATE TABLE public.pages (id integer, status public.visible_status NOT NULL, past public.visible_status[]);
CREATE VIEW public.visible_pages AS SELECT id FROM public.pages WHERE status::public.status = 'active';
CREATE FUNCTION public.page_label(s public.visible_status) RETURNS text LANGUAGE sql AS $$ SELECT s::text $$;
INSERT INTO public.pages VALUES (1, 'draft', '{draft,active}');
CREATE TABLE public.status_names (s public.status PRIMARY KEY, label text);
CREATE TABLE public.post_states (post integer, s public.status REFERENCES public.status_names (s));
INSERT INTO public.status_names VALUES ('draft', 'Draft'), ('active', 'Active');
INSERT INTO public.post_states VALUES (1, 'active');
CREATE SCHEMA "Sch ema";
CREATE TYPE "Sch ema"."Séverity ""level"" with a name long enough to be cut" AS ENUM ('low', 'it''s');
CREATE TABLE "Sch ema"."order" ("select" "Sch ema"."Séverity ""level"" with a name long enough to be cut"[] DEFAULT '{low}');
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;
CREATE FOREIGN TABLE "Sch ema".remote_orders (level "Sch ema"."Séverity ""level"" with a name long enough to be cut") SERVER remote;
