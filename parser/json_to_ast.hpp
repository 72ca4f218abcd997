#pragma once

#include <simdjson.h>

#include "parser/ast.hpp"

namespace pgdrift::ast {

// Converts one element of libpg_query's JSON parse tree into our Node form:
// {"CreateStmt": {...}} becomes an object tagged "CreateStmt"; "location" fields are dropped.
Node from_json(simdjson::dom::element element, Arena& arena);

}  // namespace pgdrift::ast
