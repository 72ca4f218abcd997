-- Hostile identifiers: reserved words, upper case, embedded double quotes,
-- spaces, dots, unicode, trailing spaces, 63-byte names; quotes in enum labels
-- and comments; roles with hostile names in grants and policies
-- (tests/plan/roles.sql creates them).
CREATE SCHEMA "Weird Schema";
CREATE SCHEMA "select";

CREATE TYPE "Weird Schema"."Mood ""Type""" AS ENUM ('it''s', 'say "hi"', 'café', ' spaced ', 'UPPER', '日本');
CREATE DOMAIN "select"."user" AS text CONSTRAINT "check ""me""" CHECK (VALUE <> '');

CREATE FUNCTION "Weird Schema"."Func ""Q"""("in put" integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT "in put" + 1 $$;
CREATE FUNCTION "select"."trigger fn"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
  NEW."select" := coalesce(NEW."select", 'it''s');
  RETURN NEW;
END;
$$;

CREATE TABLE "select"."order" (
    "user" integer NOT NULL,
    "select" text DEFAULT 'it''s',
    "Col With Space" numeric(10,2),
    "quote""d" text,
    "dot.ted" integer,
    "café" text,
    "日本" text,
    "trailing  " text,
    "abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefgh" integer,
    mood "Weird Schema"."Mood ""Type""" DEFAULT 'it''s',
    "owner" "select"."user",
    CONSTRAINT "order pk" PRIMARY KEY ("user"),
    CONSTRAINT "check.""dot""" CHECK ("dot.ted" > 0),
    CONSTRAINT "Mood In" CHECK (mood IN ('it''s', 'say "hi"', 'café'))
);

CREATE TABLE "Weird Schema"."Table" (
    "ID" integer GENERATED ALWAYS AS IDENTITY,
    "order" integer,
    "group" text COLLATE "C",
    CONSTRAINT "Table_pkey" PRIMARY KEY ("ID"),
    CONSTRAINT "fk ""to"" order" FOREIGN KEY ("order") REFERENCES "select"."order"("user") ON DELETE CASCADE
);

CREATE TABLE "user" (
    "from" date,
    "to" date,
    "limit" integer CHECK ("limit" >= 0),
    "Trailing " text
);

CREATE INDEX "idx café" ON "select"."order" ("café");
CREATE UNIQUE INDEX "Idx.Upper" ON "select"."order" (lower("select")) WHERE "dot.ted" IS NOT NULL;
CREATE INDEX "nom_très_long_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ON "user" ("from", "to");

CREATE VIEW "select"."view.with.dots" AS
    SELECT o."user", o."café", "Weird Schema"."Func ""Q"""(o."dot.ted") AS "f(x)", o."quote""d"
    FROM "select"."order" o;
CREATE VIEW "Weird Schema"."View ""Over"" View" AS
    SELECT v."user", v."f(x)" FROM "select"."view.with.dots" v WHERE v."café" <> 'café';

CREATE TRIGGER "trigger ""t""" BEFORE INSERT OR UPDATE ON "select"."order"
    FOR EACH ROW EXECUTE FUNCTION "select"."trigger fn"();

ALTER TABLE "select"."order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "policy ""p""" ON "select"."order" FOR SELECT TO "Mixed Role", "role ""quoted"""
    USING ("user" > 0 AND "café" IS DISTINCT FROM 'it''s');
CREATE POLICY "Upper Policy" ON "select"."order" AS RESTRICTIVE FOR UPDATE TO "ROLE.UPPER"
    USING (mood <> ' spaced ') WITH CHECK ("日本" IS NOT NULL);

GRANT USAGE ON SCHEMA "select" TO "rôle_café", "Mixed Role";
GRANT SELECT ("café", "日本"), UPDATE ("日本") ON "select"."order" TO "ROLE.UPPER";
GRANT SELECT ON "select"."view.with.dots" TO "Mixed Role";
GRANT SELECT, INSERT ON "Weird Schema"."Table" TO "role ""quoted""";
GRANT EXECUTE ON FUNCTION "Weird Schema"."Func ""Q"""(integer) TO "rôle_café";
GRANT USAGE ON TYPE "Weird Schema"."Mood ""Type""" TO "ROLE.UPPER";

COMMENT ON SCHEMA "Weird Schema" IS 'a schema with a space';
COMMENT ON TABLE "select"."order" IS 'it''s a "table"';
COMMENT ON COLUMN "select"."order"."日本" IS '日本語のコメント';
COMMENT ON COLUMN "select"."order"."trailing  " IS 'two trailing spaces';
COMMENT ON CONSTRAINT "check.""dot""" ON "select"."order" IS 'dots and quotes';
COMMENT ON TYPE "Weird Schema"."Mood ""Type""" IS 'labels with quotes';
COMMENT ON POLICY "policy ""p""" ON "select"."order" IS 'quoted policy';
