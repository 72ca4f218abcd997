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
  auto commands = alter_table_commands(statement.tree());
  if (commands.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const ast::Node* command : commands) {
    const ast::Node* definition = command->get("def");
    if (!definition) continue;
    bool key = command->str("subtype") == "AT_AddConstraint" &&
               definition->str("contype") == "CONSTR_PRIMARY" &&
               definition->str("indexname").empty();
    bool key_column = command->str("subtype") == "AT_AddColumn" && definition->is("ColumnDef") &&
                      column_constraint(*definition, "CONSTR_PRIMARY");
    if (key || key_column) report(statement, table);
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
