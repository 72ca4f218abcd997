-- Column statistics targets, keys and a CHECK under their first names, a table clustered
-- on one index, a materialized view with an index it is not clustered on.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    code text CONSTRAINT orders_code_key UNIQUE,
    note text,
    total integer CONSTRAINT orders_total_check CHECK (total >= 0)
);
ALTER TABLE public.orders ALTER COLUMN note SET STATISTICS 200;
CREATE INDEX orders_total_idx ON public.orders (total);
CREATE INDEX orders_note_idx ON public.orders (note);
ALTER TABLE public.orders CLUSTER ON orders_total_idx;
COMMENT ON INDEX public.orders_code_key IS 'one order per code';

CREATE MATERIALIZED VIEW public.order_totals AS SELECT code, total FROM public.orders;
CREATE INDEX order_totals_code_idx ON public.order_totals (code);
