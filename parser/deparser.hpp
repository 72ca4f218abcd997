#pragma once

#include <optional>
#include <string>

#include "parser/ast.hpp"

namespace pgdrift {

// SQL text for a tree, written by libpg_query's deparser (PostgreSQL's own rules for
// quoting and precedence). Our trees are turned back into libpg_query's protobuf form
// for it. Returns nothing if libpg_query cannot deparse the tree.
std::optional<std::string> deparse_statement(const ast::Node& statement);

// An expression (a default, a CHECK, a policy's USING, a select-list item...).
std::optional<std::string> deparse_expression(const ast::Node& expression);

}  // namespace pgdrift
