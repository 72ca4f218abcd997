-- Reserved words and upper case everywhere, changed.
CREATE TABLE "table" (
    "column" integer PRIMARY KEY,
    "check" text CHECK ("check" IN ('select', 'from', 'where', 'order')),
    "Default" text DEFAULT 'DEFAULT',
    "ORDER" integer NOT NULL DEFAULT 0
);
CREATE TABLE "group" (
    "by" integer REFERENCES "table"("column") ON DELETE SET NULL,
    "having" integer DEFAULT 0,
    "WHERE" timestamp with time zone
);
CREATE SEQUENCE "Sequence" START 10 INCREMENT 5;
CREATE VIEW "from" AS SELECT t."column", t."check", g."having", t."ORDER" FROM "table" t JOIN "group" g ON g."by" = t."column";
CREATE FUNCTION "limit"("offset" integer) RETURNS SETOF "table" LANGUAGE sql STABLE
    AS $$ SELECT * FROM "table" ORDER BY "column" DESC LIMIT "offset" $$;
CREATE TYPE "case" AS ("when" integer, "then" text, "else" date);
CREATE INDEX "Index" ON "group" ("by") WHERE "having" > 0;
GRANT SELECT ON "table" TO app_reader;
GRANT SELECT, UPDATE ON "from" TO app_writer;
GRANT USAGE ON SEQUENCE "Sequence" TO app_writer;
