-- Indexes that back constraints, a view and a materialized view, without comments.
CREATE TABLE public.account (
    id integer CONSTRAINT account_pk PRIMARY KEY,
    email text CONSTRAINT account_email_key UNIQUE,
    age integer CONSTRAINT account_age_check CHECK (age >= 0)
);
CREATE VIEW public.account_names AS SELECT id, email FROM public.account;
CREATE MATERIALIZED VIEW public.account_ages AS SELECT id, age FROM public.account;
