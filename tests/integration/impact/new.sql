-- The NEW side of the impact pair (tests/integration/impact_matches_server.sh): what only NEW
-- has (accounts.tier, orders.discount and total, new_events, new_helper, v_accounts.tier) is
-- used by views, a materialized view, SQL and PL/pgSQL functions, a trigger function's NEW
-- row, a policy, a default, a CHECK and a generated column.
CREATE TABLE public.accounts (id integer PRIMARY KEY, name text NOT NULL, region text, tier text);
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    account_id integer REFERENCES public.accounts (id),
    amount numeric NOT NULL,
    status text,
    updated_at timestamptz,
    discount numeric DEFAULT 0 CHECK (discount >= 0),
    total numeric GENERATED ALWAYS AS (amount - discount) STORED
);
CREATE SEQUENCE public.event_ids;
CREATE TABLE public.new_events (id integer DEFAULT nextval('public.event_ids'), kind text);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY discounted ON public.orders USING (discount < amount);

CREATE FUNCTION public.fmt_amount(numeric) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT to_char($1, 'FM999990.00') $$;
CREATE FUNCTION public.new_helper(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 * 2 $$;

CREATE VIEW public.v_orders AS
    SELECT o.id, o.amount, a.name, public.fmt_amount(o.amount) AS shown
    FROM public.orders o JOIN public.accounts a ON a.id = o.account_id;
CREATE VIEW public.v_region AS SELECT a.region, count(*) AS n FROM public.accounts a GROUP BY a.region;
CREATE VIEW public.v_on_view AS SELECT v.name FROM public.v_orders v;
CREATE VIEW public.v_accounts AS SELECT id, name, tier FROM public.accounts;
CREATE VIEW public.v_account_names AS SELECT name FROM public.v_accounts;
CREATE VIEW public.v_account_tiers AS SELECT t.tier FROM public.v_accounts t;
CREATE VIEW public.v_discounts AS
    SELECT name, discount FROM public.accounts a JOIN public.orders o ON o.account_id = a.id;
CREATE VIEW public.v_discounts_cte AS
    WITH d AS (SELECT id, discount FROM public.orders) SELECT d.id, d.discount FROM d;
CREATE VIEW public.v_totals_subquery AS SELECT s.total FROM (SELECT total FROM public.orders) s;
CREATE VIEW public.v_region_of_orders AS
    SELECT o.id, a.region FROM public.orders o JOIN public.accounts a ON a.id = o.account_id;
CREATE MATERIALIZED VIEW public.mv_events AS SELECT kind, count(*) AS n FROM public.new_events GROUP BY kind;
CREATE MATERIALIZED VIEW public.mv_totals AS SELECT account_id, sum(amount) AS total FROM public.orders GROUP BY account_id;

CREATE FUNCTION public.report_total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(total) FROM orders $$;
CREATE FUNCTION public.discount_of(p integer) RETURNS numeric LANGUAGE sql AS $$
    SELECT discount FROM orders WHERE account_id = p
$$;
CREATE FUNCTION public.tier_of(p integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  SELECT tier INTO result FROM accounts WHERE id = p;
  RETURN result;
END
$$;
CREATE FUNCTION public.helped(p integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN new_helper(p);
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
CREATE FUNCTION public.log_event(k text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO new_events (kind) VALUES (k);
END
$$;
CREATE FUNCTION public.clear_discount(p integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET discount = 0 WHERE id = p;
END
$$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE FUNCTION public.no_negative_discount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.discount < 0 THEN
    NEW.discount := 0;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER orders_discount BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.no_negative_discount();
