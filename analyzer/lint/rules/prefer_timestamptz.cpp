// prefer-timestamptz: timestamp without time zone stores wall-clock time with no zone, and
// shifts silently when sessions differ in TimeZone.
#include <fmt/format.h>

#include "analyzer/lint/column_types.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  for (const ColumnType& column : column_types(statement)) {
    if (!column.type.starts_with("timestamp without time zone")) continue;
    statement.report(
        fmt::format("column {} is {}: it records no time zone", column.id, column.type),
        "use timestamp with time zone (timestamptz)", {column.id});
  }
}

}  // namespace

LintRule lint_rule_prefer_timestamptz() {
  return {"prefer-timestamptz", LintLevel::info, "timestamp without time zone: prefer timestamptz",
          check};
}

}  // namespace pgdrift
