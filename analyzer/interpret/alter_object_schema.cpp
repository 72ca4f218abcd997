#include <fmt/format.h>

#include <vector>

#include "analyzer/interpret/catalog_edits.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

bool is_relation_type(std::string_view type) {
  return type == "OBJECT_TABLE" || type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW" ||
         type == "OBJECT_SEQUENCE" || type == "OBJECT_FOREIGN_TABLE";
}

// A table takes its indexes and the sequences its columns own to the new schema.
void move_table_companions(Catalog& catalog, const QualifiedName& table) {
  std::vector<QualifiedName> companions;
  for (const auto& [name, index] : catalog.indexes) {
    if (index.table == table) companions.push_back(name);
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by_table == table) companions.push_back(name);
  }
  for (const QualifiedName& name : companions) {
    if (name.schema != table.schema) rename_relation(catalog, name, {table.schema, name.name});
  }
}

void move_relation(Context& context, const ast::Node& statement, const std::string& schema) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  QualifiedName from = context.resolve_relation(*relation);
  if (!context.catalog.relation_exists(from)) {
    if (!statement.flag("missing_ok"))
      context.error(fmt::format(error_form::relation_missing, object_id(from)),
                    {"undefined_table", {from.name}});
    return;
  }
  QualifiedName to{schema, from.name};
  if (to == from) return;
  if (context.catalog.relation_exists(to)) {
    context.error(fmt::format(error_form::relation_exists, object_id(to)),
                  {"duplicate_table", {to.name}});
    return;
  }
  rename_relation(context.catalog, from, to);
  if (context.catalog.tables.contains(to)) move_table_companions(context.catalog, to);
}

// The extension's objects are not in the catalog (pg_dump leaves them to CREATE EXTENSION):
// only the schema it names changes.
void move_extension(Context& context, const ast::Node& statement, const std::string& schema) {
  const ast::Node* object = statement.get("object");
  std::string name(object ? object->string_value() : "");
  auto extension = context.catalog.extensions.find(name);
  if (extension == context.catalog.extensions.end()) {
    if (!statement.flag("missing_ok"))
      context.error(fmt::format(error_form::extension_missing, name), {"undefined_object", {name}});
    return;
  }
  extension->second.schema = schema;
}

}  // namespace

void alter_object_schema(Context& context, const ast::Node& statement) {
  std::string_view type = statement.str("objectType");
  std::string schema(statement.str("newschema"));
  if (is_relation_type(type)) return move_relation(context, statement, schema);
  if (type == "OBJECT_EXTENSION") return move_extension(context, statement, schema);
  context.warn(fmt::format("ALTER {} ... SET SCHEMA is not modeled yet; ignored", type.substr(7)));
}

}  // namespace pgdrift
