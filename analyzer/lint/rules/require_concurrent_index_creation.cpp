// require-concurrent-index-creation: CREATE INDEX without CONCURRENTLY blocks writes to the
// table while the index builds. A table created earlier in the same migration is empty.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("IndexStmt") || tree.flag("concurrent")) return;
  QualifiedName table = statement.relation(*tree.get("relation"));
  if (statement.created_in_file(table) || !statement.catalog().tables.contains(table)) return;
  statement.report(fmt::format("CREATE INDEX on {} blocks writes to it while the index builds",
                               object_id(table)),
                   "CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction",
                   {object_id(table)});
}

}  // namespace

LintRule lint_rule_require_concurrent_index_creation() {
  return {"require-concurrent-index-creation", LintLevel::warning,
          "CREATE INDEX without CONCURRENTLY blocks writes", check};
}

}  // namespace pgdrift
