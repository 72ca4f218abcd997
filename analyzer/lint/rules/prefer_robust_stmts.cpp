// prefer-robust-stmts: a migration that runs outside a transaction and fails halfway has to
// be run again; statements with IF [NOT] EXISTS can be. In a transaction, a failure undoes
// everything, and the rule is silent.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"

namespace pgdrift {
namespace {

// What the statement lacks to be run twice, or empty.
std::string missing_guard(const ast::Node& tree) {
  if (tree.is("CreateStmt") && !tree.flag("if_not_exists"))
    return "CREATE TABLE without IF NOT EXISTS";
  if (tree.is("IndexStmt") && !tree.flag("if_not_exists"))
    return "CREATE INDEX without IF NOT EXISTS";
  if (tree.is("DropStmt") && !tree.flag("missing_ok")) {
    std::string_view kind = tree.str("removeType");
    if (kind == "OBJECT_TABLE" || kind == "OBJECT_INDEX")
      return fmt::format("DROP {} without IF EXISTS", kind == "OBJECT_TABLE" ? "TABLE" : "INDEX");
  }
  for (const ast::Node* command : alter_table_commands(tree)) {
    std::string_view subtype = command->str("subtype");
    if (subtype == "AT_AddColumn" && !command->flag("missing_ok"))
      return "ADD COLUMN without IF NOT EXISTS";
    if (subtype == "AT_DropColumn" && !command->flag("missing_ok"))
      return "DROP COLUMN without IF EXISTS";
  }
  return {};
}

void check(const StatementContext& statement) {
  if (statement.file().in_transaction()) return;
  std::string missing = missing_guard(statement.tree());
  if (missing.empty()) return;
  statement.report(
      fmt::format(
          "{} outside a transaction: if the migration fails after it, running it again fails here",
          missing),
      "add IF NOT EXISTS / IF EXISTS, or run the migration in a transaction");
}

}  // namespace

LintRule lint_rule_prefer_robust_stmts() {
  return {"prefer-robust-stmts", LintLevel::info,
          "statements outside a transaction should be safe to run twice", check};
}

}  // namespace pgdrift
