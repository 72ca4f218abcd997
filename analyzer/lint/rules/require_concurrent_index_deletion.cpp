// require-concurrent-index-deletion: DROP INDEX without CONCURRENTLY takes an ACCESS
// EXCLUSIVE lock on the index's table, queueing every query behind it.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("DropStmt") || tree.str("removeType") != "OBJECT_INDEX" || tree.flag("concurrent"))
    return;
  for (const ast::Node& object : tree.list("objects")) {
    QualifiedName index = statement.relation_from_list(object.elements());
    auto found = statement.catalog().indexes.find(index);
    if (found != statement.catalog().indexes.end() &&
        statement.created_in_file(found->second.table))
      continue;
    std::string table = found == statement.catalog().indexes.end() ? std::string("its table")
                                                                   : object_id(found->second.table);
    statement.report(fmt::format("DROP INDEX {} locks {} against reads and writes until it is done",
                                 object_id(index), table),
                     "DROP INDEX CONCURRENTLY, in a migration that runs outside a transaction",
                     {object_id(index)});
  }
}

}  // namespace

LintRule lint_rule_require_concurrent_index_deletion() {
  return {"require-concurrent-index-deletion", LintLevel::warning,
          "DROP INDEX without CONCURRENTLY locks the table", check};
}

}  // namespace pgdrift
