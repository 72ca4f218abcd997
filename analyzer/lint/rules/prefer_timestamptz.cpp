// prefer-timestamptz: timestamp without time zone stores wall-clock time with no zone, and
// shifts silently when sessions differ in TimeZone.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  std::vector<DeclaredColumn> columns = declared_columns(statement.tree());
  if (columns.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  for (const DeclaredColumn& column : columns) {
    std::string type = statement.type(*column.type_name);
    if (!type.starts_with("timestamp without time zone")) continue;
    std::string id = member_id(table, column.name);
    statement.report(fmt::format("column {} is {}: it records no time zone", id, type),
                     "use timestamp with time zone (timestamptz)", {id});
  }
}

}  // namespace

LintRule lint_rule_prefer_timestamptz() {
  return {"prefer-timestamptz", LintLevel::info, "timestamp without time zone: prefer timestamptz",
          check};
}

}  // namespace pgdrift
