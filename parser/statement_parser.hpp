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
// Thread-safe: each thread should pass its own arena. Its thread needs a stack of
// parse_stack_size(sql.size()) bytes.
StatementParse parse_statement(std::string_view sql, ast::Arena& arena);

// libpg_query writes its tree as JSON recursively, about 130 bytes of stack a level, and a
// chain such as 1+1+1... nests one level every two bytes (the grammar stops other nesting
// at 10,000 levels): the stack parsing needs grows with the statement's length.
std::size_t parse_stack_size(std::size_t statement_length);

}  // namespace pgdrift
