// prefer-bigint-over-int: an integer key runs out at 2^31; moving to bigint later rewrites
// the table and everything that references it.
#include <fmt/format.h>

#include "analyzer/lint/column_types.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  for (const ColumnType& column : column_types(statement)) {
    if (column.type != "integer") continue;
    statement.report(fmt::format("column {} is integer: it overflows at 2,147,483,647", column.id),
                     "use bigint (widening it later rewrites the table)", {column.id});
  }
}

}  // namespace

LintRule lint_rule_prefer_bigint_over_int() {
  return {"prefer-bigint-over-int", LintLevel::info,
          "integer columns overflow; bigint costs little", check};
}

}  // namespace pgdrift
