// ban-drop-not-null: code reading the column may assume it never holds NULL.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  auto commands = alter_table_commands(statement.tree(), "AT_DropNotNull");
  if (commands.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const ast::Node* command : commands) {
    std::string id = member_id(table, std::string(command->str("name")));
    statement.report(
        fmt::format("dropping NOT NULL on {} lets NULLs in where readers may not expect them", id),
        "make sure every reader handles NULL before the change", {id});
  }
}

}  // namespace

LintRule lint_rule_ban_drop_not_null() {
  return {"ban-drop-not-null", LintLevel::warning,
          "DROP NOT NULL breaks readers that assume a value", check};
}

}  // namespace pgdrift
