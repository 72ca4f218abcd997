#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string_view>

#include "parser/ast.hpp"

namespace pgdrift::ast {

// How deeply parse nodes (and their untagged parts, such as a UNION's arms) may nest in
// one statement. Every later pass (normalizing,
// comparing, deparsing) walks trees recursively on a thread's stack, so a deeper tree is
// refused here, before anything recurses into it. PostgreSQL's own grammar stops nested
// parentheses, CASE and ARRAY a few thousand deep; this limit is below that, and far above
// any schema's.
constexpr int kMaxNesting = 1000;

// Thrown by from_json for a tree nested deeper than kMaxNesting.
struct NestingTooDeep {
  std::int64_t location = -1;  // byte offset in the statement of the deepest node with a location, up to that depth
};

// Converts one element of libpg_query's JSON parse tree into our Node form:
// {"CreateStmt": {...}} becomes an object tagged "CreateStmt"; "location" fields are dropped.
// `sql` is the statement text the locations refer to (see repair of Integer values below).
// Throws NestingTooDeep for a tree deeper than kMaxNesting.
Node from_json(simdjson::dom::element element, Arena& arena, std::string_view sql);

}  // namespace pgdrift::ast
