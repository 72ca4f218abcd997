#include "analyzer/interpret/column_references.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "analyzer/interpret/catalog_edits.hpp"
#include "analyzer/interpret/tree_rewrite.hpp"

namespace pgdrift {
namespace {

// The names a tree may qualify the table's columns by: the table's own name where it is
// read without an alias, and its aliases.
void collect_qualifiers(const ast::Node& node, const QualifiedName& table,
                        std::set<std::string>& names) {
  if (node.get("relname") && names_relation(node.str("schemaname"), node.str("relname"), table)) {
    const ast::Node* alias = node.get("alias");
    names.insert(std::string(alias ? alias->str("aliasname") : node.str("relname")));
  }
  for (const ast::Field& field : node.fields()) collect_qualifiers(field.value, table, names);
  for (const ast::Node& item : node.items()) collect_qualifiers(item, table, names);
}

// Whether a string of the tree is `text`: a tree that does not write the column's name has
// nothing to rename, and this is much cheaper than finding how the tree qualifies the table.
bool holds_string(const ast::Node& node, std::string_view text) {
  if (node.kind() == ast::Kind::string) return node.text() == text;
  for (const ast::Field& field : node.fields())
    if (holds_string(field.value, text)) return true;
  for (const ast::Node& item : node.items())
    if (holds_string(item, text)) return true;
  return false;
}

class ColumnRename {
 public:
  ColumnRename(ast::Arena& arena, const QualifiedName& table, std::string from, std::string to)
      : arena_(arena), table_(table), from_(std::move(from)), to_(std::move(to)) {}

  // A tree that belongs to the table: its unqualified column names are the table's.
  Expr apply_on_table(Expr tree, std::set<std::string> qualifiers = {}) {
    if (!tree) return tree;
    qualifiers.insert(table_.name);
    collect_qualifiers(*tree, table_, qualifiers);
    return apply(tree, std::move(qualifiers));
  }

  // A tree that may read the table (a view, another table's policy): only where it does.
  Expr apply_elsewhere(Expr tree) {
    if (!tree || !holds_string(*tree, from_)) return tree;
    std::set<std::string> qualifiers;
    collect_qualifiers(*tree, table_, qualifiers);
    return qualifiers.empty() ? tree : apply(tree, std::move(qualifiers));
  }

  // A trigger on the table: its WHEN clause (NEW.x, OLD.x) and its UPDATE OF list.
  Expr apply_on_trigger(Expr definition) {
    definition = apply_on_table(definition, {"new", "old"});
    if (!definition) return definition;
    auto columns = definition->list("columns");
    auto named = [&](const ast::Node& column) { return column.string_value() == from_; };
    if (std::ranges::none_of(columns, named)) return definition;
    std::vector<ast::Node> renamed(columns.begin(), columns.end());
    for (ast::Node& column : renamed) {
      if (named(column)) column = string_node(to_);
    }
    return arena_.make(with_field(arena_, *definition, "columns", ast::make_list(arena_, renamed)));
  }

 private:
  ast::Arena& arena_;
  const QualifiedName& table_;
  std::string from_, to_;
  std::set<std::string> qualifiers_;

  Expr apply(Expr tree, std::set<std::string> qualifiers) {
    qualifiers_ = std::move(qualifiers);
    return rewrite_tree(tree, arena_, [this](const ast::Node& node) { return replacement(node); });
  }

  ast::Node string_node(std::string_view text) const {
    return ast::make_object(arena_, "String", {ast::Field("sval", ast::make_string(arena_, text))});
  }

  std::optional<ast::Node> replacement(const ast::Node& node) const {
    if (node.is("ColumnRef")) return renamed_column_ref(node);
    if (node.is("ResTarget")) return renamed_output(node);
    if (node.is("IndexElem") && node.str("name") == from_) {
      return with_field(arena_, node, "name", ast::make_string(arena_, to_));
    }
    return std::nullopt;
  }

  bool names_column(const ast::Node& column_ref) const {
    auto fields = column_ref.list("fields");
    if (fields.empty() || fields.back().string_value() != from_) return false;
    return fields.size() == 1 ||
           qualifiers_.contains(std::string(fields[fields.size() - 2].string_value()));
  }

  std::optional<ast::Node> renamed_column_ref(const ast::Node& node) const {
    if (!names_column(node)) return std::nullopt;
    std::vector<ast::Node> fields(node.list("fields").begin(), node.list("fields").end());
    fields.back() = string_node(to_);
    return with_field(arena_, node, "fields", ast::make_list(arena_, fields));
  }

  // SELECT title: the output column keeps its name (PostgreSQL prints `name AS title`).
  std::optional<ast::Node> renamed_output(const ast::Node& node) const {
    const ast::Node* value = node.get("val");
    if (node.get("name") || !value || !value->is("ColumnRef") || !names_column(*value))
      return std::nullopt;
    std::vector<ast::Field> fields{ast::Field("name", ast::make_string(arena_, from_))};
    for (const ast::Field& field : node.fields()) {
      fields.push_back(
          field.name() == "val" ? ast::Field(field.name_id(), *renamed_column_ref(*value)) : field);
    }
    return ast::make_object(arena_, node.text(), fields);
  }
};

void rename_in_table(Table& table, ColumnRename& rename, const std::string& from,
                     const std::string& to) {
  for (Column& column : table.columns) column.generated = rename.apply_on_table(column.generated);
  for (auto& [name, constraint] : table.constraints) {
    for (std::string& column : constraint.columns)
      if (column == from) column = to;
    for (std::string& column : constraint.include)
      if (column == from) column = to;
    rewrite_trees(constraint, [&](Expr tree) { return rename.apply_on_table(tree); });
  }
}

void rename_in_members(Catalog& catalog, const QualifiedName& table, ColumnRename& rename,
                       const std::string& from, const std::string& to) {
  for (auto& [name, index] : catalog.indexes) {
    if (index.table != table) continue;
    for (std::string& column : index.key_columns)
      if (column == from) column = to;
    rewrite_trees(index, [&](Expr tree) { return rename.apply_on_table(tree); });
  }
  // A table's triggers sort together.
  for (auto at = catalog.triggers.lower_bound({table, ""});
       at != catalog.triggers.end() && at->first.table == table; ++at)
    at->second.definition = rename.apply_on_trigger(at->second.definition);
  for (auto& [key, policy] : catalog.policies) {
    bool own = key.table == table;
    policy.using_expr =
        own ? rename.apply_on_table(policy.using_expr) : rename.apply_elsewhere(policy.using_expr);
    policy.check_expr =
        own ? rename.apply_on_table(policy.check_expr) : rename.apply_elsewhere(policy.check_expr);
  }
  for (auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by_table == table && sequence.owned_by_column == from)
      sequence.owned_by_column = to;
  }
}

void rename_referenced_columns(Constraint& constraint, const QualifiedName& table,
                               const std::string& from, const std::string& to) {
  if (constraint.type != ConstraintType::foreign_key || constraint.referenced_table != table)
    return;
  for (std::string& column : constraint.referenced_columns)
    if (column == from) column = to;
}

// The foreign keys to the table, the views and the routine bodies: every one of the catalog.
void rename_in_readers(Catalog& catalog, const QualifiedName& table, ColumnRename& rename,
                       const std::string& from, const std::string& to) {
  for (auto& [name, other] : catalog.tables) {
    for (auto& [constraint_name, constraint] : other.constraints)
      rename_referenced_columns(constraint, table, from, to);
  }
  for (auto& [name, view] : catalog.views) view.query = rename.apply_elsewhere(view.query);
  for (auto& [id, routine] : catalog.routines) {
    rewrite_trees(routine, [&](Expr tree) { return rename.apply_elsewhere(tree); });
  }
}

// The same, only those the index says may name the table.
void rename_in_indexed_readers(Catalog& catalog, DependentsIndex& dependents,
                               const QualifiedName& table, ColumnRename& rename,
                               const std::string& from, const std::string& to) {
  for (const auto& [name, constraint_name] : dependents.foreign_keys_to(table)) {
    auto other = catalog.tables.find(name);
    if (other == catalog.tables.end()) continue;
    auto constraint = other->second.constraints.find(constraint_name);
    if (constraint != other->second.constraints.end())
      rename_referenced_columns(constraint->second, table, from, to);
  }
  for (const QualifiedName& name : dependents.views_naming(table.name)) {
    auto view = catalog.views.find(name);
    if (view != catalog.views.end())
      view->second.query = rename.apply_elsewhere(view->second.query);
  }
  for (const std::string& id : dependents.routines_naming(table.name)) {
    auto routine = catalog.routines.find(id);
    if (routine == catalog.routines.end()) continue;
    rewrite_trees(routine->second, [&](Expr tree) { return rename.apply_elsewhere(tree); });
  }
}

void rename_in_publications(Catalog& catalog, const QualifiedName& table, ColumnRename& rename,
                            const std::string& from, const std::string& to) {
  for (auto& [name, publication] : catalog.publications) {
    for (PublishedTable& published : publication.tables) {
      if (published.table != table) continue;
      for (std::string& column : published.columns)
        if (column == from) column = to;
      published.where = rename.apply_on_table(published.where);
    }
  }
}

}  // namespace

void follow_column_references(Catalog& catalog, const QualifiedName& table, const std::string& from,
                              const std::string& to, DependentsIndex* dependents) {
  ColumnRename rename(catalog.tree_arena(), table, from, to);
  if (auto found = catalog.tables.find(table); found != catalog.tables.end())
    rename_in_table(found->second, rename, from, to);
  rename_in_members(catalog, table, rename, from, to);
  if (dependents)
    rename_in_indexed_readers(catalog, *dependents, table, rename, from, to);
  else
    rename_in_readers(catalog, table, rename, from, to);
  rename_in_publications(catalog, table, rename, from, to);
}

}  // namespace pgdrift
