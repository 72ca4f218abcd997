-- Drop a table that a view (and a view over that view, and a function) reads;
-- the views change to not read it.  Reverse: create the table before them.
CREATE SCHEMA shop;
CREATE TABLE shop.products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2));
CREATE TABLE shop.discounts (product_id integer REFERENCES shop.products, pct integer CHECK (pct BETWEEN 0 AND 100));
CREATE VIEW shop.prices AS
    SELECT p.id, p.name, p.price * (100 - coalesce(d.pct, 0)) / 100 AS price
    FROM shop.products p LEFT JOIN shop.discounts d ON d.product_id = p.id;
CREATE VIEW shop.cheap AS SELECT id, name FROM shop.prices WHERE price < 10;
CREATE FUNCTION shop.discount_of(p integer) RETURNS integer LANGUAGE sql STABLE
    AS $$ SELECT pct FROM shop.discounts WHERE product_id = p $$;
GRANT SELECT ON shop.prices, shop.cheap TO app_reader;
COMMENT ON VIEW shop.prices IS 'price after discount';
