-- The owner revoked some or all of its own privileges: the ACL lists every grantee but
-- the owner (or the owner with fewer rights), and pg_dump writes the REVOKE.
CREATE SCHEMA shop AUTHORIZATION app_owner;
REVOKE CREATE ON SCHEMA shop FROM app_owner;
CREATE TABLE shop.orders (id integer PRIMARY KEY, total numeric);
ALTER TABLE shop.orders OWNER TO app_owner;
REVOKE ALL ON TABLE shop.orders FROM app_owner;
CREATE TABLE shop.items (id integer, name text);
ALTER TABLE shop.items OWNER TO app_owner;
GRANT SELECT ON TABLE shop.items TO app_reader;
REVOKE UPDATE, DELETE ON TABLE shop.items FROM app_owner;
CREATE SEQUENCE shop.ticket;
ALTER SEQUENCE shop.ticket OWNER TO app_owner;
REVOKE USAGE ON SEQUENCE shop.ticket FROM app_owner;
CREATE FUNCTION shop.total(o shop.orders) RETURNS numeric LANGUAGE sql AS 'SELECT o.total';
ALTER FUNCTION shop.total(shop.orders) OWNER TO app_owner;
REVOKE ALL ON FUNCTION shop.total(shop.orders) FROM app_owner;
CREATE TYPE shop.mood AS ENUM ('ok', 'meh');
ALTER TYPE shop.mood OWNER TO app_owner;
REVOKE USAGE ON TYPE shop.mood FROM app_owner;
-- Objects that changed hands: the new owner keeps all of its privileges, or revoked some.
CREATE TABLE shop.ledger (id integer);
ALTER TABLE shop.ledger OWNER TO app_owner;
REVOKE DELETE ON TABLE shop.ledger FROM app_owner;
CREATE SEQUENCE shop.ledger_no;
ALTER SEQUENCE shop.ledger_no OWNER TO app_owner;
CREATE FUNCTION shop.one() RETURNS integer LANGUAGE sql AS 'SELECT 1';
ALTER FUNCTION shop.one() OWNER TO app_owner;
REVOKE ALL ON FUNCTION shop.one() FROM PUBLIC;
CREATE SCHEMA vault AUTHORIZATION app_owner;
