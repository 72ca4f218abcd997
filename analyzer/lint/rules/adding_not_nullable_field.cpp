// adding-not-nullable-field: SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE
// lock, unless a validated CHECK (column IS NOT NULL) already proves it (PostgreSQL 12+).
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// A validated CHECK (column IS NOT NULL): PostgreSQL then skips the scan.
bool proven_not_null(const Table& table, const std::string& column) {
  for (const auto& [name, constraint] : table.constraints) {
    const ast::Node* check = constraint.check;
    if (constraint.type != ConstraintType::check || constraint.not_valid || !check ||
        !check->is("NullTest"))
      continue;
    const ast::Node* argument = check->get("arg");
    auto fields = argument ? argument->list("fields") : std::span<const ast::Node>{};
    if (check->str("nulltesttype") == "IS_NOT_NULL" && !fields.empty() &&
        fields.back().string_value() == column)
      return true;
  }
  return false;
}

void check(const StatementContext& statement) {
  auto commands = alter_table_commands(statement.tree(), "AT_SetNotNull");
  if (commands.empty()) return;
  QualifiedName name = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(name)) return;
  const Table* table = statement.table(*statement.tree().get("relation"));
  for (const ast::Node* command : commands) {
    std::string column(command->str("name"));
    if (table) {
      const Column* existing = table->find_column(column);
      if ((existing && existing->not_null) || proven_not_null(*table, column)) continue;
    }
    std::string id = member_id(name, column);
    statement.report(fmt::format("SET NOT NULL on {} scans all of {} under an ACCESS EXCLUSIVE "
                                 "lock (reads and writes wait)",
                                 id, object_id(name)),
                     fmt::format("add CHECK ({} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a "
                                 "later transaction, then SET NOT "
                                 "NULL (no scan) and drop the CHECK",
                                 column),
                     {id});
  }
}

}  // namespace

LintRule lint_rule_adding_not_nullable_field() {
  return {"adding-not-nullable-field", LintLevel::warning,
          "SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock", check};
}

}  // namespace pgdrift
