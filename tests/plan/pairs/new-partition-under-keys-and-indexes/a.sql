-- A partitioned table with a key, a CHECK and an index over its partitions, and an
-- inheritance parent with a CHECK, defaults and NOT NULL.
CREATE TABLE public.visit (id integer NOT NULL, day date NOT NULL, page text DEFAULT '/', ms integer,
    CONSTRAINT visit_ms_check CHECK (ms >= 0)) PARTITION BY RANGE (day);
ALTER TABLE public.visit ADD CONSTRAINT visit_pkey PRIMARY KEY (id, day);
CREATE INDEX visit_page_idx ON public.visit (page);
CREATE TABLE public.visit_2024 PARTITION OF public.visit FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.visit_2023 PARTITION OF public.visit FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.shape (id integer NOT NULL, sides integer DEFAULT 3, label text, CONSTRAINT shape_sides_check CHECK (sides > 2));
