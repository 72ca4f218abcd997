// Tests for read_script_text: splitting, parallel parsing, and the diagnostics for
// syntax errors (positioned like PostgreSQL's error cursor) and psql meta-commands.

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <span>
#include <stdexcept>
#include <string>

#include "parser/diagnostic.hpp"
#include "parser/script_reader.hpp"

using pgdrift::ParsedScript;
using pgdrift::read_script_text;
using pgdrift::Severity;

namespace {

std::string_view relname(const pgdrift::ParsedStatement& statement) {
  REQUIRE(statement.tree != nullptr);
  REQUIRE(statement.tree->is("CreateStmt"));
  const pgdrift::ast::Node* relation = statement.tree->get("relation");
  REQUIRE(relation != nullptr);
  return relation->str("relname");
}

}  // namespace

TEST_CASE("reader: a clean script parses without diagnostics", "[reader]") {
  ParsedScript parsed = read_script_text("ok.sql",
                                         "CREATE TABLE a (x int);\n"
                                         "\n"
                                         "  CREATE TABLE b (y text);\n");
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.statements.size() == 2u);
  CHECK(relname(parsed.statements[0]) == "a");
  CHECK(relname(parsed.statements[1]) == "b");
  CHECK(parsed.statements[0].where.file == "ok.sql");
  CHECK(parsed.statements[0].where.line == 1);
  CHECK(parsed.statements[0].where.column == 1);
  CHECK(parsed.statements[1].where.line == 3);
  CHECK(parsed.statements[1].where.column == 3);
  REQUIRE(parsed.statements[1].source != nullptr);
  CHECK(parsed.statements[1].source->text == "CREATE TABLE b (y text);");
}

TEST_CASE("reader: a syntax error is reported at PostgreSQL's cursor position", "[reader]") {
  // Line 3 has a two-byte character before the error: the column counts characters.
  //                    1234567890123456789012345678901
  std::string line3 = "CREATE TABLE c (é text, z int int);";
  ParsedScript parsed = read_script_text("schema.sql",
                                         "CREATE TABLE a (x int);\n"
                                         "CREATE TABLE b (y int);\n" +
                                             line3 +
                                             "\n"
                                             "CREATE TABLE d (w int);\n");
  REQUIRE(parsed.diagnostics.size() == 1u);
  const auto& error = parsed.diagnostics[0];
  CHECK(error.severity == Severity::error);
  CHECK(error.where.file == "schema.sql");
  CHECK(error.where.line == 3);
  CHECK(error.where.column == 31);
  CHECK(error.message == "syntax error at or near \"int\"");
  CHECK(error.to_string() == "schema.sql:3:31: error: syntax error at or near \"int\"");

  REQUIRE(parsed.statements.size() == 4u);
  CHECK(relname(parsed.statements[0]) == "a");
  CHECK(relname(parsed.statements[1]) == "b");
  CHECK(parsed.statements[2].tree == nullptr);
  CHECK(parsed.statements[2].where.line == 3);
  CHECK(parsed.statements[2].where.column == 31);
  REQUIRE(parsed.statements[2].source != nullptr);
  CHECK(parsed.statements[2].source->text == line3);
  CHECK(relname(parsed.statements[3]) == "d");
}

TEST_CASE("reader: an error in a statement that starts mid-line", "[reader]") {
  // The third statement starts after two others on line 2; its error column is counted
  // from the start of the line, in characters ('ñandú' has two two-byte characters).
  //               1234567890123456789012345678901234567890123456789012
  std::string line2 = "SELECT 'ñandú'; SELECT 2; SELECT 3 FROM FROM t;";
  ParsedScript parsed = read_script_text("mid.sql", "SELECT 1;\n" + line2 + "\n");
  REQUIRE(parsed.diagnostics.size() == 1u);
  CHECK(parsed.diagnostics[0].to_string() == "mid.sql:2:41: error: syntax error at or near \"FROM\"");
  REQUIRE(parsed.statements.size() == 4u);
  CHECK(parsed.statements[0].tree != nullptr);
  CHECK(parsed.statements[1].tree != nullptr);
  CHECK(parsed.statements[2].tree != nullptr);
  CHECK(parsed.statements[3].tree == nullptr);
}

TEST_CASE("reader: a truncated last statement is an error", "[reader]") {
  ParsedScript parsed = read_script_text("cut.sql", "CREATE TABLE a (x int);\nCREATE TABLE t (a int");
  REQUIRE(parsed.diagnostics.size() == 1u);
  const auto& error = parsed.diagnostics[0];
  CHECK(error.severity == Severity::error);
  CHECK(error.message == "syntax error at end of input");
  // PostgreSQL puts the cursor just past the last character.
  CHECK(error.where.line == 2);
  CHECK(error.where.column == 22);
  REQUIRE(parsed.statements.size() == 2u);
  CHECK(parsed.statements[0].tree != nullptr);
  CHECK(parsed.statements[1].tree == nullptr);
}

TEST_CASE("reader: a truncated statement followed by blank lines", "[reader]") {
  ParsedScript parsed = read_script_text("cut.sql", "CREATE TABLE t (a int\n\n");
  REQUIRE(parsed.diagnostics.size() == 1u);
  CHECK(parsed.diagnostics[0].severity == Severity::error);
  CHECK(parsed.diagnostics[0].where.line == 1);
  CHECK(parsed.diagnostics[0].where.column == 22);
}

TEST_CASE("reader: psql meta-commands", "[reader]") {
  SECTION("\\connect is ignored with a warning") {
    ParsedScript parsed = read_script_text("m.sql", "SELECT 1;\n\\connect x\nSELECT 2;\n");
    REQUIRE(parsed.diagnostics.size() == 1u);
    const auto& warning = parsed.diagnostics[0];
    CHECK(warning.severity == Severity::warning);
    CHECK(warning.where.line == 2);
    CHECK(warning.where.column == 1);
    CHECK_THAT(warning.message, Catch::Contains("\\connect x"));
    CHECK_THAT(warning.to_string(), Catch::StartsWith("m.sql:2:1: warning: "));
    CHECK(parsed.statements.size() == 2u);
  }
  SECTION("\\restrict and \\unrestrict are silent") {
    ParsedScript parsed = read_script_text("r.sql",
                                           "\\restrict K9xQ\n"
                                           "CREATE TABLE a (x int);\n"
                                           "\\unrestrict K9xQ\n");
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.statements.size() == 1u);
    CHECK(relname(parsed.statements[0]) == "a");
  }
}

TEST_CASE("reader: SQL-standard function bodies parse as one statement", "[reader]") {
  ParsedScript parsed = read_script_text("f.sql",
                                         "CREATE FUNCTION public.sign_of(x integer) RETURNS integer\n"
                                         "    LANGUAGE sql\n"
                                         "    BEGIN ATOMIC\n"
                                         " SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n"
                                         "END;\n"
                                         "CREATE TABLE a (x int);\n");
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.statements.size() == 2u);
  REQUIRE(parsed.statements[0].tree != nullptr);
  CHECK(parsed.statements[0].tree->is("CreateFunctionStmt"));
  CHECK(relname(parsed.statements[1]) == "a");
}

TEST_CASE("reader: COPY data is not parsed as SQL", "[reader]") {
  ParsedScript parsed = read_script_text("c.sql",
                                         "COPY public.t (a, b) FROM stdin;\n"
                                         "1\tnot; sql (\n"
                                         "\\.\n"
                                         "CREATE TABLE a (x int);\n");
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.statements.size() == 2u);
  REQUIRE(parsed.statements[0].tree != nullptr);
  CHECK(parsed.statements[0].tree->is("CopyStmt"));
  CHECK(relname(parsed.statements[1]) == "a");
  CHECK(parsed.statements[1].where.line == 4);
}

TEST_CASE("reader: an unterminated quote makes the input unreadable", "[reader]") {
  CHECK_THROWS_AS(read_script_text("q.sql", "SELECT 1;\nSELECT 'oops;\n"), pgdrift::InputError);
}

TEST_CASE("reader: thousands of statements parsed in parallel keep their order", "[reader][parallel]") {
  constexpr int kStatements = 3000;
  constexpr int kBad = 1500;
  std::string text;
  for (int i = 0; i < kStatements; ++i) {
    if (i == kBad) {
      text += fmt::format("CREATE TABLE t{} (a int int);\n", i);
    } else {
      text += fmt::format("CREATE TABLE t{} (a int);\n", i);
    }
  }
  for (unsigned threads : {0u, 1u, 4u, 7u}) {
    INFO("threads: " << threads);
    pgdrift::ReadOptions options;
    options.threads = threads;
    ParsedScript parsed = read_script_text("many.sql", text, options);
    REQUIRE(parsed.statements.size() == static_cast<std::size_t>(kStatements));
    REQUIRE(parsed.diagnostics.size() == 1u);
    CHECK(parsed.diagnostics[0].where.line == kBad + 1);
    //                              "CREATE TABLE t1500 (a int " is 26 characters
    CHECK(parsed.diagnostics[0].where.column == 27);
    bool in_order = true;
    for (int i = 0; i < kStatements; ++i) {
      const auto& statement = parsed.statements[static_cast<std::size_t>(i)];
      if (statement.where.line != i + 1) in_order = false;
      if (i == kBad) {
        CHECK(statement.tree == nullptr);
        continue;
      }
      if (statement.tree == nullptr || !statement.tree->is("CreateStmt") ||
          statement.tree->get("relation")->str("relname") != fmt::format("t{}", i)) {
        in_order = false;
      }
    }
    CHECK(in_order);
  }
}

TEST_CASE("reader: a sink gets every statement in order, a block at a time", "[reader][parallel]") {
  constexpr int kStatements = 3000;
  constexpr int kBad = 1700;
  std::string text;
  for (int i = 0; i < kStatements; ++i) text += fmt::format("CREATE TABLE t{} (a int{});\n", i, i == kBad ? " int" : "");
  for (unsigned threads : {0u, 1u, 4u}) {
    INFO("threads: " << threads);
    pgdrift::ReadOptions options;
    options.threads = threads;
    int seen = 0;
    int blocks = 0;
    bool in_order = true;
    ParsedScript parsed = read_script_text(
        "many.sql", text,
        [&](std::span<const pgdrift::ParsedStatement> block) {
          ++blocks;
          for (const pgdrift::ParsedStatement& statement : block) {
            // The trees are alive while the sink runs.
            bool expected = statement.where.line == seen + 1 &&
                            (seen == kBad ? statement.tree == nullptr
                                          : statement.tree && relname(statement) == fmt::format("t{}", seen));
            if (!expected) in_order = false;
            ++seen;
          }
        },
        options);
    CHECK(in_order);
    CHECK(seen == kStatements);
    CHECK(blocks > 1);
    CHECK(parsed.statements.empty());
    REQUIRE(parsed.diagnostics.size() == 1u);
    CHECK(parsed.diagnostics[0].where.line == kBad + 1);
  }
}

TEST_CASE("reader: a sink that fails stops the parser threads", "[reader][parallel]") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += fmt::format("CREATE TABLE t{} (a int);\n", i);
  int blocks = 0;
  auto failing = [&](std::span<const pgdrift::ParsedStatement>) {
    if (++blocks == 3) throw std::runtime_error("sink failed");
  };
  CHECK_THROWS_WITH(read_script_text("many.sql", text, failing), "sink failed");
  CHECK(blocks == 3);
}

TEST_CASE("reader: an error on a later line of a multi-line statement", "[reader]") {
  ParsedScript parsed = read_script_text("multi.sql",
                                         "SELECT 1;\n"
                                         "CREATE TABLE ü (\n"
                                         "    é text,\n"
                                         "    ñ int int\n"
                                         ");\n");
  REQUIRE(parsed.diagnostics.size() == 1u);
  CHECK(parsed.diagnostics[0].to_string() == "multi.sql:4:11: error: syntax error at or near \"int\"");
}

TEST_CASE("reader: an error after a four-byte character", "[reader]") {
  //                      12345678901234567
  ParsedScript parsed = read_script_text("emoji.sql", "SELECT '😀' FROM FROM t;\n");
  REQUIRE(parsed.diagnostics.size() == 1u);
  CHECK(parsed.diagnostics[0].where.line == 1);
  CHECK(parsed.diagnostics[0].where.column == 17);
}

TEST_CASE("reader: diagnostics after a BOM and CRLF line ends", "[reader]") {
  ParsedScript parsed = read_script_text("win.sql", "\xEF\xBB\xBFSELECT 1;\r\nSELECT FROM FROM t;\r\n");
  REQUIRE(parsed.diagnostics.size() == 1u);
  CHECK(parsed.diagnostics[0].where.line == 2);
  CHECK(parsed.diagnostics[0].where.column == 13);
}

TEST_CASE("reader: empty statements are neither trees nor errors", "[reader]") {
  ParsedScript parsed = read_script_text("semi.sql", ";\n;;\nCREATE TABLE a (x int);;\n");
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.statements.size() == 1u);
  CHECK(relname(parsed.statements[0]) == "a");
  CHECK(parsed.statements[0].where.line == 3);
}

TEST_CASE("reader: a last statement without a semicolon before \\unrestrict", "[reader]") {
  // psql runs the meta-command and sends "CREATE TABLE a (x int)" at end of file.
  ParsedScript parsed = read_script_text("end.sql", "\\restrict K\nCREATE TABLE a (x int)\n\\unrestrict K\n");
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.statements.size() == 1u);
  CHECK(relname(parsed.statements[0]) == "a");
}
