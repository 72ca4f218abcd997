// prefer-bigint-over-smallint: a smallint runs out at 32,767.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/types/type_name.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  std::vector<DeclaredColumn> columns = declared_columns(statement.tree());
  if (columns.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  for (const DeclaredColumn& column : columns) {
    std::optional<std::string> serial = serial_base_type(*column.type_name);
    std::string type = serial ? *serial : statement.type(*column.type_name);
    if (type != "smallint") continue;
    std::string id = member_id(table, column.name);
    statement.report(fmt::format("column {} is smallint: it overflows at 32,767", id),
                     "use bigint (widening it later rewrites the table)", {id});
  }
}

}  // namespace

LintRule lint_rule_prefer_bigint_over_smallint() {
  return {"prefer-bigint-over-smallint", LintLevel::info, "smallint columns overflow soon", check};
}

}  // namespace pgdrift
