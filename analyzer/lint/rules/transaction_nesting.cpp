// transaction-nesting: a BEGIN inside a transaction only warns, and its COMMIT ends the outer
// transaction early; a COMMIT in a file the platform runs in a transaction ends the platform's.
#include "analyzer/lint/statement_context.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("TransactionStmt")) return;
  std::string_view kind = tree.str("kind");
  const FileState& file = statement.file();
  if ((kind == "TRANS_STMT_BEGIN" || kind == "TRANS_STMT_START") && file.open_transactions > 0) {
    statement.report(
        "BEGIN inside a transaction the file already opened: PostgreSQL ignores it, and the next "
        "COMMIT ends both",
        "remove the inner BEGIN and its COMMIT");
  }
  if ((kind == "TRANS_STMT_COMMIT" || kind == "TRANS_STMT_ROLLBACK") &&
      file.open_transactions == 0 && file.wrapped_in_transaction) {
    statement.report(
        "COMMIT or ROLLBACK without a BEGIN in this file ends the transaction the platform runs "
        "the file in",
        "remove it, or write the file's own BEGIN");
  }
}

}  // namespace

LintRule lint_rule_transaction_nesting() {
  return {"transaction-nesting", LintLevel::warning,
          "BEGIN and COMMIT that do not match the transaction the file runs in", check};
}

}  // namespace pgdrift
