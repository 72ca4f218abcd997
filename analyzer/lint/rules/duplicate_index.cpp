// duplicate_index (splinter): two indexes of a table or materialized view are the same (same
// method, uniqueness, keys, INCLUDE and predicate; a primary key or unique constraint counts
// as its index). Each write maintains both and only one is ever used.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>

#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// What makes an index what it is, without its name. Plain column keys are compared by name
// (so that a constraint's index compares with a CREATE INDEX); anything else by its tree.
struct IndexShape {
  std::string name;
  const ObjectMeta* meta = nullptr;
  std::string columns;  // "a,b|include" for plain keys; empty when a key is more than a column
  std::string method = "btree";
  bool unique = false;
  const ast::Node* definition = nullptr;  // the IndexStmt, when not plain

  bool same_as(const IndexShape& other) const {
    if (method != other.method || unique != other.unique) return false;
    if (!columns.empty() || !other.columns.empty()) return columns == other.columns;
    return same_tree(definition->get("indexParams"), other.definition->get("indexParams")) &&
           same_tree(definition->get("indexIncludingParams"),
                     other.definition->get("indexIncludingParams")) &&
           same_tree(definition->get("whereClause"), other.definition->get("whereClause")) &&
           definition->flag("nulls_not_distinct") == other.definition->flag("nulls_not_distinct");
  }

  static bool same_tree(const ast::Node* a, const ast::Node* b) {
    return (!a && !b) || (a && b && *a == *b);
  }
};

// "a,b|c" when every key is a plain column with no opclass, ordering or collation.
std::optional<std::string> plain_columns(const ast::Node& definition) {
  std::vector<std::string> keys;
  for (const ast::Node& element : definition.list("indexParams")) {
    std::string_view ordering = element.str("ordering");
    std::string_view nulls = element.str("nulls_ordering");
    if (element.str("name").empty() || element.get("expr") || !element.list("opclass").empty() ||
        !element.list("collation").empty() || (!ordering.empty() && ordering != "SORTBY_DEFAULT") ||
        (!nulls.empty() && nulls != "SORTBY_NULLS_DEFAULT"))
      return std::nullopt;
    keys.emplace_back(element.str("name"));
  }
  std::vector<std::string> include;
  for (const ast::Node& param : definition.list("indexIncludingParams"))
    include.emplace_back(param.str("name"));
  if (definition.get("whereClause") || definition.flag("nulls_not_distinct")) return std::nullopt;
  return fmt::format("{}|{}", fmt::join(keys, ","), fmt::join(include, ","));
}

std::vector<IndexShape> shapes(const SchemaSubject& subject, const Table* table) {
  std::vector<IndexShape> found;
  if (table) {
    for (const auto& [name, constraint] : table->constraints) {
      if ((constraint.type != ConstraintType::primary_key &&
           constraint.type != ConstraintType::unique) ||
          constraint.nulls_not_distinct)
        continue;
      found.push_back({name, &table->meta,
                       fmt::format("{}|{}", fmt::join(constraint.columns, ","),
                                   fmt::join(constraint.include, ",")),
                       "btree", true, nullptr});
    }
  }
  for (const Index* index : subject.indexes()) {
    if (!index->definition || index->attached_to) continue;
    std::optional<std::string> columns = plain_columns(*index->definition);
    found.push_back({index->name.name, &index->meta, columns.value_or(""), index->method,
                     index->unique, index->definition});
  }
  return found;
}

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  const View* view = subject.view();
  if (!table && !(view && view->materialized)) return;
  QualifiedName relation = table ? table->name : view->name;
  std::vector<IndexShape> indexes = shapes(subject, table);
  std::vector<bool> grouped(indexes.size(), false);
  for (std::size_t i = 0; i < indexes.size(); ++i) {
    if (grouped[i]) continue;
    std::vector<std::string> names{indexes[i].name};
    const ObjectMeta* last = indexes[i].meta;
    for (std::size_t j = i + 1; j < indexes.size(); ++j) {
      if (grouped[j] || !indexes[i].same_as(indexes[j])) continue;
      grouped[j] = true;
      names.push_back(indexes[j].name);
      last = indexes[j].meta;
    }
    if (names.size() < 2) continue;
    std::vector<std::string> objects{object_id(relation)};
    for (const std::string& name : names) objects.push_back(object_id({relation.schema, name}));
    subject.report(*last, fmt::format("{}", fmt::join(names, ",")),
                   fmt::format("{} has identical indexes {}: every write maintains each of them",
                               object_id(relation), fmt::join(names, ", ")),
                   "drop all but one of them (DROP INDEX CONCURRENTLY; keep the one a "
                   "constraint owns)",
                   objects);
  }
}

}  // namespace

LintRule lint_rule_duplicate_index() {
  return {"duplicate_index",
          LintLevel::warning,
          "two identical indexes on one table",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
