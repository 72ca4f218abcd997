#pragma once

#include "parser/ast.hpp"

namespace pgdrift {

// An SQL expression or query kept as its parse tree (nullptr: absent).
using Expr = const ast::Node*;

}  // namespace pgdrift
