#include "analyzer/interpret/relation_references.hpp"

#include <optional>
#include <string>
#include <vector>

#include "analyzer/interpret/catalog_edits.hpp"
#include "analyzer/interpret/tree_rewrite.hpp"
#include "analyzer/normalize/regclass_literal.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// A RangeVar, tagged or not (libpg_query's JSON leaves it untagged where a field's node type
// is fixed): the one node with a relname.
bool is_range_var(const ast::Node& node) { return node.get("relname") != nullptr; }

class RelationMove {
 public:
  RelationMove(ast::Arena& arena, QualifiedName from, QualifiedName to)
      : arena_(arena), from_(std::move(from)), to_(std::move(to)) {}

  Expr apply(Expr tree) {
    if (!tree) return tree;
    qualifiers_follow_ = names_unaliased(*tree);
    return rewrite_tree(tree, arena_, [this](const ast::Node& node) { return replacement(node); });
  }

 private:
  ast::Arena& arena_;
  QualifiedName from_, to_;
  bool qualifiers_follow_ = false;  // the tree names the relation without an alias

  bool names_unaliased(const ast::Node& node) const {
    if (is_range_var(node) && !node.get("alias") &&
        names_relation(node.str("schemaname"), node.str("relname"), from_))
      return true;
    for (const ast::Field& field : node.fields()) {
      if (names_unaliased(field.value)) return true;
    }
    for (const ast::Node& item : node.items()) {
      if (names_unaliased(item)) return true;
    }
    return false;
  }

  ast::Node string_node(std::string_view text) const {
    return ast::make_object(arena_, "String", {ast::Field("sval", ast::make_string(arena_, text))});
  }

  std::optional<ast::Node> replacement(const ast::Node& node) const {
    if (is_range_var(node)) return moved_range_var(node);
    if (node.is("ColumnRef") && qualifiers_follow_) return moved_column_ref(node);
    if (node.is("TypeCast") && is_regclass_cast(node)) return with_moved_constant(node, "arg");
    if (node.is("FuncCall") && is_sequence_function_call(node))
      return moved_sequence_argument(node);
    return std::nullopt;
  }

  std::optional<ast::Node> moved_range_var(const ast::Node& node) const {
    std::string_view schema = node.str("schemaname");
    if (!names_relation(schema, node.str("relname"), from_)) return std::nullopt;
    bool qualified = !schema.empty() || to_.schema != from_.schema;
    std::vector<ast::Field> fields;
    for (const ast::Field& field : node.fields()) {
      if (field.name() == "schemaname") continue;
      if (field.name() != "relname") {
        fields.push_back(field);
        continue;
      }
      if (qualified) fields.emplace_back("schemaname", ast::make_string(arena_, to_.schema));
      fields.emplace_back("relname", ast::make_string(arena_, to_.name));
    }
    return ast::make_object(arena_, node.text(), fields);
  }

  // t.id, public.t.id, t.*: the qualifier names the relation.
  std::optional<ast::Node> moved_column_ref(const ast::Node& node) const {
    std::vector<ast::Node> parts(node.list("fields").begin(), node.list("fields").end());
    std::size_t n = parts.size();
    if (n < 2 || n > 4) return std::nullopt;
    std::string_view schema = n >= 3 ? parts[n - 3].string_value() : std::string_view{};
    if (parts[n - 2].string_value() != from_.name || (n >= 3 && schema != from_.schema))
      return std::nullopt;
    parts[n - 2] = string_node(to_.name);
    if (n >= 3) parts[n - 3] = string_node(to_.schema);
    return with_field(arena_, node, "fields", ast::make_list(arena_, parts));
  }

  // 'public.s'::regclass, nextval('s'): a name in a string the server resolved to an OID.
  std::optional<ast::Node> moved_constant(const ast::Node& constant) const {
    if (!constant.is("A_Const")) return std::nullopt;
    auto parts = split_qualified_name(constant_text(constant));
    if (!parts || parts->size() == 3) return std::nullopt;
    std::string_view schema =
        parts->size() == 2 ? std::string_view((*parts)[0]) : std::string_view{};
    if (!names_relation(schema, parts->back(), from_)) return std::nullopt;
    bool qualified = !schema.empty() || to_.schema != from_.schema;
    ast::Node text = ast::make_string(
        arena_, qualified ? quote_qualified(to_.schema, to_.name) : quote_identifier(to_.name));
    const ast::Node& value = *constant.get("sval");
    return with_field(
        arena_, constant, "sval",
        value.kind() == ast::Kind::object ? with_field(arena_, value, "sval", text) : text);
  }

  std::optional<ast::Node> with_moved_constant(const ast::Node& node,
                                               std::string_view field) const {
    const ast::Node* argument = node.get(field);
    std::optional<ast::Node> moved = argument ? moved_constant(*argument) : std::nullopt;
    if (!moved) return std::nullopt;
    return with_field(arena_, node, field, *moved);
  }

  std::optional<ast::Node> moved_sequence_argument(const ast::Node& call) const {
    auto arguments = call.list("args");
    if (arguments.empty()) return std::nullopt;
    std::optional<ast::Node> moved = moved_constant(arguments.front());
    if (!moved) return std::nullopt;  // a cast argument is looked into with the rest
    std::vector<ast::Node> items(arguments.begin(), arguments.end());
    items.front() = *moved;
    return with_field(arena_, call, "args", ast::make_list(arena_, items));
  }
};

void move_in_tables(Catalog& catalog, RelationMove& move) {
  TreeEdit edit = [&](Expr tree) { return move.apply(tree); };
  for (auto& [name, table] : catalog.tables) {
    for (Column& column : table.columns) {
      column.default_value = move.apply(column.default_value);
      column.generated = move.apply(column.generated);
    }
    for (auto& [constraint_name, constraint] : table.constraints) rewrite_trees(constraint, edit);
  }
}

void move_in_members(Catalog& catalog, RelationMove& move) {
  TreeEdit edit = [&](Expr tree) { return move.apply(tree); };
  for (auto& [name, index] : catalog.indexes) rewrite_trees(index, edit);
  for (auto& [key, trigger] : catalog.triggers) trigger.definition = move.apply(trigger.definition);
  for (auto& [key, policy] : catalog.policies) {
    policy.using_expr = move.apply(policy.using_expr);
    policy.check_expr = move.apply(policy.check_expr);
  }
}

void move_in_other_objects(Catalog& catalog, RelationMove& move) {
  for (auto& [name, view] : catalog.views) view.query = move.apply(view.query);
  for (auto& [id, routine] : catalog.routines) {
    rewrite_trees(routine, [&](Expr tree) { return move.apply(tree); });
  }
  for (auto& [name, type] : catalog.types) {
    type.default_value = move.apply(type.default_value);
    for (auto& [constraint_name, constraint] : type.constraints)
      constraint.check = move.apply(constraint.check);
  }
  for (auto& [name, publication] : catalog.publications) {
    for (PublishedTable& table : publication.tables) table.where = move.apply(table.where);
  }
}

}  // namespace

void follow_relation_references(Catalog& catalog, const QualifiedName& from,
                                const QualifiedName& to) {
  RelationMove move(catalog.tree_arena(), from, to);
  move_in_tables(catalog, move);
  move_in_members(catalog, move);
  move_in_other_objects(catalog, move);
}

}  // namespace pgdrift
