-- A new partition, which takes the parent's key, CHECK and index when it is attached, one
-- partition gone, and a new inheritance child with defaults and NOT NULL of its own.
CREATE TABLE public.visit (id integer NOT NULL, day date NOT NULL, page text DEFAULT '/', ms integer,
    CONSTRAINT visit_ms_check CHECK (ms >= 0)) PARTITION BY RANGE (day);
ALTER TABLE public.visit ADD CONSTRAINT visit_pkey PRIMARY KEY (id, day);
CREATE INDEX visit_page_idx ON public.visit (page);
CREATE TABLE public.visit_2024 PARTITION OF public.visit FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.visit_2025 PARTITION OF public.visit FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.visit_2025 ALTER COLUMN page SET DEFAULT '/home';
CREATE TABLE public.shape (id integer NOT NULL, sides integer DEFAULT 3, label text, CONSTRAINT shape_sides_check CHECK (sides > 2));
CREATE TABLE public.square (side numeric) INHERITS (public.shape);
ALTER TABLE public.square ALTER COLUMN sides SET DEFAULT 4;
ALTER TABLE public.square ALTER COLUMN label SET NOT NULL;
ALTER TABLE public.square ALTER COLUMN label SET DEFAULT 'square';
