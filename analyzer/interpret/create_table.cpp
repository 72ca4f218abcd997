#include <fmt/format.h>

#include "analyzer/interpret/def_elem.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/partition_bound.hpp"
#include "analyzer/interpret/table_elements.hpp"
#include "analyzer/interpret/table_inheritance.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void add_typed_table_columns(Context& context, Table& table, const ast::Node& type_name) {
  QualifiedName type = context.resolve_type_name(type_name.list("names"));
  table.typed_as = object_id(type);
  auto found = context.catalog.types.find(type);
  if (found == context.catalog.types.end()) return;
  for (const CompositeAttribute& attribute : found->second.attributes) {
    Column column;
    column.name = attribute.name;
    column.type = attribute.type;
    column.collation = attribute.collation;
    column.is_local = false;
    table.columns.push_back(std::move(column));
  }
}

// Columns written again in a child (or in a typed table's "WITH OPTIONS") merge with the
// inherited ones: they keep their position and gain what the child says.
void add_or_merge_column(Table& table, Column column) {
  if (Column* existing = table.find_column(column.name)) {
    existing->is_local = true;
    existing->not_null = existing->not_null || column.not_null;
    if (column.default_value) existing->default_value = column.default_value;
    if (column.generated) existing->generated = column.generated;
    if (column.identity) existing->identity = column.identity;
    if (!column.collation.empty()) existing->collation = column.collation;
    return;
  }
  table.columns.push_back(std::move(column));
}

void add_elements(Context& context, Table& table, const ast::Node& statement) {
  std::vector<Constraint> constraints;
  table.columns.reserve(table.columns.size() + statement.list("tableElts").size());
  for (const ast::Node& element : statement.list("tableElts")) {
    if (element.is("ColumnDef")) {
      add_or_merge_column(table, column_from_definition(context, table.name, element, constraints));
    } else if (element.is("Constraint")) {
      constraints.push_back(constraint_from_node(context, element, nullptr));
    } else if (element.is("TableLikeClause")) {
      context.warn("CREATE TABLE ... (LIKE ...) copies from the source table as it is now; only its columns are modeled");
      if (const ast::Node* source = element.get("relation")) {
        auto found = context.catalog.tables.find(context.resolve_relation(*source));
        if (found != context.catalog.tables.end()) {
          for (Column column : found->second.columns) add_or_merge_column(table, std::move(column));
        }
      }
    }
  }
  for (Constraint& constraint : constraints) add_constraint(context, table, std::move(constraint));
}

Table* begin_table(Context& context, const ast::Node& statement, TableKind kind) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return nullptr;
  QualifiedName name = context.name_for_creation(*relation);
  if (context.catalog.relation_exists(name)) {
    if (!statement.flag("if_not_exists"))
      context.error(fmt::format(error_form::relation_exists, object_id(name)),
                    {"duplicate_table", {name.name}});
    return nullptr;
  }
  Table& table = context.catalog.tables[name];
  table.name = name;
  table.kind = statement.get("partspec") ? TableKind::partitioned : kind;
  table.unlogged = relation->str("relpersistence") == "u";
  table.meta = context.new_object_meta("tables", name.schema);
  table.options = reloption_strings(statement.list("options"));
  table.tablespace = std::string(statement.str("tablespacename"));
  table.access_method = std::string(statement.str("accessMethod"));
  table.partition_key = context.keep(statement.get("partspec"));
  if (const ast::Node* of_type = statement.get("ofTypename")) add_typed_table_columns(context, table, *of_type);
  for (const ast::Node& parent : statement.list("inhRelations")) {
    QualifiedName parent_name = context.resolve_relation(parent);
    if (!may_inherit(context, name, parent_name)) continue;
    if (const ast::Node* bound = statement.get("partbound")) {
      inherit_from_parent(context, table, parent_name);
      table.partition_of = parent_name;
      auto parent_table = context.catalog.tables.find(parent_name);
      table.partition_bound = parent_table == context.catalog.tables.end() ? context.keep(bound)
                                                                           : kept_partition_bound(context, parent_table->second, bound);
    } else {
      inherit_from_parent(context, table, parent_name);
      table.inherits.push_back(parent_name);
    }
  }
  add_elements(context, table, statement);
  if (table.partition_of) clone_partition_members(context, table);
  return &table;
}

}  // namespace

void create_table(Context& context, const ast::Node& statement) {
  begin_table(context, statement, TableKind::regular);
}

void create_foreign_table(Context& context, const ast::Node& statement) {
  const ast::Node* base = statement.get("base");
  if (!base) return;
  Table* table = begin_table(context, *base, TableKind::foreign);
  if (!table) return;
  table->foreign_server = std::string(statement.str("servername"));
  table->foreign_options = option_strings(statement.list("options"));
}

}  // namespace pgdrift
