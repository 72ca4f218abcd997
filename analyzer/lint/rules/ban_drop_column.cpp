// ban-drop-column: dropping a column loses its data and breaks what reads it. With the schema,
// the finding names what uses the column: views block the drop (or CASCADE drops them),
// function bodies break when next run.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/references/dependents.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  auto commands = alter_table_commands(statement.tree(), "AT_DropColumn");
  if (commands.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const ast::Node* command : commands) {
    std::string column(command->str("name"));
    std::string id = member_id(table, column);
    std::vector<Dependent> dependents = column_dependents(statement.dependents(), table, column);
    std::erase_if(dependents, [&](const Dependent& d) {
      return d.is_routine() && statement.routine_replaced_later(d.name);
    });
    std::vector<std::string> objects{id};
    for (std::string& dependent : dependent_ids(dependents))
      objects.push_back(std::move(dependent));
    std::string used =
        dependents.empty() ? "" : fmt::format("; it is used by {}", describe(dependents));
    statement.report(
        fmt::format("dropping column {} loses its data and breaks clients that still read it{}", id,
                    used),
        "stop reading and writing the column in the application first, deploy, then drop it",
        objects);
  }
}

}  // namespace

LintRule lint_rule_ban_drop_column() {
  return {"ban-drop-column", LintLevel::warning,
          "dropping a column loses data and breaks what reads it", check};
}

}  // namespace pgdrift
