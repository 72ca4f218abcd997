// prefer-text-field: a varchar(n) limit can only be raised by ALTER TABLE (a lock, and a
// rewrite before PostgreSQL 9.2 or with views on it); text with a CHECK is as strict and
// easier to change.
#include <fmt/format.h>

#include "analyzer/lint/column_types.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  for (const ColumnType& column : column_types(statement)) {
    if (!column.type.starts_with("character varying(")) continue;
    statement.report(
        fmt::format("column {} is {}: changing the limit later takes an ACCESS EXCLUSIVE lock",
                    column.id, column.type),
        "use text with a CHECK (length(...) <= n), which can be replaced NOT VALID", {column.id});
  }
}

}  // namespace

LintRule lint_rule_prefer_text_field() {
  return {"prefer-text-field", LintLevel::info, "varchar(n): prefer text with a CHECK", check};
}

}  // namespace pgdrift
