// no_primary_key (splinter): a table without a primary key. Rows cannot be told apart for
// updates and deletes through the API, and logical replication cannot replicate them.
#include <fmt/format.h>

#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

bool has_primary_key(const Table& table) {
  for (const auto& [name, constraint] : table.constraints) {
    if (constraint.type == ConstraintType::primary_key) return true;
  }
  return false;
}

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  // Partitioned tables hold no rows; their partitions are checked (as splinter does).
  if (!table || table->kind != TableKind::regular || has_primary_key(*table)) return;
  if (table->partition_of) {
    auto parent = subject.catalog().tables.find(*table->partition_of);
    if (parent != subject.catalog().tables.end() && has_primary_key(parent->second)) return;
  }
  subject.report(table->meta, "",
                 fmt::format("table {} has no primary key: its rows cannot be told apart, so "
                             "updates and deletes by row and logical replication need one",
                             object_id(table->name)),
                 fmt::format("ALTER TABLE {} ADD PRIMARY KEY (...), or add an identity column "
                             "as the key",
                             object_id(table->name)),
                 {object_id(table->name)});
}

}  // namespace

LintRule lint_rule_no_primary_key() {
  return {"no_primary_key", LintLevel::info, "a table without a primary key",
          nullptr,          nullptr,         examine};
}

}  // namespace pgdrift
