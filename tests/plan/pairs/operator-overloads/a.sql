-- Objects PostgreSQL keys by more than a name: operators that share a name (keyed by their
-- argument types), aggregates that share a name, casts, and an operator class and family
-- of one name under two access methods. b.sql changes one of each; the plan must touch
-- that one and leave its namesakes alone.
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

CREATE OPERATOR app.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.same_int, COMMUTATOR = OPERATOR(app.===));
CREATE OPERATOR app.=== (LEFTARG = text, RIGHTARG = text, FUNCTION = app.same_text);
CREATE OPERATOR app.=== (LEFTARG = app.point2, RIGHTARG = app.point2, FUNCTION = app.same_point);
CREATE OPERATOR app.=== (RIGHTARG = integer, FUNCTION = app.negated);
COMMENT ON OPERATOR app.=== (integer, integer) IS 'integers';
COMMENT ON OPERATOR app.=== (text, text) IS 'texts';
ALTER OPERATOR app.=== (app.point2, app.point2) OWNER TO app_owner;

CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE app.total(bigint) (SFUNC = int8pl, STYPE = bigint);
COMMENT ON AGGREGATE app.total(integer) IS 'narrow';

CREATE CAST (integer AS app.point2) WITH FUNCTION app.point_of(integer);
CREATE CAST (app.point2 AS integer) WITH FUNCTION app.x_of(app.point2);
COMMENT ON CAST (integer AS app.point2) IS 'diagonal';

CREATE OPERATOR FAMILY app.int_family USING btree;
CREATE OPERATOR FAMILY app.int_family USING hash;
CREATE OPERATOR CLASS app.int_class FOR TYPE integer USING btree FAMILY app.int_family AS
    OPERATOR 3 app.=== (integer, integer), FUNCTION 1 btint4cmp(integer, integer);
CREATE OPERATOR CLASS app.int_class FOR TYPE integer USING hash FAMILY app.int_family AS
    OPERATOR 1 app.=== (integer, integer), FUNCTION 1 hashint4(integer);
COMMENT ON OPERATOR CLASS app.int_class USING btree IS 'ordered';
