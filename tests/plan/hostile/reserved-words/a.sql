-- Reserved words and upper case everywhere, in the public schema.
CREATE TABLE "table" (
    "column" integer PRIMARY KEY,
    "check" text CHECK ("check" IN ('select', 'from', 'where')),
    "Default" text DEFAULT 'default'
);
CREATE TABLE "group" (
    "by" integer REFERENCES "table"("column"),
    "having" boolean DEFAULT false,
    "WHERE" timestamp with time zone
);
CREATE SEQUENCE "Sequence" START 10;
CREATE VIEW "from" AS SELECT t."column", t."check", g."having" FROM "table" t JOIN "group" g ON g."by" = t."column";
CREATE FUNCTION "limit"("offset" integer) RETURNS SETOF "table" LANGUAGE sql STABLE
    AS $$ SELECT * FROM "table" ORDER BY "column" LIMIT "offset" $$;
CREATE TYPE "case" AS ("when" integer, "then" text);
GRANT SELECT ON "table", "from" TO app_reader;
