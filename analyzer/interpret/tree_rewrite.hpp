#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include "analyzer/model/index.hpp"
#include "analyzer/model/routine.hpp"
#include "analyzer/model/table.hpp"
#include "parser/ast.hpp"

namespace pgdrift {

// What replaces a node (asked of every node, parents first; a replaced node is not looked
// into), or nothing to keep it.
using NodeReplacer = std::function<std::optional<ast::Node>(const ast::Node&)>;

// Edits a catalog's tree by copying the nodes on the path to each change into `arena`:
// copies of a catalog share their trees, so none is changed in place. Returns `tree` itself
// when nothing was replaced.
Expr rewrite_tree(Expr tree, ast::Arena& arena, const NodeReplacer& replace);

// An object node with one field's value replaced (the field must exist).
ast::Node with_field(ast::Arena& arena, const ast::Node& object, std::string_view name,
                     ast::Node value);

// A constraint's CHECK and an index's WHERE point into their definitions: each is rewritten
// with its definition, so they stay one tree. A routine's SQL-standard body loses the text
// it was written as once its tree changes (the plan then writes it from the tree).
using TreeEdit = std::function<Expr(Expr)>;
void rewrite_trees(Constraint& constraint, const TreeEdit& edit);
void rewrite_trees(Index& index, const TreeEdit& edit);
void rewrite_trees(Routine& routine, const TreeEdit& edit);

}  // namespace pgdrift
