-- Column compression methods (one of a partitioned table, which its partition copied when it
-- was created), a table clustered on an index and one clustered on its primary key's index,
-- a materialized view with column statistics targets.
CREATE TABLE public.accounts (
    id bigint CONSTRAINT accounts_pkey PRIMARY KEY,
    email text,
    note text COMPRESSION lz4,
    code text,
    summary text COMPRESSION lz4
);
CREATE INDEX accounts_email_idx ON public.accounts (email);
ALTER TABLE public.accounts CLUSTER ON accounts_email_idx;

CREATE TABLE public.events (
    id bigint CONSTRAINT events_pkey PRIMARY KEY,
    payload text
);
ALTER TABLE public.events CLUSTER ON events_pkey;

CREATE TABLE public.logs (
    id integer,
    body text COMPRESSION pglz,
    extra text
) PARTITION BY RANGE (id);
CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES FROM (0) TO (100);

CREATE MATERIALIZED VIEW public.account_codes AS SELECT id, code, email FROM public.accounts;
ALTER MATERIALIZED VIEW public.account_codes ALTER COLUMN code SET STATISTICS 300;
ALTER MATERIALIZED VIEW public.account_codes ALTER COLUMN email SET STATISTICS 50;
