-- Objects owned by a role other than the one that runs the plan, with the owner's
-- privileges as PostgreSQL gives them: all of them, implicitly.
CREATE SCHEMA shop AUTHORIZATION app_owner;
CREATE TABLE shop.orders (id integer PRIMARY KEY, total numeric);
ALTER TABLE shop.orders OWNER TO app_owner;
CREATE TABLE shop.items (id integer, name text);
ALTER TABLE shop.items OWNER TO app_owner;
GRANT SELECT ON TABLE shop.items TO app_reader;
CREATE SEQUENCE shop.ticket;
ALTER SEQUENCE shop.ticket OWNER TO app_owner;
CREATE FUNCTION shop.total(o shop.orders) RETURNS numeric LANGUAGE sql AS 'SELECT o.total';
ALTER FUNCTION shop.total(shop.orders) OWNER TO app_owner;
CREATE TYPE shop.mood AS ENUM ('ok', 'meh');
ALTER TYPE shop.mood OWNER TO app_owner;
-- Objects that change hands: the role that receives them already holds some of their
-- privileges, which ALTER ... OWNER TO merges into the owner's.
CREATE TABLE shop.ledger (id integer);
ALTER TABLE shop.ledger OWNER TO app_writer;
GRANT SELECT, INSERT ON TABLE shop.ledger TO app_owner;
CREATE SEQUENCE shop.ledger_no;
ALTER SEQUENCE shop.ledger_no OWNER TO app_writer;
GRANT USAGE ON SEQUENCE shop.ledger_no TO app_owner;
CREATE FUNCTION shop.one() RETURNS integer LANGUAGE sql AS 'SELECT 1';
ALTER FUNCTION shop.one() OWNER TO app_writer;
REVOKE ALL ON FUNCTION shop.one() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shop.one() TO app_owner;
CREATE SCHEMA vault AUTHORIZATION app_writer;
GRANT USAGE ON SCHEMA vault TO app_owner;
