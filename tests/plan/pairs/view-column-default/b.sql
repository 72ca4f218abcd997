-- One view column's default changes, one goes, and the view over them gains one whose
-- expression is new to it.
CREATE FUNCTION public.next_code() RETURNS text LANGUAGE sql VOLATILE AS $$SELECT md5(random()::text)$$;
CREATE TABLE public.product (sku text NOT NULL, title text, price numeric(10,2), code text);
CREATE VIEW public.catalog AS SELECT sku, title, price, code FROM public.product;
ALTER VIEW public.catalog ALTER COLUMN price SET DEFAULT 9.99;
ALTER VIEW public.catalog ALTER COLUMN title SET DEFAULT 'untitled';
CREATE VIEW public.cheap AS SELECT sku, price FROM public.catalog WHERE price < 10;
ALTER VIEW public.cheap ALTER COLUMN sku SET DEFAULT public.next_code();
-- A view the plan must re-create (a column under it changes type): its default is the
-- same on both sides and must be set again after CREATE VIEW.
CREATE TABLE public.stock (sku text NOT NULL, quantity bigint);
CREATE VIEW public.shelf AS SELECT sku, quantity FROM public.stock;
ALTER VIEW public.shelf ALTER COLUMN quantity SET DEFAULT 1;
