-- a.sql with one overload of each kind changed (see a.sql).
CREATE SCHEMA app;

CREATE TYPE app.point2 AS (x integer, y integer);

CREATE FUNCTION app.same_int(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION app.same_text(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION app.same_point(app.point2, app.point2) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT $1.x = $2.x AND $1.y = $2.y';
CREATE FUNCTION app.negated(integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE FUNCTION app.point_of(integer) RETURNS app.point2
    LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, $1)::app.point2';
CREATE FUNCTION app.x_of(app.point2) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT $1.x';
CREATE FUNCTION app.same_bool(boolean, boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';

-- The text overload is gone, a boolean one is new, the point one has another owner, and the
-- integer one another comment.
CREATE OPERATOR app.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.same_int, COMMUTATOR = OPERATOR(app.===));
CREATE OPERATOR app.=== (LEFTARG = app.point2, RIGHTARG = app.point2, FUNCTION = app.same_point);
CREATE OPERATOR app.=== (RIGHTARG = integer, FUNCTION = app.negated);
CREATE OPERATOR app.=== (LEFTARG = boolean, RIGHTARG = boolean, FUNCTION = app.same_bool);
COMMENT ON OPERATOR app.=== (integer, integer) IS 'whole numbers';
ALTER OPERATOR app.=== (app.point2, app.point2) OWNER TO app_reader;

-- The bigint overload is gone; the integer one keeps its comment.
CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);
COMMENT ON AGGREGATE app.total(integer) IS 'narrow';

-- The cast back to integer is gone; the other one has another comment.
CREATE CAST (integer AS app.point2) WITH FUNCTION app.point_of(integer);
COMMENT ON CAST (integer AS app.point2) IS 'on the diagonal';

-- The hash class and family are gone; the btree ones of the same names stay.
CREATE OPERATOR FAMILY app.int_family USING btree;
CREATE OPERATOR CLASS app.int_class FOR TYPE integer USING btree FAMILY app.int_family AS
    OPERATOR 3 app.=== (integer, integer), FUNCTION 1 btint4cmp(integer, integer);
COMMENT ON OPERATOR CLASS app.int_class USING btree IS 'ordered';
