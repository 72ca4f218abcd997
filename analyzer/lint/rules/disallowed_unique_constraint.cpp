// disallowed-unique-constraint: ADD UNIQUE builds its index while reads and writes wait; an
// index built CONCURRENTLY first and attached with USING INDEX does not block.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  auto commands = alter_table_commands(statement.tree());
  if (commands.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const ast::Node* command : commands) {
    const ast::Node* definition = command->get("def");
    if (!definition) continue;
    bool unique = command->str("subtype") == "AT_AddConstraint" &&
                  definition->str("contype") == "CONSTR_UNIQUE" &&
                  definition->str("indexname").empty();
    bool unique_column = command->str("subtype") == "AT_AddColumn" && definition->is("ColumnDef") &&
                         column_constraint(*definition, "CONSTR_UNIQUE");
    if (!unique && !unique_column) continue;
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
