#include <fmt/format.h>

#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/table_inheritance.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/naming/generated_names.hpp"

namespace pgdrift {
namespace {

// The name PostgreSQL gives an index column when choosing an index name (FigureIndexColname).
std::string index_column_name(const ast::Node& element) {
  std::string_view name = element.str("name");
  if (!name.empty()) return std::string(name);
  const ast::Node* expression = element.get("expr");
  if (expression && expression->is("FuncCall")) {
    auto function = expression->list("funcname");
    if (!function.empty()) return std::string(function.back().string_value());
  }
  return "expr";
}

}  // namespace

void create_index(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  Index index;
  index.table = context.resolve_relation(*relation);
  index.unique = statement.flag("unique");
  index.nulls_not_distinct = statement.flag("nulls_not_distinct");
  std::string_view method = statement.str("accessMethod");
  index.method = method.empty() ? "btree" : std::string(method);
  index.definition = context.keep(&statement);
  index.where = index.definition->get("whereClause");
  index.tablespace = std::string(statement.str("tableSpace"));
  index.meta.defined_at = context.here();
  std::vector<std::string> column_names;
  for (const ast::Node& element : statement.list("indexParams")) {
    index.key_columns.emplace_back(element.str("name"));
    column_names.push_back(index_column_name(element));
  }
  std::string name(statement.str("idxname"));
  if (name.empty()) {
    auto taken = [&](const std::string& candidate) { return context.catalog.relation_exists({index.table.schema, candidate}); };
    name = choose_generated_name(index.table.name, column_names, "idx", taken);
  }
  index.name = {index.table.schema, name};
  if (context.catalog.relation_exists(index.name)) {
    if (!statement.flag("if_not_exists"))
      context.error(fmt::format(error_form::relation_exists, object_id(index.name)),
                    {"duplicate_table", {index.name.name}});
    return;
  }
  if (!context.catalog.tables.contains(index.table) && !context.catalog.views.contains(index.table)) {
    context.error(fmt::format(error_form::relation_missing, object_id(index.table)),
                  {"undefined_table", {index.table.name}});
    return;
  }
  QualifiedName key = index.name;
  const Index& stored = context.catalog.indexes[key] = std::move(index);
  auto table = context.catalog.tables.find(stored.table);
  if (table != context.catalog.tables.end() && relation->flag("inh")) {
    Index parent = stored;  // the map grows while cloning
    clone_index_to_partitions(context, table->second, parent);
  }
}

}  // namespace pgdrift
