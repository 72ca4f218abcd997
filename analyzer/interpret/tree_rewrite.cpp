#include "analyzer/interpret/tree_rewrite.hpp"

#include <vector>

namespace pgdrift {
namespace {

std::optional<ast::Node> rewritten(const ast::Node& node, ast::Arena& arena,
                                   const NodeReplacer& replace);

std::optional<ast::Node> rewritten_object(const ast::Node& node, ast::Arena& arena,
                                          const NodeReplacer& replace) {
  std::span<const ast::Field> fields = node.fields();
  std::vector<ast::Field> copy;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    std::optional<ast::Node> value = rewritten(fields[i].value, arena, replace);
    if (!value) continue;
    if (copy.empty()) copy.assign(fields.begin(), fields.end());
    copy[i] = ast::Field(fields[i].name_id(), *value);
  }
  if (copy.empty()) return std::nullopt;
  return ast::make_object(arena, node.text(), copy);
}

std::optional<ast::Node> rewritten_list(const ast::Node& node, ast::Arena& arena,
                                        const NodeReplacer& replace) {
  std::span<const ast::Node> items = node.items();
  std::vector<ast::Node> copy;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::optional<ast::Node> item = rewritten(items[i], arena, replace);
    if (!item) continue;
    if (copy.empty()) copy.assign(items.begin(), items.end());
    copy[i] = *item;
  }
  if (copy.empty()) return std::nullopt;
  return ast::make_list(arena, copy);
}

std::optional<ast::Node> rewritten(const ast::Node& node, ast::Arena& arena,
                                   const NodeReplacer& replace) {
  if (std::optional<ast::Node> replacement = replace(node)) return replacement;
  if (node.kind() == ast::Kind::object) return rewritten_object(node, arena, replace);
  if (node.kind() == ast::Kind::list) return rewritten_list(node, arena, replace);
  return std::nullopt;
}

}  // namespace

Expr rewrite_tree(Expr tree, ast::Arena& arena, const NodeReplacer& replace) {
  if (!tree) return tree;
  std::optional<ast::Node> changed = rewritten(*tree, arena, replace);
  return changed ? arena.make(*changed) : tree;
}

ast::Node with_field(ast::Arena& arena, const ast::Node& object, std::string_view name,
                     ast::Node value) {
  std::vector<ast::Field> fields(object.fields().begin(), object.fields().end());
  for (ast::Field& field : fields) {
    if (field.name() == name) field = ast::Field(field.name_id(), value);
  }
  return ast::make_object(arena, object.text(), fields);
}

void rewrite_trees(Constraint& constraint, const TreeEdit& edit) {
  if (!constraint.definition) {
    constraint.check = edit(constraint.check);
    return;
  }
  Expr definition = edit(constraint.definition);
  if (definition == constraint.definition) return;
  constraint.definition = definition;
  if (constraint.check) constraint.check = definition->get("raw_expr");
}

void rewrite_trees(Index& index, const TreeEdit& edit) {
  if (!index.definition) {
    index.where = edit(index.where);
    return;
  }
  Expr definition = edit(index.definition);
  if (definition == index.definition) return;
  index.definition = definition;
  if (index.where) index.where = definition->get("whereClause");
}

void rewrite_trees(Routine& routine, const TreeEdit& edit) {
  Expr body = edit(routine.sql_body);
  if (body == routine.sql_body) return;
  routine.sql_body = body;
  routine.sql_body_statement = {};
}

}  // namespace pgdrift
