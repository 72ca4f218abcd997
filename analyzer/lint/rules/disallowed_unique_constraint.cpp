// disallowed-unique-constraint: ADD UNIQUE builds its index while reads and writes wait; an
// index built CONCURRENTLY first and attached with USING INDEX does not block.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  std::vector<AddedConstraint> uniques = added_constraints(statement.tree(), "CONSTR_UNIQUE");
  if (uniques.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const AddedConstraint& unique : uniques) {
    if (!unique.constraint->str("indexname").empty()) continue;  // USING INDEX: already built
    statement.report(
        fmt::format("adding a UNIQUE constraint to {} builds its index while reads and writes wait",
                    object_id(table)),
        "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX",
        {object_id(table)});
  }
}

}  // namespace

LintRule lint_rule_disallowed_unique_constraint() {
  return {"disallowed-unique-constraint", LintLevel::warning,
          "ADD UNIQUE builds its index under an ACCESS EXCLUSIVE lock", check};
}

}  // namespace pgdrift
