-- A parent with children by classic inheritance and by partitioning; every child takes
-- its columns' defaults and NOT NULL from its parent.
CREATE TABLE public.event (id integer NOT NULL, kind text DEFAULT 'info', at timestamptz DEFAULT now(), note text);
CREATE TABLE public.event_audit (extra text) INHERITS (public.event);
CREATE TABLE public.event_debug () INHERITS (public.event);
CREATE TABLE public.reading (sensor integer NOT NULL, value numeric DEFAULT 0, unit text, taken date NOT NULL)
    PARTITION BY RANGE (taken);
CREATE TABLE public.reading_2024 PARTITION OF public.reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.reading_2025 PARTITION OF public.reading FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
