// Tests for canonical_type: a column's TypeName in the spelling PostgreSQL's format_type()
// prints (what pg_dump writes and what \d shows).

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "analyzer/types/type_name.hpp"
#include "parser/script_reader.hpp"

using pgdrift::canonical_type;

namespace {

const pgdrift::TypeSchemaLookup kNoLookup = [](std::string_view) -> std::optional<std::string> {
  return std::nullopt;
};

// The canonical spelling of `type` as the type of a column.
std::string column_type(const std::string& type, const pgdrift::TypeSchemaLookup& lookup = kNoLookup) {
  INFO("type: " << type);
  auto parsed = pgdrift::read_script_text("t.sql", "CREATE TABLE t (c " + type + ");");
  REQUIRE(parsed.diagnostics.empty());
  REQUIRE(parsed.statements.size() == 1u);
  REQUIRE(parsed.statements[0].tree != nullptr);
  auto elements = parsed.statements[0].tree->list("tableElts");
  REQUIRE(elements.size() == 1u);
  const pgdrift::ast::Node* type_name = elements[0].get("typeName");
  REQUIRE(type_name != nullptr);
  return canonical_type(*type_name, lookup);
}

}  // namespace

TEST_CASE("type: integers", "[type]") {
  CHECK(column_type("int") == "integer");
  CHECK(column_type("int4") == "integer");
  CHECK(column_type("integer") == "integer");
  CHECK(column_type("INTEGER") == "integer");
  CHECK(column_type("pg_catalog.int4") == "integer");
  CHECK(column_type("int8") == "bigint");
  CHECK(column_type("bigint") == "bigint");
  CHECK(column_type("smallint") == "smallint");
  CHECK(column_type("int2") == "smallint");
}

TEST_CASE("type: floating point", "[type]") {
  CHECK(column_type("real") == "real");
  CHECK(column_type("float4") == "real");
  CHECK(column_type("float(24)") == "real");
  CHECK(column_type("float") == "double precision");
  CHECK(column_type("float8") == "double precision");
  CHECK(column_type("float(53)") == "double precision");
  CHECK(column_type("double precision") == "double precision");
}

TEST_CASE("type: boolean", "[type]") {
  CHECK(column_type("bool") == "boolean");
  CHECK(column_type("boolean") == "boolean");
}

TEST_CASE("type: character types", "[type]") {
  CHECK(column_type("varchar(10)") == "character varying(10)");
  CHECK(column_type("character varying(10)") == "character varying(10)");
  CHECK(column_type("varchar") == "character varying");
  CHECK(column_type("character varying") == "character varying");
  CHECK(column_type("char(3)") == "character(3)");
  CHECK(column_type("character(3)") == "character(3)");
  CHECK(column_type("char") == "character(1)");
  CHECK(column_type("character") == "character(1)");
  CHECK(column_type("text") == "text");
  // The single-byte internal type "char" is a different type, and must stay quoted.
  CHECK(column_type("\"char\"") == "\"char\"");
}

TEST_CASE("type: numeric", "[type]") {
  CHECK(column_type("numeric(10,2)") == "numeric(10,2)");
  CHECK(column_type("numeric(10, 2)") == "numeric(10,2)");
  CHECK(column_type("numeric(10)") == "numeric(10,0)");
  CHECK(column_type("numeric(10,0)") == "numeric(10,0)");
  CHECK(column_type("numeric") == "numeric");
  CHECK(column_type("decimal") == "numeric");
  CHECK(column_type("decimal(12,4)") == "numeric(12,4)");
  CHECK(column_type("dec(5)") == "numeric(5,0)");
}

TEST_CASE("type: date and time", "[type]") {
  CHECK(column_type("date") == "date");
  CHECK(column_type("timestamp") == "timestamp without time zone");
  CHECK(column_type("timestamp without time zone") == "timestamp without time zone");
  CHECK(column_type("timestamp(6)") == "timestamp(6) without time zone");
  CHECK(column_type("timestamptz") == "timestamp with time zone");
  CHECK(column_type("timestamp with time zone") == "timestamp with time zone");
  CHECK(column_type("timestamp(3) with time zone") == "timestamp(3) with time zone");
  CHECK(column_type("timestamptz(3)") == "timestamp(3) with time zone");
  CHECK(column_type("time") == "time without time zone");
  CHECK(column_type("time(0)") == "time(0) without time zone");
  CHECK(column_type("time with time zone") == "time with time zone");
  CHECK(column_type("timetz") == "time with time zone");
  CHECK(column_type("time(2) with time zone") == "time(2) with time zone");
}

TEST_CASE("type: interval", "[type]") {
  CHECK(column_type("interval") == "interval");
  CHECK(column_type("interval(3)") == "interval(3)");
  CHECK(column_type("interval year") == "interval year");
  CHECK(column_type("interval year to month") == "interval year to month");
  CHECK(column_type("interval day to second") == "interval day to second");
  CHECK(column_type("interval day to second(3)") == "interval day to second(3)");
  CHECK(column_type("interval hour to minute") == "interval hour to minute");
  CHECK(column_type("interval second(2)") == "interval second(2)");
}

TEST_CASE("type: arrays", "[type]") {
  CHECK(column_type("text[]") == "text[]");
  CHECK(column_type("integer[][]") == "integer[]");
  CHECK(column_type("int[3]") == "integer[]");
  CHECK(column_type("integer ARRAY") == "integer[]");
  CHECK(column_type("varchar(5)[]") == "character varying(5)[]");
  CHECK(column_type("timestamp(3) with time zone[]") == "timestamp(3) with time zone[]");
}

TEST_CASE("type: other built-in types", "[type]") {
  CHECK(column_type("uuid") == "uuid");
  CHECK(column_type("jsonb") == "jsonb");
  CHECK(column_type("json") == "json");
  CHECK(column_type("bytea") == "bytea");
  CHECK(column_type("inet") == "inet");
  CHECK(column_type("bit varying(5)") == "bit varying(5)");
  CHECK(column_type("varbit(5)") == "bit varying(5)");
  CHECK(column_type("bit varying") == "bit varying");
  CHECK(column_type("bit") == "bit(1)");
  CHECK(column_type("bit(8)") == "bit(8)");
}

TEST_CASE("type: user-defined types keep their schema", "[type]") {
  CHECK(column_type("public.mood") == "public.mood");
  CHECK(column_type("public.mood[]") == "public.mood[]");
  CHECK(column_type("\"Mixed Case\".mood") == "\"Mixed Case\".mood");
  CHECK(column_type("\"Mixed Case\".\"Mood\"") == "\"Mixed Case\".\"Mood\"");
  CHECK(column_type("app.\"order\"") == "app.\"order\"");
  // Unqualified and unknown to the lookup: the bare name.
  CHECK(column_type("mood") == "mood");
}

TEST_CASE("type: unqualified user types are qualified by the lookup", "[type]") {
  pgdrift::TypeSchemaLookup lookup = [](std::string_view name) -> std::optional<std::string> {
    if (name == "mood") return std::string("public");
    if (name == "Status") return std::string("Sales Dept");
    return std::nullopt;
  };
  CHECK(column_type("mood", lookup) == "public.mood");
  CHECK(column_type("mood[]", lookup) == "public.mood[]");
  CHECK(column_type("\"Status\"", lookup) == "\"Sales Dept\".\"Status\"");
  // Built-in types are never looked up.
  CHECK(column_type("integer", lookup) == "integer");
  CHECK(column_type("pg_catalog.text", lookup) == "text");
}

TEST_CASE("type: without modifiers", "[type]") {
  auto parsed = pgdrift::read_script_text("t.sql", "CREATE TABLE t (a varchar(10)[], b numeric(10,2));");
  REQUIRE(parsed.statements.size() == 1u);
  REQUIRE(parsed.statements[0].tree != nullptr);
  auto elements = parsed.statements[0].tree->list("tableElts");
  REQUIRE(elements.size() == 2u);
  CHECK(pgdrift::canonical_type_without_modifiers(*elements[0].get("typeName"), kNoLookup) ==
        "character varying[]");
  CHECK(pgdrift::canonical_type_without_modifiers(*elements[1].get("typeName"), kNoLookup) == "numeric");
}

TEST_CASE("type: more spellings", "[type]") {
  CHECK(column_type("pg_catalog.varchar(10)") == "character varying(10)");
  CHECK(column_type("pg_catalog.bool") == "boolean");
  CHECK(column_type("national character varying(7)") == "character varying(7)");
  CHECK(column_type("char varying(4)") == "character varying(4)");
  CHECK(column_type("double precision[]") == "double precision[]");
  CHECK(column_type("numeric(10,2)[]") == "numeric(10,2)[]");
  // A user type that happens to share a built-in's internal name keeps its schema.
  CHECK(column_type("public.int4") == "public.int4");
}

namespace {

std::optional<std::string> serial_of(const std::string& type) {
  auto parsed = pgdrift::read_script_text("t.sql", "CREATE TABLE t (c " + type + ");");
  REQUIRE(parsed.statements.size() == 1u);
  REQUIRE(parsed.statements[0].tree != nullptr);
  auto elements = parsed.statements[0].tree->list("tableElts");
  REQUIRE(elements.size() == 1u);
  return pgdrift::serial_base_type(*elements[0].get("typeName"));
}

}  // namespace

TEST_CASE("type: serial pseudo-types", "[type]") {
  CHECK(serial_of("serial") == std::optional<std::string>("integer"));
  CHECK(serial_of("serial4") == std::optional<std::string>("integer"));
  CHECK(serial_of("bigserial") == std::optional<std::string>("bigint"));
  CHECK(serial_of("serial8") == std::optional<std::string>("bigint"));
  CHECK(serial_of("smallserial") == std::optional<std::string>("smallint"));
  CHECK(serial_of("serial2") == std::optional<std::string>("smallint"));
  CHECK_FALSE(serial_of("integer").has_value());
  CHECK_FALSE(serial_of("public.serial").has_value());
}
