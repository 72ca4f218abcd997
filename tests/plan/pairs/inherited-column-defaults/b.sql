-- Children whose inherited columns have their own defaults (or none), and NOT NULL the
-- parent does not have; the parent's own default changes too.
CREATE TABLE public.event (id integer NOT NULL, kind text DEFAULT 'notice', at timestamptz DEFAULT now(), note text);
CREATE TABLE public.event_audit (extra text) INHERITS (public.event);
ALTER TABLE public.event_audit ALTER COLUMN kind SET DEFAULT 'audit';
ALTER TABLE public.event_audit ALTER COLUMN note SET NOT NULL;
ALTER TABLE public.event_audit ALTER COLUMN at DROP DEFAULT;
CREATE TABLE public.event_debug () INHERITS (public.event);
ALTER TABLE public.event_debug ALTER COLUMN note SET DEFAULT 'debug';
CREATE TABLE public.reading (sensor integer NOT NULL, value numeric DEFAULT 0, unit text, taken date NOT NULL)
    PARTITION BY RANGE (taken);
CREATE TABLE public.reading_2024 PARTITION OF public.reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE public.reading_2024 ALTER COLUMN unit SET DEFAULT 'celsius';
ALTER TABLE public.reading_2024 ALTER COLUMN unit SET NOT NULL;
ALTER TABLE public.reading_2024 ALTER COLUMN value SET DEFAULT 1;
CREATE TABLE public.reading_2025 PARTITION OF public.reading FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.reading_2025 ALTER COLUMN value DROP DEFAULT;
