// ban-drop-database: a migration has no business dropping a database.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  if (!statement.tree().is("DropdbStmt")) return;
  std::string name(statement.tree().str("dbname"));
  statement.report(fmt::format("DROP DATABASE {} destroys the whole database", name),
                   "do it by hand, never in a migration", {name});
}

}  // namespace

LintRule lint_rule_ban_drop_database() {
  return {"ban-drop-database", LintLevel::error, "DROP DATABASE in a migration", check};
}

}  // namespace pgdrift
