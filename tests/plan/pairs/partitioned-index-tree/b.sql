-- Partitioned indexes with the partitions' indexes attached: one cascaded from CREATE
-- INDEX on the parent, one built ON ONLY the parent with each partition's index made
-- apart (one of them under its own name) and attached, one left invalid with a partition
-- not attached.
CREATE TABLE public.metric (host text NOT NULL, at date NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE public.metric_2024 PARTITION OF public.metric FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.metric_2025 PARTITION OF public.metric FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX metric_host_idx ON public.metric (host);
CREATE INDEX metric_at_v_idx ON ONLY public.metric (at, v);
CREATE INDEX metric_2024_by_time ON public.metric_2024 (at, v);
ALTER INDEX public.metric_at_v_idx ATTACH PARTITION public.metric_2024_by_time;
CREATE INDEX metric_2025_at_v_idx ON public.metric_2025 (at, v);
ALTER INDEX public.metric_at_v_idx ATTACH PARTITION public.metric_2025_at_v_idx;
CREATE TABLE public.log (id integer NOT NULL, at date NOT NULL) PARTITION BY LIST (at);
CREATE TABLE public.log_a PARTITION OF public.log FOR VALUES IN ('2024-01-01');
CREATE INDEX log_id_idx ON ONLY public.log (id);
CREATE INDEX log_a_id_idx ON public.log_a (id);
