// prefer-bigint-over-smallint: a smallint runs out at 32,767.
#include <fmt/format.h>

#include "analyzer/lint/column_types.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  for (const ColumnType& column : column_types(statement)) {
    if (column.type != "smallint") continue;
    statement.report(fmt::format("column {} is smallint: it overflows at 32,767", column.id),
                     "use bigint (widening it later rewrites the table)", {column.id});
  }
}

}  // namespace

LintRule lint_rule_prefer_bigint_over_smallint() {
  return {"prefer-bigint-over-smallint", LintLevel::info, "smallint columns overflow soon", check};
}

}  // namespace pgdrift
