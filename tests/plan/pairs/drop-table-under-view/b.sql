CREATE SCHEMA shop;
CREATE TABLE shop.products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2));
CREATE VIEW shop.prices AS
    SELECT p.id, p.name, p.price
    FROM shop.products p;
CREATE VIEW shop.cheap AS SELECT id, name FROM shop.prices WHERE price < 10;
GRANT SELECT ON shop.prices, shop.cheap TO app_reader;
COMMENT ON VIEW shop.prices IS 'price';
