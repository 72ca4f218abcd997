-- The OLD side of the impact pair (tests/integration/impact_matches_server.sh): what only OLD
-- has (orders.legacy_code, old_audit, old_helper) is used by views, a materialized view, SQL
-- and PL/pgSQL functions that then fail against NEW.
CREATE TABLE public.accounts (id integer PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    account_id integer REFERENCES public.accounts (id),
    amount numeric NOT NULL,
    status text,
    legacy_code text,
    updated_at timestamptz
);
CREATE TABLE public.old_audit (id integer, note text);

CREATE FUNCTION public.fmt_amount(numeric) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT to_char($1, 'FM999990.00') $$;
CREATE FUNCTION public.old_helper(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 + 1 $$;

CREATE VIEW public.v_orders AS
    SELECT o.id, o.amount, a.name, public.fmt_amount(o.amount) AS shown
    FROM public.orders o JOIN public.accounts a ON a.id = o.account_id;
CREATE VIEW public.v_region AS SELECT a.region, count(*) AS n FROM public.accounts a GROUP BY a.region;
CREATE VIEW public.v_on_view AS SELECT v.name FROM public.v_orders v;
CREATE VIEW public.v_accounts AS SELECT id, name FROM public.accounts;
CREATE VIEW public.v_account_names AS SELECT name FROM public.v_accounts;
CREATE VIEW public.v_legacy AS SELECT id, legacy_code FROM public.orders;
CREATE VIEW public.v_legacy_in_subquery AS
    SELECT a.name FROM public.accounts a WHERE EXISTS (SELECT 1 FROM public.orders o WHERE o.account_id = a.id AND o.legacy_code IS NOT NULL);
CREATE MATERIALIZED VIEW public.mv_audit AS SELECT id, note FROM public.old_audit;
CREATE MATERIALIZED VIEW public.mv_totals AS SELECT account_id, sum(amount) AS total FROM public.orders GROUP BY account_id;

CREATE FUNCTION public.report_total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(amount) FROM orders $$;
CREATE FUNCTION public.count_legacy() RETURNS bigint LANGUAGE sql AS $$ SELECT count(legacy_code) FROM orders $$;
CREATE FUNCTION public.legacy_code_of(p integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  code text;
BEGIN
  SELECT legacy_code INTO code FROM orders WHERE id = p;
  RETURN code;
END
$$;
CREATE FUNCTION public.helped(p integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN old_helper(p);
END
$$;
CREATE FUNCTION public.account_name(p integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  SELECT a.name INTO result FROM accounts a WHERE a.id = p;
  RETURN result;
END
$$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();
