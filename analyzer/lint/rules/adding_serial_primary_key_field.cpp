// adding-serial-primary-key-field: adding a primary key to an existing table builds its
// unique index under an ACCESS EXCLUSIVE lock (and a serial column rewrites the table).
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void report(const StatementContext& statement, const QualifiedName& table) {
  statement.report(
      fmt::format("adding a primary key to {} builds its index while reads and writes wait (ACCESS "
                  "EXCLUSIVE lock)",
                  object_id(table)),
      "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX",
      {object_id(table)});
}

void check(const StatementContext& statement) {
  std::vector<AddedConstraint> keys = added_constraints(statement.tree(), "CONSTR_PRIMARY");
  if (keys.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const AddedConstraint& key : keys) {
    if (key.constraint->str("indexname").empty()) report(statement, table);
  }
}

}  // namespace

LintRule lint_rule_adding_serial_primary_key_field() {
  return {
      "adding-serial-primary-key-field", LintLevel::warning,
      "a primary key added to an existing table builds its index under an ACCESS EXCLUSIVE lock",
      check};
}

}  // namespace pgdrift
