-- The same objects after SET COMPRESSION (another method, back to the default, a method on
-- a column that had none; on a partitioned table only, which leaves its partition's alone),
-- a partition created after that (it copies its parent's methods), a type change of a
-- compressed column (ALTER COLUMN TYPE resets its method), CLUSTER ON the primary
-- key's index in place of another index, SET WITHOUT CLUSTER of a key's index, and the
-- materialized view's statistics targets changed, reset (-1) and set to 0.
CREATE TABLE public.accounts (
    id bigint CONSTRAINT accounts_pkey PRIMARY KEY,
    email text COMPRESSION pglz,
    note text,
    code text COMPRESSION lz4,
    summary character varying(200) COMPRESSION lz4
);
CREATE INDEX accounts_email_idx ON public.accounts (email);
ALTER TABLE public.accounts CLUSTER ON accounts_pkey;

CREATE TABLE public.events (
    id bigint CONSTRAINT events_pkey PRIMARY KEY,
    payload text
);

CREATE TABLE public.logs (
    id integer,
    body text COMPRESSION pglz,
    extra text
) PARTITION BY RANGE (id);
CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES FROM (0) TO (100);
ALTER TABLE ONLY public.logs ALTER COLUMN body SET COMPRESSION lz4;
ALTER TABLE public.logs ALTER COLUMN extra SET COMPRESSION pglz;
CREATE TABLE public.logs_2 PARTITION OF public.logs FOR VALUES FROM (100) TO (200);

CREATE MATERIALIZED VIEW public.account_codes AS SELECT id, code, email FROM public.accounts;
ALTER MATERIALIZED VIEW public.account_codes ALTER COLUMN code SET STATISTICS 1000;
ALTER MATERIALIZED VIEW public.account_codes ALTER COLUMN email SET STATISTICS -1;
ALTER MATERIALIZED VIEW public.account_codes ALTER COLUMN id SET STATISTICS 0;
