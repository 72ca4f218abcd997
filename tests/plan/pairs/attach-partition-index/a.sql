-- A partitioned index built ON ONLY the parent, with the partitions' indexes made apart
-- and not attached: the parent's index is not valid.
CREATE TABLE public.reading (sensor integer NOT NULL, taken date NOT NULL) PARTITION BY RANGE (taken);
CREATE TABLE public.reading_a PARTITION OF public.reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.reading_b PARTITION OF public.reading FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX reading_sensor_idx ON ONLY public.reading (sensor);
CREATE INDEX reading_a_sensor_idx ON public.reading_a (sensor);
CREATE INDEX reading_b_sensor_idx ON public.reading_b (sensor);
ALTER INDEX public.reading_sensor_idx ATTACH PARTITION public.reading_b_sensor_idx;
