// adding-field-with-default: a column added with a volatile default (or a stored generated
// column) rewrites the table under an ACCESS EXCLUSIVE lock. A constant default does not
// (PostgreSQL 11 and later keep it in the catalog).
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/plan/hazards.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  auto commands = alter_table_commands(statement.tree(), "AT_AddColumn");
  if (commands.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const ast::Node* command : commands) {
    const ast::Node* column = command->get("def");
    if (!column) continue;
    std::string id = member_id(table, std::string(column->str("colname")));
    const ast::Node* fallback = column_constraint(*column, "CONSTR_DEFAULT");
    if (fallback && has_volatile_call(fallback->get("raw_expr"))) {
      statement.report(fmt::format("column {} is added with a volatile default: PostgreSQL "
                                   "rewrites {} under an ACCESS EXCLUSIVE lock",
                                   id, object_id(table)),
                       "add the column without a default (or with a constant one), set the "
                       "default, then fill existing rows in batches",
                       {id});
    } else if (column_constraint(*column, "CONSTR_GENERATED")) {
      statement.report(fmt::format("stored generated column {} is computed for every row: "
                                   "PostgreSQL rewrites {} under an ACCESS EXCLUSIVE lock",
                                   id, object_id(table)),
                       "add a plain column, fill it in batches, and keep it current with a trigger",
                       {id});
    }
  }
}

}  // namespace

LintRule lint_rule_adding_field_with_default() {
  return {"adding-field-with-default", LintLevel::warning,
          "a column added with a volatile default rewrites the table", check};
}

}  // namespace pgdrift
