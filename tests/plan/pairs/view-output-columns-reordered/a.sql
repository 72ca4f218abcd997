-- A view whose output columns only change order: CREATE OR REPLACE VIEW cannot reorder,
-- so the view is dropped and created again, with the view that reads it.
CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    balance numeric NOT NULL DEFAULT 0
);
CREATE VIEW public.account_list AS SELECT id, name, balance FROM public.accounts;
CREATE VIEW public.rich_accounts AS SELECT id, name FROM public.account_list WHERE balance > 1000;
COMMENT ON VIEW public.account_list IS 'every account';
GRANT SELECT ON public.account_list TO app_reader;
