// adding-required-field: a NOT NULL column added without a default fails as soon as the
// table has a row.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/types/type_name.hpp"

namespace pgdrift {
namespace {

bool fills_itself(const ast::Node& column) {
  const ast::Node* type = column.get("typeName");
  return column_constraint(column, "CONSTR_DEFAULT") ||
         column_constraint(column, "CONSTR_IDENTITY") ||
         column_constraint(column, "CONSTR_GENERATED") || (type && serial_base_type(*type));
}

void check(const StatementContext& statement) {
  auto commands = alter_table_commands(statement.tree(), "AT_AddColumn");
  if (commands.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const ast::Node* command : commands) {
    const ast::Node* column = command->get("def");
    if (!column || !column_constraint(*column, "CONSTR_NOTNULL") || fills_itself(*column)) continue;
    std::string id = member_id(table, std::string(column->str("colname")));
    statement.report(
        fmt::format(
            "column {} is NOT NULL without a default: the statement fails if {} has any row", id,
            object_id(table)),
        "add it with a default, or nullable; fill it; then SET NOT NULL", {id});
  }
}

}  // namespace

LintRule lint_rule_adding_required_field() {
  return {"adding-required-field", LintLevel::warning,
          "a NOT NULL column without a default fails on a table with rows", check};
}

}  // namespace pgdrift
