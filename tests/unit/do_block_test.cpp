// DO blocks in migrations: what their PL/pgSQL does to the schema is followed where it does
// not depend on data or on values computed at run time; the rest is uncertain, not an error.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analyzer/interpret/interpreter.hpp"
#include "parser/script_reader.hpp"

using namespace pgdrift;

namespace {

struct Replayed {
  Catalog catalog;
  Diagnostics diagnostics;

  std::vector<std::string> said(Severity severity) const {
    std::vector<std::string> messages;
    for (const Diagnostic& d : diagnostics) {
      if (d.severity == severity) messages.push_back(fmt::format("{}:{}: {}", d.where.line, d.where.column, d.message));
    }
    return messages;
  }
  std::vector<std::string> errors() const { return said(Severity::error); }
  std::vector<std::string> warnings() const { return said(Severity::warning); }
  bool has_enum(const std::string& name, std::vector<std::string> labels) const {
    auto type = catalog.types.find({"public", name});
    return type != catalog.types.end() && type->second.labels == labels;
  }
};

Replayed replay(const std::string& sql) {
  Replayed replayed;
  Interpreter(replayed.catalog, replayed.diagnostics, /*strict=*/true)
      .apply(std::make_shared<ParsedScript>(read_script_text("m.sql", sql)));
  return replayed;
}

const char* kCreateStatusOnce = R"sql(DO $$
BEGIN
    CREATE TYPE public.status AS ENUM ('draft', 'sent');
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;
)sql";

const char* kCreateStatusUnlessItExists = R"sql(DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE t.typname = 'status' AND n.nspname = 'public') THEN
    CREATE TYPE public.status AS ENUM ('draft', 'sent');
  END IF;
END $$;
)sql";

}  // namespace

TEST_CASE("DO block: CREATE TYPE caught on duplicate_object is followed", "[do-block]") {
  Replayed replayed = replay(std::string(kCreateStatusOnce) +
                             "CREATE TABLE invoices (id int, status status);\n"
                             "ALTER TYPE status ADD VALUE 'paid';\n");
  CHECK(replayed.errors().empty());
  CHECK(replayed.warnings().empty());
  CHECK(replayed.has_enum("status", {"draft", "sent", "paid"}));
  CHECK(replayed.catalog.tables.at({"public", "invoices"}).find_column("status")->type.str() == "public.status");
}

TEST_CASE("DO block: a duplicate the handler catches undoes the block, and is no error", "[do-block]") {
  // The second block fails on its first statement: PostgreSQL undoes the table it made too.
  Replayed replayed = replay(std::string(kCreateStatusOnce) + R"sql(DO $$
BEGIN
    CREATE TABLE drafts (id int);
    CREATE TYPE public.status AS ENUM ('other');
EXCEPTION
    WHEN duplicate_object OR duplicate_table THEN null;
END $$;
)sql");
  CHECK(replayed.errors().empty());
  CHECK(replayed.has_enum("status", {"draft", "sent"}));
  CHECK_FALSE(replayed.catalog.tables.contains({"public", "drafts"}));
}

TEST_CASE("DO block: an error its handler does not catch is an error", "[do-block]") {
  Replayed replayed = replay(std::string(kCreateStatusOnce) + R"sql(DO $$
BEGIN
    ALTER TABLE missing ADD COLUMN c int;
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;
)sql");
  REQUIRE(replayed.errors().size() == 1);
  CHECK(replayed.errors()[0] == "9:5: relation public.missing does not exist");
}

TEST_CASE("DO block: a handler that raises again catches nothing; the first handler that names it runs",
          "[do-block]") {
  Replayed replayed = replay(std::string(kCreateStatusOnce) + R"sql(DO $$
BEGIN
    CREATE TYPE public.status AS ENUM ('other');
EXCEPTION
    WHEN duplicate_object THEN
      IF SQLSTATE = '42710' THEN RAISE; END IF;
    WHEN others THEN null;
END $$;
DO $$
BEGIN
    CREATE TYPE public.status AS ENUM ('other');
EXCEPTION
    WHEN SQLSTATE '42710' THEN CREATE TABLE handled (id int);
    WHEN others THEN CREATE TABLE not_handled (id int);
END $$;
)sql");
  CHECK(replayed.errors() == std::vector<std::string>{"9:5: type public.status already exists"});
  CHECK(replayed.catalog.tables.contains({"public", "handled"}));
  CHECK_FALSE(replayed.catalog.tables.contains({"public", "not_handled"}));
}

TEST_CASE("DO block: IF NOT EXISTS on pg_type, when the type is missing", "[do-block]") {
  Replayed replayed = replay(std::string(kCreateStatusUnlessItExists) + "ALTER TYPE status ADD VALUE 'paid';\n");
  CHECK(replayed.errors().empty());
  CHECK(replayed.warnings().empty());
  CHECK(replayed.has_enum("status", {"draft", "sent", "paid"}));
}

TEST_CASE("DO block: IF NOT EXISTS on pg_type, when the type exists", "[do-block]") {
  Replayed replayed = replay("CREATE TYPE status AS ENUM ('open');\n" + std::string(kCreateStatusUnlessItExists));
  CHECK(replayed.errors().empty());
  CHECK(replayed.warnings().empty());
  CHECK(replayed.has_enum("status", {"open"}));
}

TEST_CASE("DO block: IF on other catalogs, ELSE branches, regclass", "[do-block]") {
  Replayed replayed = replay(R"sql(CREATE TABLE profiles (id int, email text);
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'profiles_email_key'
                 AND conrelid = 'public.profiles'::regclass) THEN
    ALTER TABLE profiles ADD CONSTRAINT profiles_email_key UNIQUE (email);
  END IF;
  IF EXISTS (SELECT 1 FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name = 'profiles' AND column_name = 'nickname') THEN
    ALTER TABLE profiles DROP COLUMN nickname;
  ELSE
    ALTER TABLE profiles ADD COLUMN nickname text;
  END IF;
END $$;
)sql");
  CHECK(replayed.errors().empty());
  const Table& profiles = replayed.catalog.tables.at({"public", "profiles"});
  CHECK(profiles.constraints.contains("profiles_email_key"));
  CHECK(profiles.find_column("nickname"));
}

TEST_CASE("DO block: nothing after RETURN runs", "[do-block]") {
  Replayed replayed = replay(R"sql(CREATE TABLE accounts (id int);
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'accounts') THEN
    RETURN;
  END IF;
  CREATE TABLE accounts (id int);
END $$;
DO $$
BEGIN
  BEGIN
    CREATE TABLE kept (id int);
    RETURN;
  EXCEPTION WHEN others THEN null;
  END;
  CREATE TABLE skipped (id int);
END $$;
)sql");
  CHECK(replayed.errors().empty());
  CHECK(replayed.warnings().empty());
  CHECK(replayed.catalog.tables.contains({"public", "kept"}));
  CHECK_FALSE(replayed.catalog.tables.contains({"public", "skipped"}));
}

TEST_CASE("DO block: EXECUTE of literal text, located at its line", "[do-block]") {
  Replayed replayed = replay(R"sql(CREATE TABLE accounts (id int);
DO $$
BEGIN
  EXECUTE 'ALTER TABLE accounts ' || 'ADD COLUMN plan text';
  EXECUTE 'ALTER TABLE accounts ADD COLUMN plan text';
END $$;
)sql");
  CHECK(replayed.catalog.tables.at({"public", "accounts"}).find_column("plan"));
  CHECK(replayed.errors() == std::vector<std::string>{"5:3: column \"plan\" of relation public.accounts already exists"});
}

TEST_CASE("DO block: checks of data and RAISE change nothing and are followed", "[do-block]") {
  Replayed replayed = replay(R"sql(CREATE TABLE accounts (id int);
DO $$
DECLARE n int;
BEGIN
  SELECT count(*) INTO n FROM accounts;
  IF n > 0 THEN RAISE EXCEPTION 'not empty'; END IF;
  FOR i IN 1..3 LOOP EXIT WHEN i > n; RAISE NOTICE '%', i; END LOOP;
  CASE WHEN n = 0 THEN RAISE NOTICE 'empty'; ELSE PERFORM pg_notify('accounts', n::text); END CASE;
END $$;
)sql");
  CHECK(replayed.warnings().empty());
  CHECK(replayed.catalog.unfollowed.empty());
}

TEST_CASE("DO block: a role made unless pg_roles has it changes no schema", "[do-block]") {
  Replayed replayed = replay(R"sql(DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
    CREATE ROLE reporting NOLOGIN;
  END IF;
END $$;
)sql");
  CHECK(replayed.warnings().empty());
  CHECK(replayed.catalog.unfollowed.empty());
}

TEST_CASE("DO block: a loop is not followed; later uses of what it names are uncertain, not errors", "[do-block]") {
  Replayed replayed = replay(R"sql(DO $$
BEGIN
  FOR i IN 1..2 LOOP
    EXECUTE 'CREATE TABLE IF NOT EXISTS archive (id int)';
  END LOOP;
END $$;
ALTER TABLE archive ADD COLUMN note text;
ALTER TABLE unrelated ADD COLUMN note text;
)sql");
  REQUIRE(replayed.catalog.unfollowed.size() == 1);
  CHECK_FALSE(replayed.catalog.tables.contains({"public", "archive"}));
  REQUIRE(replayed.warnings().size() == 2);
  CHECK(replayed.warnings()[0].starts_with("1:1: DO block: a loop at line 3;"));
  CHECK(replayed.warnings()[1] ==
        "7:1: relation public.archive does not exist; uncertain because of the DO block at m.sql:1, which could not "
        "be followed and names it");
  CHECK(replayed.errors() == std::vector<std::string>{"8:1: relation public.unrelated does not exist"});
}

TEST_CASE("DO block: statements of a block not followed are not applied", "[do-block]") {
  Replayed replayed = replay(R"sql(DO $$
DECLARE t text := 'x';
BEGIN
  CREATE TABLE first_part (id int);
  EXECUTE format('CREATE TABLE %I (id int)', t);
END $$;
)sql");
  CHECK(replayed.catalog.tables.empty());
  CHECK(replayed.catalog.unfollowed.size() == 1);
}

TEST_CASE("DO block: DO in EXECUTE in DO... is followed a few levels deep, never without end", "[do-block]") {
  std::string sql = "CREATE TABLE deep (id int)";
  for (int level = 0; level < 12; ++level) {
    std::string quoted;
    for (char c : sql) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    sql = "DO $b" + std::to_string(level) + "$ BEGIN EXECUTE '" + quoted + "'; END $b" + std::to_string(level) + "$";
  }
  Replayed replayed = replay(sql + ";\n");
  CHECK_FALSE(replayed.catalog.tables.contains({"public", "deep"}));
  CHECK(replayed.catalog.unfollowed.size() == 1);
  Replayed shallow = replay("DO $a$ BEGIN EXECUTE 'DO $b$ BEGIN CREATE TABLE deep (id int); END $b$'; END $a$;\n");
  CHECK(shallow.catalog.tables.contains({"public", "deep"}));
}

TEST_CASE("DO block: PL/pgSQL that does not parse is not followed", "[do-block]") {
  Replayed replayed = replay("DO $$ BEGIN IF THEN END $$;\nDO $$ SELECT 1 $$ LANGUAGE sql;\n");
  CHECK(replayed.catalog.unfollowed.size() == 2);
  CHECK(replayed.errors().empty());
}
