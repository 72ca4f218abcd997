// ban-concurrent-index-creation-in-transaction: CREATE INDEX CONCURRENTLY cannot run inside a
// transaction block; PostgreSQL refuses it. A file the platform runs in one transaction (Supabase)
// or one with its own BEGIN is such a block.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("IndexStmt") || !tree.flag("concurrent") || !statement.file().in_transaction())
    return;
  std::string why = statement.file().open_transactions > 0
                        ? "after the file's BEGIN"
                        : "in the transaction the platform runs the file in";
  statement.report(
      fmt::format(
          "CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and this one runs {}",
          why),
      "put it in a migration of its own that runs outside a transaction",
      {object_id(statement.relation(*tree.get("relation")))});
}

}  // namespace

LintRule lint_rule_ban_concurrent_index_creation_in_transaction() {
  return {"ban-concurrent-index-creation-in-transaction", LintLevel::error,
          "CREATE INDEX CONCURRENTLY fails inside a transaction", check};
}

}  // namespace pgdrift
