-- Views that INSERT reaches through: one column's default is a literal, one calls a
-- function, and a view over them has none yet.
CREATE FUNCTION public.next_code() RETURNS text LANGUAGE sql VOLATILE AS $$SELECT md5(random()::text)$$;
CREATE TABLE public.product (sku text NOT NULL, title text, price numeric(10,2), code text);
CREATE VIEW public.catalog AS SELECT sku, title, price, code FROM public.product;
ALTER VIEW public.catalog ALTER COLUMN price SET DEFAULT 0;
ALTER VIEW public.catalog ALTER COLUMN code SET DEFAULT public.next_code();
CREATE VIEW public.cheap AS SELECT sku, price FROM public.catalog WHERE price < 10;
-- A view the plan must re-create (a column under it changes type): its default is the
-- same on both sides and must be set again after CREATE VIEW.
CREATE TABLE public.stock (sku text NOT NULL, quantity integer);
CREATE VIEW public.shelf AS SELECT sku, quantity FROM public.stock;
ALTER VIEW public.shelf ALTER COLUMN quantity SET DEFAULT 1;
