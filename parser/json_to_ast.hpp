#pragma once

#include <simdjson.h>

#include <string_view>

#include "parser/ast.hpp"

namespace pgdrift::ast {

// Converts one element of libpg_query's JSON parse tree into our Node form:
// {"CreateStmt": {...}} becomes an object tagged "CreateStmt"; "location" fields are dropped.
// `sql` is the statement text the locations refer to (see repair of Integer values below).
Node from_json(simdjson::dom::element element, Arena& arena, std::string_view sql);

}  // namespace pgdrift::ast
