// renaming-table: clients that name the table break at once. Views, foreign keys, triggers
// and policies follow a rename, but function bodies are text: the finding names those that
// use the table.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/references/dependents.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("RenameStmt") || tree.str("renameType") != "OBJECT_TABLE") return;
  QualifiedName table = statement.relation(*tree.get("relation"));
  if (statement.created_in_file(table)) return;
  std::vector<Dependent> bodies;
  for (Dependent& dependent : table_dependents(statement.dependents(), table)) {
    if (dependent.is_routine() && !statement.routine_replaced_later(dependent.name))
      bodies.push_back(std::move(dependent));
  }
  std::string broken = bodies.empty()
                           ? ""
                           : fmt::format("; {} still use{} the old name", describe(bodies),
                                         bodies.size() == 1 ? "s" : "");
  std::vector<std::string> objects{object_id(table)};
  for (std::string& body : dependent_ids(bodies)) objects.push_back(std::move(body));
  statement.report(
      fmt::format("renaming {} to {} breaks every client that names the table{}", object_id(table),
                  tree.str("newname"), broken),
      "create a view with the old name for the time clients move over, or move them first",
      objects);
}

}  // namespace

LintRule lint_rule_renaming_table() {
  return {"renaming-table", LintLevel::warning,
          "renaming a table breaks clients and function bodies", check};
}

}  // namespace pgdrift
