#include <fmt/format.h>

#include "analyzer/interpret/catalog_edits.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// The index behind a PRIMARY KEY, UNIQUE or EXCLUDE constraint is the constraint here:
// the table whose constraint it is.
Table* table_of_constraint_index(Catalog& catalog, const QualifiedName& index) {
  for (auto& [table_name, table] : catalog.tables) {
    if (table_name.schema != index.schema) continue;
    auto found = table.constraints.find(index.name);
    if (found == table.constraints.end()) continue;
    if (found->second.has_index()) return &table;
  }
  return nullptr;
}

// ALTER INDEX key RENAME TO: the constraint is renamed with its index, as PostgreSQL does.
bool rename_constraint_index(Context& context, const QualifiedName& from, const std::string& to) {
  Table* table = table_of_constraint_index(context.catalog, from);
  if (!table) return false;
  if (context.catalog.relation_exists({from.schema, to}) || table_of_constraint_index(context.catalog, {from.schema, to})) {
    context.error(fmt::format(error_form::relation_exists, object_id({from.schema, to})),
                  {"duplicate_table", {to}});
    return true;
  }
  auto node = table->constraints.extract(from.name);
  node.key() = to;
  node.mapped().name = to;
  table->constraints.insert(std::move(node));
  return true;
}

bool rename_relation_object(Context& context, const ast::Node& statement, const std::string& to) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return false;
  QualifiedName from = context.resolve_relation(*relation);
  if (!context.catalog.relation_exists(from)) return rename_constraint_index(context, from, to);
  if (context.catalog.relation_exists({from.schema, to})) {
    context.error(fmt::format(error_form::relation_exists, object_id({from.schema, to})),
                  {"duplicate_table", {to}});
    return true;
  }
  rename_relation(context.catalog, from, {from.schema, to});
  return true;
}

bool rename_table_column(Context& context, const ast::Node& statement, const std::string& to) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return false;
  QualifiedName table = context.resolve_relation(*relation);
  std::string from(statement.str("subname"));
  auto found = context.catalog.tables.find(table);
  if (found != context.catalog.tables.end()) {
    if (!found->second.find_column(from)) {
      context.error(fmt::format(error_form::column_to_rename_missing, from),
                    {"undefined_column", {table.name, from}});
      return true;
    }
    if (found->second.find_column(to)) {
      context.error(fmt::format(error_form::column_exists, to, object_id(table)),
                    {"duplicate_column", {table.name, to}});
      return true;
    }
    rename_column(context.catalog, table, from, to, context.dependents);
    return true;
  }
  auto view = context.catalog.views.find(table);
  if (view == context.catalog.views.end()) return false;
  context.warn("renaming a view's column is recorded only as the view's column name");
  view->second.column_names.push_back(to);
  return true;
}

bool rename_constraint(Context& context, const ast::Node& statement, const std::string& to) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return false;
  auto table = context.catalog.tables.find(context.resolve_relation(*relation));
  if (table == context.catalog.tables.end()) return false;
  auto node = table->second.constraints.extract(std::string(statement.str("subname")));
  if (!node) return false;
  node.key() = to;
  node.mapped().name = to;
  table->second.constraints.insert(std::move(node));
  return true;
}

bool rename_routine(Context& context, const ast::Node& statement, const std::string& to) {
  const ast::Node* object = statement.get("object");
  if (!object) return false;
  auto node = context.catalog.routines.extract(routine_id_from(context, *object, statement.str("renameType") == "OBJECT_AGGREGATE"));
  if (!node) return false;
  node.mapped().name.name = to;
  node.key() = routine_id(node.mapped());
  context.catalog.routines.insert(std::move(node));
  return true;
}

bool rename_type(Context& context, const ast::Node& statement, const std::string& to) {
  const ast::Node* object = statement.get("object");
  if (!object) return false;
  auto node = context.catalog.types.extract(context.resolve_type_name(name_parts(*object)));
  if (!node) return false;
  node.key().name = to;
  node.mapped().name.name = to;
  context.catalog.types.insert(std::move(node));
  return true;
}

// ALTER TYPE t RENAME ATTRIBUTE a TO b
bool rename_attribute(Context& context, const ast::Node& statement, const std::string& to) {
  const ast::Node* relation = statement.get("relation");
  UserType* type = relation ? find_composite_type(context, *relation) : nullptr;
  CompositeAttribute* attribute = type ? type->find_attribute(statement.str("subname")) : nullptr;
  if (!attribute) return false;
  if (type->find_attribute(to)) {
    context.error(fmt::format(error_form::column_exists, to, object_id(type->name)));
    return true;
  }
  attribute->name = to;
  return true;
}

template <typename Map>
bool rename_member(Context& context, Map& map, const ast::Node& statement, const std::string& to) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return false;
  auto node = map.extract(TableMemberKey{context.resolve_relation(*relation), std::string(statement.str("subname"))});
  if (!node) return false;
  node.key().name = to;
  node.mapped().name = to;
  map.insert(std::move(node));
  return true;
}

// The name of the object renamed, after its table's for a table's member.
std::vector<std::string> renamed_names(const ast::Node& statement) {
  std::vector<std::string> names;
  if (const ast::Node* relation = statement.get("relation")) names.emplace_back(relation->str("relname"));
  if (!statement.str("subname").empty()) names.emplace_back(statement.str("subname"));
  if (const ast::Node* object = statement.get("object"); object && names.empty()) {
    names = subject_names(*object, statement.str("renameType"));
  }
  return names;
}

}  // namespace

void rename_object(Context& context, const ast::Node& statement) {
  std::string_view type = statement.str("renameType");
  std::string to(statement.str("newname"));
  bool done = false;
  if (type == "OBJECT_TABLE" || type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW" || type == "OBJECT_SEQUENCE" ||
      type == "OBJECT_INDEX" || type == "OBJECT_FOREIGN_TABLE") {
    done = rename_relation_object(context, statement, to);
  } else if (type == "OBJECT_COLUMN") {
    done = rename_table_column(context, statement, to);
  } else if (type == "OBJECT_TABCONSTRAINT") {
    done = rename_constraint(context, statement, to);
  } else if (type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE" || type == "OBJECT_AGGREGATE") {
    done = rename_routine(context, statement, to);
  } else if (type == "OBJECT_TYPE" || type == "OBJECT_DOMAIN") {
    done = rename_type(context, statement, to);
  } else if (type == "OBJECT_TRIGGER") {
    done = rename_member(context, context.catalog.triggers, statement, to);
  } else if (type == "OBJECT_POLICY") {
    done = rename_member(context, context.catalog.policies, statement, to);
  } else if (type == "OBJECT_ATTRIBUTE") {
    done = rename_attribute(context, statement, to);
  } else {
    context.warn(fmt::format("ALTER {} ... RENAME is not modeled yet; ignored", type.substr(7)));
    return;
  }
  if (!done && !statement.flag("missing_ok")) {
    context.error(fmt::format(error_form::object_to_rename_missing, type.substr(7)),
                  {"undefined_object", renamed_names(statement)});
  }
}

}  // namespace pgdrift
