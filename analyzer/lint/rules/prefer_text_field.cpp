// prefer-text-field: a varchar(n) limit can only be raised by ALTER TABLE (a lock, and a
// rewrite before PostgreSQL 9.2 or with views on it); text with a CHECK is as strict and
// easier to change.
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
    if (!type.starts_with("character varying(")) continue;
    std::string id = member_id(table, column.name);
    statement.report(
        fmt::format("column {} is {}: changing the limit later takes an ACCESS EXCLUSIVE lock", id,
                    type),
        "use text with a CHECK (length(...) <= n), which can be replaced NOT VALID", {id});
  }
}

}  // namespace

LintRule lint_rule_prefer_text_field() {
  return {"prefer-text-field", LintLevel::info, "varchar(n): prefer text with a CHECK", check};
}

}  // namespace pgdrift
