// ban-drop-table: dropping a table loses its data and breaks what uses it; the finding names
// the views, foreign keys, triggers, policies and functions that do.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/references/dependents.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("DropStmt") || tree.str("removeType") != "OBJECT_TABLE") return;
  for (const ast::Node& object : tree.list("objects")) {
    if (object.elements().empty()) continue;
    QualifiedName table = statement.relation_from_list(object.elements());
    if (statement.created_in_file(table) ||
        (tree.flag("missing_ok") && !statement.catalog().tables.contains(table)))
      continue;
    std::vector<Dependent> dependents = table_dependents(statement.dependents(), table);
    std::vector<std::string> objects{object_id(table)};
    for (std::string& dependent : dependent_ids(dependents))
      objects.push_back(std::move(dependent));
    std::string used =
        dependents.empty() ? "" : fmt::format("; it is used by {}", describe(dependents));
    statement.report(
        fmt::format("dropping table {} loses its data and breaks clients that still use it{}",
                    object_id(table), used),
        "stop using the table in the application first, deploy, then drop it (keep a backup)",
        objects);
  }
}

}  // namespace

LintRule lint_rule_ban_drop_table() {
  return {"ban-drop-table", LintLevel::warning,
          "dropping a table loses data and breaks what uses it", check};
}

}  // namespace pgdrift
