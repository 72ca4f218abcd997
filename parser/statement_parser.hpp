#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

struct StatementParse {
  std::vector<const ast::Node*> trees;  // usually one; empty on error
  std::optional<std::string> error;
  int error_cursor = 0;  // 1-based character position of the error in the statement, 0 if none
};

// Parses one SQL statement with libpg_query (PostgreSQL's own grammar) into our AST.
// Thread-safe: each thread should pass its own arena.
StatementParse parse_statement(std::string_view sql, ast::Arena& arena);

}  // namespace pgdrift
