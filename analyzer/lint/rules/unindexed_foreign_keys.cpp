// unindexed_foreign_keys (splinter): a foreign key whose columns no index starts with. Every
// delete or key update of the referenced table then scans the referencing table, and joins
// along the key cannot use an index.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// Whether the first columns of `key`, as many as the foreign key has, are its columns.
bool starts_with_columns(const std::vector<std::string>& key,
                         const std::vector<std::string>& columns) {
  if (key.size() < columns.size()) return false;
  std::set<std::string> leading(key.begin(), key.begin() + static_cast<long>(columns.size()));
  return leading == std::set<std::string>(columns.begin(), columns.end());
}

bool covered(const std::vector<const Index*>& indexes, const Table& table,
             const Constraint& foreign_key) {
  for (const auto& [name, constraint] : table.constraints) {
    bool indexed =
        constraint.type == ConstraintType::primary_key || constraint.type == ConstraintType::unique;
    if (indexed && starts_with_columns(constraint.columns, foreign_key.columns)) return true;
  }
  return std::any_of(indexes.begin(), indexes.end(), [&](const Index* index) {
    return starts_with_columns(index->key_columns, foreign_key.columns);
  });
}

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  if (!table) return;
  std::vector<const Index*> indexes;
  bool indexes_read = false;
  for (const auto& [name, constraint] : table->constraints) {
    if (constraint.type != ConstraintType::foreign_key || constraint.inherited) continue;
    if (!indexes_read) indexes = subject.indexes();
    indexes_read = true;
    if (covered(indexes, *table, constraint)) continue;
    std::string columns = fmt::format("{}", fmt::join(constraint.columns, ", "));
    subject.report(
        table->meta, name,
        fmt::format("foreign key {} ({}) has no index that starts with its columns: each delete "
                    "from {} scans {}, and joins along the key cannot use an index",
                    member_id(table->name, name), columns, object_id(constraint.referenced_table),
                    object_id(table->name)),
        fmt::format("CREATE INDEX ON {} ({})", object_id(table->name), columns),
        {member_id(table->name, name), object_id(table->name)});
  }
}

}  // namespace

LintRule lint_rule_unindexed_foreign_keys() {
  return {"unindexed_foreign_keys",
          LintLevel::info,
          "a foreign key without an index on its columns",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
