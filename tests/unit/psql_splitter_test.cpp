// Tests for split_psql_script: how a psql script is cut into statements, meta-command
// lines and COPY data blocks, following psql's lexical rules (psqlscan.l).

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "parser/diagnostic.hpp"
#include "parser/psql_splitter.hpp"

using pgdrift::InputError;
using pgdrift::Script;
using pgdrift::split_psql_script;

namespace {

const std::string kFile = "dump.sql";

std::vector<std::string> statement_texts(const Script& script) {
  std::vector<std::string> texts;
  for (const auto& statement : script.statements) texts.emplace_back(statement.text);
  return texts;
}

// Every statement's offset points at its first character, and its text is a view of the source.
void check_offsets(std::string_view source, const Script& script) {
  for (const auto& statement : script.statements) {
    INFO("statement: " << statement.text);
    REQUIRE(statement.offset + statement.text.size() <= source.size());
    CHECK(source.substr(statement.offset, statement.text.size()) == statement.text);
    CHECK(statement.text.data() == source.data() + statement.offset);
  }
  for (const auto& meta : script.meta_commands) {
    INFO("meta-command: " << meta.text);
    REQUIRE(meta.offset + meta.text.size() <= source.size());
    CHECK(source.substr(meta.offset, meta.text.size()) == meta.text);
  }
}

// Splits, checks the offsets, and returns the statement texts.
std::vector<std::string> split(std::string_view source) {
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  return statement_texts(script);
}

// The location of the InputError the splitter throws for `source`.
pgdrift::SourceLocation error_location(std::string_view source, std::string* message = nullptr) {
  try {
    split_psql_script(source, kFile);
  } catch (const InputError& error) {
    if (message) *message = error.diagnostic().message;
    CHECK(error.diagnostic().severity == pgdrift::Severity::error);
    return error.diagnostic().where;
  }
  FAIL("expected an InputError for: " << source);
  return {};
}

}  // namespace

TEST_CASE("splitter: statements end at semicolons", "[splitter]") {
  std::string source = "SELECT 1;\nSELECT 2;\n\n  CREATE TABLE t (a int);\n";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(statement_texts(script) ==
          std::vector<std::string>{"SELECT 1;", "SELECT 2;", "CREATE TABLE t (a int);"});
  CHECK(script.statements[0].offset == 0u);
  CHECK(script.statements[1].offset == 10u);
  CHECK(script.statements[2].offset == source.find("CREATE"));
  CHECK(script.meta_commands.empty());
  for (const auto& statement : script.statements) {
    CHECK_FALSE(statement.copy_data.has_value());
    CHECK(statement.toc_comment.empty());
  }
}

TEST_CASE("splitter: several statements on one line", "[splitter]") {
  std::string source = "SELECT 1; SELECT 2;SELECT 3;";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(statement_texts(script) == std::vector<std::string>{"SELECT 1;", "SELECT 2;", "SELECT 3;"});
  CHECK(script.statements[1].offset == 10u);
  CHECK(script.statements[2].offset == 19u);
}

TEST_CASE("splitter: empty and comment-only scripts have no statements", "[splitter]") {
  CHECK(split("").empty());
  CHECK(split("   \n\t\n").empty());
  CHECK(split("-- just a comment; with a semicolon\n/* and ; another */\n").empty());
}

TEST_CASE("splitter: a final statement without a semicolon is still returned", "[splitter]") {
  CHECK(split("SELECT 1;\nSELECT 2") == std::vector<std::string>{"SELECT 1;", "SELECT 2"});
  // Trailing whitespace is not part of the statement.
  CHECK(split("SELECT 1;\nSELECT 2\n\n  \n") == std::vector<std::string>{"SELECT 1;", "SELECT 2"});
  // A comment after the last semicolon is not a statement.
  CHECK(split("SELECT 1;\n-- the end\n") == std::vector<std::string>{"SELECT 1;"});
}

TEST_CASE("splitter: semicolons inside standard strings", "[splitter]") {
  CHECK(split("INSERT INTO t VALUES ('a;b', 'it''s; fine');\nSELECT 2;") ==
        std::vector<std::string>{"INSERT INTO t VALUES ('a;b', 'it''s; fine');", "SELECT 2;"});
  // With standard_conforming_strings (the default since 9.1, and what pg_dump sets), a
  // backslash is an ordinary character in '...': 'C:\' is a complete string.
  CHECK(split("SELECT 'C:\\';\nSELECT 2;") == std::vector<std::string>{"SELECT 'C:\\';", "SELECT 2;"});
  // A string spanning lines.
  CHECK(split("SELECT 'line one;\nline two;';\nSELECT 2;") ==
        std::vector<std::string>{"SELECT 'line one;\nline two;';", "SELECT 2;"});
}

TEST_CASE("splitter: semicolons inside E'...' escape strings", "[splitter]") {
  // \' does not end an E string.
  CHECK(split("SELECT E'it\\'s; still the string';\nSELECT 2;") ==
        std::vector<std::string>{"SELECT E'it\\'s; still the string';", "SELECT 2;"});
  // Lower-case e, and '' doubling inside an escape string.
  CHECK(split("SELECT e'a''b;c\\\\';\nSELECT 2;") ==
        std::vector<std::string>{"SELECT e'a''b;c\\\\';", "SELECT 2;"});
  // E'\\' ends after the escaped backslash: the next quote closes the string.
  CHECK(split("SELECT E'\\\\'; SELECT ';';") == std::vector<std::string>{"SELECT E'\\\\';", "SELECT ';';"});
  // Other prefixes use the standard rules.
  CHECK(split("SELECT B'01', X'1F', N'x;y', U&'d\\0061t;a';\nSELECT 2;") ==
        std::vector<std::string>{"SELECT B'01', X'1F', N'x;y', U&'d\\0061t;a';", "SELECT 2;"});
}

TEST_CASE("splitter: semicolons inside quoted identifiers", "[splitter]") {
  CHECK(split("CREATE TABLE \"a;b\" (\"c\"\"d;\" int);\nSELECT 2;") ==
        std::vector<std::string>{"CREATE TABLE \"a;b\" (\"c\"\"d;\" int);", "SELECT 2;"});
  // A single quote inside a quoted identifier does not open a string.
  CHECK(split("CREATE TABLE \"it's\" (a int);\nSELECT ';';") ==
        std::vector<std::string>{"CREATE TABLE \"it's\" (a int);", "SELECT ';';"});
}

TEST_CASE("splitter: dollar-quoted bodies", "[splitter]") {
  SECTION("$$ ... $$") {
    std::string function =
        "CREATE FUNCTION public.f() RETURNS integer\n"
        "    LANGUAGE sql\n"
        "    AS $$ SELECT 1; SELECT 'x'; $$;";
    CHECK(split(function + "\nSELECT 2;") == std::vector<std::string>{function, "SELECT 2;"});
  }
  SECTION("$tag$ ... $tag$ containing $$ and quotes") {
    std::string function =
        "CREATE FUNCTION public.g() RETURNS trigger\n"
        "    LANGUAGE plpgsql\n"
        "    AS $_$\n"
        "BEGIN\n"
        "  EXECUTE $$SELECT 1; $$;\n"
        "  RAISE NOTICE 'it''s; %', \"x;\";\n"
        "  RETURN NEW;\n"
        "END;\n"
        "$_$;";
    CHECK(split(function + "\nSELECT 2;") == std::vector<std::string>{function, "SELECT 2;"});
  }
  SECTION("tags are case-sensitive") {
    std::string statement = "SELECT $A$ ; $a$ ; $A$;";
    CHECK(split(statement + " SELECT 2;") == std::vector<std::string>{statement, "SELECT 2;"});
  }
  SECTION("an unmatched quote inside a dollar quote is just text") {
    std::string statement = "SELECT $body$ it's; \"unbalanced; ( $body$;";
    CHECK(split(statement + "\nSELECT 2;") == std::vector<std::string>{statement, "SELECT 2;"});
  }
  SECTION("$1 parameters are not dollar quotes") {
    CHECK(split("PREPARE p(int, int) AS SELECT $1 + $2;\nSELECT 3;") ==
          std::vector<std::string>{"PREPARE p(int, int) AS SELECT $1 + $2;", "SELECT 3;"});
    std::string function = "CREATE FUNCTION h(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 * 2;';";
    CHECK(split(function + "\nSELECT $1;") == std::vector<std::string>{function, "SELECT $1;"});
  }
  SECTION("dollar signs inside identifiers are not dollar quotes") {
    CHECK(split("SELECT a$b$c FROM t;\nSELECT 2;") ==
          std::vector<std::string>{"SELECT a$b$c FROM t;", "SELECT 2;"});
  }
}

TEST_CASE("splitter: comments", "[splitter]") {
  SECTION("a -- comment hides a semicolon and a quote") {
    std::string statement = "SELECT 1 -- it's not the end;\n     + 1;";
    CHECK(split(statement + "\nSELECT 2;") == std::vector<std::string>{statement, "SELECT 2;"});
  }
  SECTION("nested /* /* */ */ comments") {
    std::string statement = "SELECT /* a; /* nested; */ still 'in; the comment */ 2;";
    CHECK(split(statement + "\nSELECT 3;") == std::vector<std::string>{statement, "SELECT 3;"});
  }
  SECTION("comments between statements are not part of them") {
    std::string source = "-- header; comment\n/* block;\n comment */\nSELECT 1;\n-- x\nSELECT 2;";
    Script script = split_psql_script(source, kFile);
    check_offsets(source, script);
    REQUIRE(statement_texts(script) == std::vector<std::string>{"SELECT 1;", "SELECT 2;"});
    CHECK(script.statements[0].offset == source.find("SELECT 1"));
    CHECK(script.statements[1].offset == source.find("SELECT 2"));
  }
  SECTION("comment markers inside strings are text") {
    CHECK(split("SELECT '--;', '/*;';\nSELECT 2;") ==
          std::vector<std::string>{"SELECT '--;', '/*;';", "SELECT 2;"});
  }
}

TEST_CASE("splitter: semicolons inside parentheses", "[splitter]") {
  std::string rule = "CREATE RULE r AS ON INSERT TO t DO INSTEAD (SELECT 1; SELECT 2);";
  CHECK(split(rule + "\nSELECT 3;") == std::vector<std::string>{rule, "SELECT 3;"});
  std::string nested = "CREATE RULE r2 AS ON UPDATE TO t DO ALSO (INSERT INTO log VALUES ((1)); NOTIFY t);";
  CHECK(split(nested + "\nSELECT 3;") == std::vector<std::string>{nested, "SELECT 3;"});
}

TEST_CASE("splitter: BEGIN ATOMIC bodies of SQL-standard functions", "[splitter]") {
  SECTION("CREATE FUNCTION ... BEGIN ATOMIC ... END") {
    std::string function =
        "CREATE FUNCTION public.add(a integer, b integer) RETURNS integer\n"
        "    LANGUAGE sql\n"
        "    BEGIN ATOMIC\n"
        " SELECT (a + b);\n"
        " SELECT 2;\n"
        "END;";
    CHECK(split(function + "\nSELECT 3;") == std::vector<std::string>{function, "SELECT 3;"});
  }
  SECTION("CASE ... END inside the body") {
    std::string function =
        "CREATE OR REPLACE FUNCTION public.sign_of(x integer) RETURNS integer\n"
        "    LANGUAGE sql\n"
        "    BEGIN ATOMIC\n"
        " SELECT CASE WHEN x > 0 THEN 1 WHEN x < 0 THEN -1 ELSE 0 END AS sign;\n"
        " SELECT CASE x WHEN 1 THEN 'one' ELSE 'other' END;\n"
        "END;";
    CHECK(split(function + "\nSELECT 3;") == std::vector<std::string>{function, "SELECT 3;"});
  }
  SECTION("procedures") {
    std::string procedure =
        "create procedure public.p() language sql begin atomic insert into t values (1); "
        "insert into t values (2); end;";
    CHECK(split(procedure + "\nSELECT 3;") == std::vector<std::string>{procedure, "SELECT 3;"});
    std::string replace = "CREATE OR REPLACE PROCEDURE q() LANGUAGE sql BEGIN ATOMIC SELECT 1; END;";
    CHECK(split(replace + "\nSELECT 3;") == std::vector<std::string>{replace, "SELECT 3;"});
  }
  SECTION("BEGIN outside a routine definition is a statement of its own") {
    CHECK(split("BEGIN;\nSELECT 1;\nEND;\nSELECT 2;") ==
          std::vector<std::string>{"BEGIN;", "SELECT 1;", "END;", "SELECT 2;"});
    // A CREATE TABLE that mentions begin/case/end words does not nest.
    CHECK(split("CREATE TABLE begin (case_ int, \"end\" int);\nSELECT 2;") ==
          std::vector<std::string>{"CREATE TABLE begin (case_ int, \"end\" int);", "SELECT 2;"});
  }
  SECTION("a plpgsql BEGIN inside a dollar quote does not count") {
    std::string function =
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$BEGIN PERFORM 1; END$$;";
    CHECK(split(function + "\nSELECT 2;") == std::vector<std::string>{function, "SELECT 2;"});
  }
}

TEST_CASE("splitter: psql meta-command lines", "[splitter]") {
  std::string source =
      "\\restrict AbC123\n"
      "SET x = 1;\n"
      "\\connect db\n"
      "\\set x 1\n"
      "SELECT 2;\n"
      "\n"
      "\\unrestrict AbC123\n";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(statement_texts(script) == std::vector<std::string>{"SET x = 1;", "SELECT 2;"});
  REQUIRE(script.meta_commands.size() == 4u);
  CHECK(script.meta_commands[0].text == "\\restrict AbC123");
  CHECK(script.meta_commands[0].offset == 0u);
  CHECK(script.meta_commands[1].text == "\\connect db");
  CHECK(script.meta_commands[1].offset == source.find("\\connect"));
  CHECK(script.meta_commands[2].text == "\\set x 1");
  CHECK(script.meta_commands[2].offset == source.find("\\set"));
  CHECK(script.meta_commands[3].text == "\\unrestrict AbC123");
  CHECK(script.meta_commands[3].offset == source.find("\\unrestrict"));
  for (const auto& statement : script.statements) {
    CHECK(statement.text.find('\\') == std::string_view::npos);
  }
}

TEST_CASE("splitter: a meta-command on the last line without a newline", "[splitter]") {
  std::string source = "SELECT 1;\n\\unrestrict K";
  Script script = split_psql_script(source, kFile);
  REQUIRE(statement_texts(script) == std::vector<std::string>{"SELECT 1;"});
  REQUIRE(script.meta_commands.size() == 1u);
  CHECK(script.meta_commands[0].text == "\\unrestrict K");
  CHECK(script.meta_commands[0].offset == 10u);
}

TEST_CASE("splitter: backslashes inside strings are not meta-commands", "[splitter]") {
  Script script = split_psql_script("SELECT '\\connect x';\nSELECT $$\n\\set y$$;\n", kFile);
  CHECK(script.meta_commands.empty());
  CHECK(statement_texts(script) == std::vector<std::string>{"SELECT '\\connect x';", "SELECT $$\n\\set y$$;"});
}

TEST_CASE("splitter: COPY ... FROM stdin data blocks", "[splitter]") {
  std::string source =
      "--\n"
      "-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: postgres\n"
      "--\n"
      "\n"
      "COPY public.t (a, b, c) FROM stdin;\n"
      "1\tx;y\t\\N\n"
      "2\tSELECT 1;\t'quote\n"
      "3\t\\.not the end\t$$\n"
      "\\.\n"
      "\n"
      "SELECT pg_catalog.setval('public.t_a_seq', 3, true);\n";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(script.statements.size() == 2u);
  const auto& copy = script.statements[0];
  CHECK(copy.text == "COPY public.t (a, b, c) FROM stdin;");
  CHECK(copy.offset == source.find("COPY"));
  REQUIRE(copy.copy_data.has_value());
  CHECK(*copy.copy_data == "1\tx;y\t\\N\n2\tSELECT 1;\t'quote\n3\t\\.not the end\t$$\n");
  const auto& next = script.statements[1];
  CHECK(next.text == "SELECT pg_catalog.setval('public.t_a_seq', 3, true);");
  CHECK(next.offset == source.find("SELECT pg_catalog"));
  CHECK_FALSE(next.copy_data.has_value());
  // The terminator line is neither a statement nor a meta-command.
  CHECK(script.meta_commands.empty());
}

TEST_CASE("splitter: COPY with no rows, and with options", "[splitter]") {
  std::string source =
      "COPY public.empty (a) FROM stdin;\n"
      "\\.\n"
      "COPY public.csv (a) FROM STDIN WITH (FORMAT csv);\n"
      "1;2\n"
      "\\.\n"
      "SELECT 1;";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(script.statements.size() == 3u);
  REQUIRE(script.statements[0].copy_data.has_value());
  CHECK(script.statements[0].copy_data->empty());
  REQUIRE(script.statements[1].copy_data.has_value());
  CHECK(*script.statements[1].copy_data == "1;2\n");
  CHECK(script.statements[2].text == "SELECT 1;");
  CHECK_FALSE(script.statements[2].copy_data.has_value());
}

TEST_CASE("splitter: COPY data ending at end of file", "[splitter]") {
  Script script = split_psql_script("COPY t (a) FROM stdin;\n1\n\\.", kFile);
  REQUIRE(script.statements.size() == 1u);
  REQUIRE(script.statements[0].copy_data.has_value());
  CHECK(*script.statements[0].copy_data == "1\n");
}

TEST_CASE("splitter: COPY TO stdout has no data block", "[splitter]") {
  Script script = split_psql_script("COPY t TO stdout;\nSELECT 1;\n", kFile);
  REQUIRE(statement_texts(script) == std::vector<std::string>{"COPY t TO stdout;", "SELECT 1;"});
  CHECK_FALSE(script.statements[0].copy_data.has_value());
}

TEST_CASE("splitter: COPY FROM stdin split over lines", "[splitter]") {
  // psql reads data after any COPY ... FROM STDIN, however the words are spaced.
  std::string source = "COPY t (a)\n    FROM\n    stdin;\n1;2\n\\.\nSELECT 1;\n";
  Script script = split_psql_script(source, kFile);
  REQUIRE(script.statements.size() == 2u);
  REQUIRE(script.statements[0].copy_data.has_value());
  CHECK(*script.statements[0].copy_data == "1;2\n");
  CHECK(script.statements[1].text == "SELECT 1;");
}

TEST_CASE("splitter: pg_dump table-of-contents comments", "[splitter]") {
  std::string toc = "-- Name: agent_calls; Type: TABLE; Schema: public; Owner: postgres";
  std::string source =
      "--\n"
      "-- PostgreSQL database dump\n"
      "--\n"
      "\n"
      "SET statement_timeout = 0;\n"
      "\n"
      "--\n" +
      toc +
      "\n"
      "--\n"
      "\n"
      "CREATE TABLE public.agent_calls (\n"
      "    id uuid NOT NULL\n"
      ");\n"
      "\n"
      "\n"
      "ALTER TABLE public.agent_calls OWNER TO postgres;\n";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(script.statements.size() == 3u);
  CHECK(script.statements[0].toc_comment.empty());
  CHECK(script.statements[1].toc_comment == toc);
  CHECK(script.statements[1].text.starts_with("CREATE TABLE public.agent_calls"));
  // The comment belongs to one statement only.
  CHECK(script.statements[2].toc_comment.empty());
}

TEST_CASE("splitter: statements and offsets with multibyte text", "[splitter]") {
  std::string source = "COMMENT ON TABLE t IS 'café; ñandú';\nSELECT 'ü';";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(statement_texts(script) ==
          std::vector<std::string>{"COMMENT ON TABLE t IS 'café; ñandú';", "SELECT 'ü';"});
  CHECK(script.statements[1].offset == source.find("SELECT"));
}

TEST_CASE("splitter: an unterminated string reports where it started", "[splitter][errors]") {
  std::string message;
  auto where = error_location("SELECT 1;\nSELECT 'ab', 'cd\n\nSELECT 3;\n", &message);
  CHECK(where.file == kFile);
  CHECK(where.line == 2);
  CHECK(where.column == 14);
  CHECK_THAT(message, Catch::Contains("unterminated"));
}

TEST_CASE("splitter: error columns count characters, not bytes", "[splitter][errors]") {
  // 'é' is two bytes but one character: the open quote is the 13th character.
  auto where = error_location("SELECT 'é', 'ab\n");
  CHECK(where.line == 1);
  CHECK(where.column == 13);
}

TEST_CASE("splitter: an unterminated escape string", "[splitter][errors]") {
  // The closing quote is escaped, so the string never ends.
  auto where = error_location("SELECT 1;\n\nSELECT E'it\\';\nSELECT 2;\n");
  CHECK(where.line == 3);
}

TEST_CASE("splitter: an unterminated quoted identifier", "[splitter][errors]") {
  std::string message;
  auto where = error_location("SELECT 1;\nCREATE TABLE \"abc (a int);\n", &message);
  CHECK(where.line == 2);
  CHECK(where.column == 14);
  CHECK_THAT(message, Catch::Contains("unterminated"));
}

TEST_CASE("splitter: an unterminated dollar quote", "[splitter][errors]") {
  std::string message;
  auto where = error_location(
      "SELECT 1;\n"
      "CREATE FUNCTION f() RETURNS int\n"
      "    AS $body$ SELECT 1; $bod$;\n"
      "SELECT 2;\n",
      &message);
  CHECK(where.line == 3);
  CHECK(where.column == 8);
  CHECK_THAT(message, Catch::Contains("unterminated"));
}

TEST_CASE("splitter: an unterminated nested block comment", "[splitter][errors]") {
  std::string message;
  // The inner comment is closed, the outer one is not.
  auto where = error_location("SELECT 1;\n  /* outer /* inner */ still open\nSELECT 2;\n", &message);
  CHECK(where.line == 2);
  CHECK(where.column == 3);
  CHECK_THAT(message, Catch::Contains("unterminated"));
}

TEST_CASE("splitter: COPY data without its \\. terminator", "[splitter][errors]") {
  std::string message;
  auto where = error_location("SELECT 1;\n\nCOPY t (a) FROM stdin;\n1\n2\n", &message);
  CHECK(where.file == kFile);
  // The unterminated block starts with the COPY statement on line 3.
  CHECK(where.line == 3);
  CHECK(where.column == 1);
  CHECK_THAT(message, Catch::Contains("\\."));
}

TEST_CASE("splitter: a line \\. must be alone to end COPY data", "[splitter][errors]") {
  // "\.x" and " \." are data, so this block is never terminated.
  CHECK_THROWS_AS(split_psql_script("COPY t (a) FROM stdin;\n\\.x\n \\.\n", kFile), InputError);
}

TEST_CASE("splitter: TOC comments after a COPY data block", "[splitter]") {
  std::string toc = "-- Name: t_a_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres";
  std::string source =
      "COPY public.t (a) FROM stdin;\n"
      "1\n"
      "\\.\n"
      "\n"
      "\n"
      "--\n" +
      toc +
      "\n"
      "--\n"
      "\n"
      "SELECT pg_catalog.setval('public.t_a_seq', 1, true);\n";
  Script script = split_psql_script(source, kFile);
  check_offsets(source, script);
  REQUIRE(script.statements.size() == 2u);
  CHECK(script.statements[0].toc_comment.empty());
  CHECK(script.statements[1].toc_comment == toc);
}

TEST_CASE("splitter: a meta-command after a final statement without a semicolon", "[splitter]") {
  // psql keeps "SELECT 1" in its query buffer, runs \unrestrict, and sends the buffer at
  // end of file: the meta-command line is not part of the statement.
  std::string source = "SELECT 1\n\\unrestrict K\n";
  Script script = split_psql_script(source, kFile);
  REQUIRE(script.meta_commands.size() == 1u);
  CHECK(script.meta_commands[0].text == "\\unrestrict K");
  REQUIRE(script.statements.size() == 1u);
  CHECK(script.statements[0].text == "SELECT 1");
}
