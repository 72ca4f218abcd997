// prefer-bigint-over-int: an integer key runs out at 2^31; moving to bigint later rewrites
// the table and everything that references it.
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
    if (type != "integer") continue;
    std::string id = member_id(table, column.name);
    statement.report(fmt::format("column {} is integer: it overflows at 2,147,483,647", id),
                     "use bigint (widening it later rewrites the table)", {id});
  }
}

}  // namespace

LintRule lint_rule_prefer_bigint_over_int() {
  return {"prefer-bigint-over-int", LintLevel::info,
          "integer columns overflow; bigint costs little", check};
}

}  // namespace pgdrift
