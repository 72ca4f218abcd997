-- A partitioned table with its partitions and no index.
CREATE TABLE public.metric (host text NOT NULL, at date NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE public.metric_2024 PARTITION OF public.metric FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.metric_2025 PARTITION OF public.metric FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.log (id integer NOT NULL, at date NOT NULL) PARTITION BY LIST (at);
CREATE TABLE public.log_a PARTITION OF public.log FOR VALUES IN ('2024-01-01');
