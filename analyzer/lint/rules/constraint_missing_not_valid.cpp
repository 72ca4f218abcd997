// constraint-missing-not-valid: a CHECK or FOREIGN KEY added to an existing table without NOT
// VALID is validated at once, scanning the table while writes wait. So is one added NOT VALID
// and validated in the same transaction: the ADD's ACCESS EXCLUSIVE lock is still held.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check_validation(const StatementContext& statement) {
  if (!statement.file().in_transaction()) return;
  for (const ast::Node* command : alter_table_commands(statement.tree(), "AT_ValidateConstraint")) {
    QualifiedName table = statement.relation(*statement.tree().get("relation"));
    std::string id = member_id(table, std::string(command->str("name")));
    if (!statement.file().added_not_valid.contains(id)) continue;
    statement.report(fmt::format("{} is validated in the transaction that added it NOT VALID: the "
                                 "scan runs under the ADD's ACCESS "
                                 "EXCLUSIVE lock, still held",
                                 id),
                     "VALIDATE CONSTRAINT in a later migration (or after a COMMIT)", {id});
  }
}

void check(const StatementContext& statement) {
  check_validation(statement);
  auto commands = alter_table_commands(statement.tree(), "AT_AddConstraint");
  if (commands.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const ast::Node* command : commands) {
    const ast::Node* constraint = command->get("def");
    if (!constraint || constraint->flag("skip_validation")) continue;
    std::string_view type = constraint->str("contype");
    if (type != "CONSTR_CHECK" && type != "CONSTR_FOREIGN") continue;
    std::string name(constraint->str("conname"));
    std::string what = type == "CONSTR_CHECK" ? "CHECK" : "FOREIGN KEY";
    statement.report(
        fmt::format("{} {}on {} is validated at once: the whole table is scanned while writes wait",
                    what, name.empty() ? "" : name + " ", object_id(table)),
        "add it NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a later transaction",
        {name.empty() ? object_id(table) : member_id(table, name)});
  }
}

}  // namespace

LintRule lint_rule_constraint_missing_not_valid() {
  return {"constraint-missing-not-valid", LintLevel::warning,
          "constraints added without NOT VALID scan the table under lock", check};
}

}  // namespace pgdrift
