// changing-column-type: a column type change rewrites the table and its indexes under an
// ACCESS EXCLUSIVE lock (unless the new type is binary-compatible, such as a longer varchar
// or text), and PostgreSQL refuses it while a view or rule reads the column. The finding
// names the views, and what else uses the column.
#include <fmt/format.h>

#include <algorithm>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/references/dependents.hpp"
#include "analyzer/types/type_change.hpp"

namespace pgdrift {
namespace {

bool blocks(const Dependent& dependent) {
  return dependent.kind == "view" || dependent.kind == "materialized view";
}

void check(const StatementContext& statement) {
  auto commands = alter_table_commands(statement.tree(), "AT_AlterColumnType");
  if (commands.empty()) return;
  QualifiedName name = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(name)) return;
  const Table* table = statement.table(*statement.tree().get("relation"));
  for (const ast::Node* command : commands) {
    std::string column(command->str("name"));
    const ast::Node* definition = command->get("def");
    const ast::Node* type_name = definition ? definition->get("typeName") : nullptr;
    if (!type_name) continue;
    std::string to = statement.type(*type_name);
    const Column* existing = table ? table->find_column(column) : nullptr;
    std::string from = existing ? std::string(existing->type.str()) : std::string();
    std::vector<Dependent> dependents = column_dependents(statement.dependents(), name, column);
    std::vector<Dependent> blocking;
    std::copy_if(dependents.begin(), dependents.end(), std::back_inserter(blocking), blocks);
    bool rewrite = from.empty() || (!binary_compatible(from, to) && from != to);
    if (!rewrite && blocking.empty()) continue;
    std::string id = member_id(name, column);
    std::string message =
        rewrite
            ? fmt::format(
                  "changing {} {}to {} rewrites {} and its indexes under an ACCESS EXCLUSIVE lock",
                  id, from.empty() ? "" : "from " + from + " ", to, object_id(name))
            : fmt::format("changing {} from {} to {} needs no rewrite", id, from, to);
    if (!blocking.empty())
      message += fmt::format("; PostgreSQL refuses it while {} read{} it", describe(blocking),
                             blocking.size() == 1 ? "s" : "");
    std::vector<Dependent> others;
    std::copy_if(dependents.begin(), dependents.end(), std::back_inserter(others),
                 [](const Dependent& d) { return !blocks(d); });
    if (!others.empty()) message += fmt::format("; also used by {}", describe(others));
    std::vector<std::string> objects{id};
    for (std::string& dependent : dependent_ids(dependents))
      objects.push_back(std::move(dependent));
    statement.report(
        message,
        blocking.empty()
            ? "add a new column, fill it in batches, switch readers, then drop the old one"
            : "drop the views before the change and create them again after it, in the same "
              "migration",
        objects);
  }
}

}  // namespace

LintRule lint_rule_changing_column_type() {
  return {"changing-column-type", LintLevel::warning,
          "a column type change rewrites the table and is blocked by views", check};
}

}  // namespace pgdrift
