-- A column type change under a view (and a view over it), a policy, an index,
-- a CHECK and a column grant: PostgreSQL refuses ALTER COLUMN TYPE while the
-- views and the policy exist.
CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    balance numeric(10,2) NOT NULL DEFAULT 0 CHECK (balance > -1000),
    region character varying(10)
);
CREATE INDEX accounts_balance_idx ON public.accounts (balance) WHERE balance > 0;
CREATE VIEW public.rich AS SELECT id, owner_name, balance FROM public.accounts WHERE balance > 1000;
CREATE VIEW public.rich_names AS SELECT owner_name, balance * 2 AS doubled FROM public.rich;
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY small_only ON public.accounts FOR SELECT TO app_reader USING (balance < 100 AND region <> 'x');
GRANT SELECT (id, balance) ON public.accounts TO app_reader;
GRANT SELECT ON public.rich TO app_reader;
