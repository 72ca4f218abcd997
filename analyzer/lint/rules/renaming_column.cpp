// renaming-column: clients that name the column break at once. Views, defaults, indexes and
// policies follow a rename (PostgreSQL binds them by number), but SQL and PL/pgSQL function
// bodies are text: the finding names those that read the column.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/references/dependents.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("RenameStmt") || tree.str("renameType") != "OBJECT_COLUMN" ||
      tree.str("relationType") != "OBJECT_TABLE")
    return;
  QualifiedName table = statement.relation(*tree.get("relation"));
  if (statement.created_in_file(table)) return;
  std::string column(tree.str("subname"));
  std::string id = member_id(table, column);
  std::vector<Dependent> bodies;
  for (Dependent& dependent : column_dependents(statement.dependents(), table, column)) {
    if (dependent.is_routine() && !statement.routine_replaced_later(dependent.name))
      bodies.push_back(std::move(dependent));
  }
  std::string broken = bodies.empty()
                           ? ""
                           : fmt::format("; {} still read{} it by its old name", describe(bodies),
                                         bodies.size() == 1 ? "s" : "");
  std::vector<std::string> objects{id};
  for (std::string& body : dependent_ids(bodies)) objects.push_back(std::move(body));
  statement.report(fmt::format("renaming {} to {} breaks every client that names the column{}", id,
                               tree.str("newname"), broken),
                   "add the new column, write both, move readers over, then drop the old one",
                   objects);
}

}  // namespace

LintRule lint_rule_renaming_column() {
  return {"renaming-column", LintLevel::warning,
          "renaming a column breaks clients and function bodies", check};
}

}  // namespace pgdrift
