-- The same objects after RENAME CONSTRAINT (a key's index is renamed with it), ALTER INDEX
-- ... RENAME of a key's index (its constraint is renamed with it), SET STATISTICS on other
-- columns (0 is a target, -1 the default), CLUSTER ON another index, and the materialized
-- view clustered on its index.
CREATE TABLE public.orders (
    id bigint CONSTRAINT orders_primary PRIMARY KEY,
    code text CONSTRAINT orders_code_unique UNIQUE,
    note text,
    total integer CONSTRAINT orders_total_nonnegative CHECK (total >= 0)
);
ALTER TABLE public.orders ALTER COLUMN code SET STATISTICS 500;
ALTER TABLE public.orders ALTER COLUMN total SET STATISTICS 0;
CREATE INDEX orders_total_idx ON public.orders (total);
CREATE INDEX orders_note_idx ON public.orders (note);
ALTER TABLE public.orders CLUSTER ON orders_note_idx;
COMMENT ON INDEX public.orders_code_unique IS 'one order per code';

CREATE MATERIALIZED VIEW public.order_totals AS SELECT code, total FROM public.orders;
CREATE INDEX order_totals_code_idx ON public.order_totals (code);
ALTER TABLE public.order_totals CLUSTER ON order_totals_code_idx;
