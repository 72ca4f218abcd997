#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parser/ast.hpp"

namespace pgdrift {

struct PlpgsqlParse {
  // libpg_query's PLpgSQL_function node in our AST form (tags such as PLpgSQL_stmt_block,
  // PLpgSQL_stmt_execsql; embedded SQL as the text of PLpgSQL_expr "query" fields). Its
  // "lineno" fields count the body's lines from 1. Null when the body does not parse.
  const ast::Node* function = nullptr;
  std::optional<std::string> error;
};

// Parses a PL/pgSQL body (a DO block's, or a function's) with PostgreSQL's PL/pgSQL grammar,
// as libpg_query has it. `header` is what CREATE FUNCTION says before AS: a function's
// arguments and return type declare the variables its body may assign (its parameters, a
// trigger function's NEW and OLD). Runs on a thread with a stack large enough for the body.
PlpgsqlParse parse_plpgsql_body(std::string_view body, ast::Arena& arena,
                                std::string_view header = "pg_temp.pgdrift_do_block() RETURNS void");

}  // namespace pgdrift
