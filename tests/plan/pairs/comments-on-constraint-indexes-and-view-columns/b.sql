-- Comments on the indexes behind a primary key and a unique constraint, on the
-- constraints themselves, and on columns of a view and a materialized view.
CREATE TABLE public.account (
    id integer CONSTRAINT account_pk PRIMARY KEY,
    email text CONSTRAINT account_email_key UNIQUE,
    age integer CONSTRAINT account_age_check CHECK (age >= 0)
);
CREATE VIEW public.account_names AS SELECT id, email FROM public.account;
CREATE MATERIALIZED VIEW public.account_ages AS SELECT id, age FROM public.account;
COMMENT ON INDEX public.account_pk IS 'index behind the key';
COMMENT ON INDEX public.account_email_key IS 'one account per address';
COMMENT ON CONSTRAINT account_pk ON public.account IS 'the key';
COMMENT ON CONSTRAINT account_age_check ON public.account IS 'no negative ages';
COMMENT ON COLUMN public.account_names.email IS 'address as typed';
COMMENT ON COLUMN public.account_ages.age IS 'in years';
