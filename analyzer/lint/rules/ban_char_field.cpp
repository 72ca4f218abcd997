// ban-char-field: character(n) pads with spaces, compares surprisingly and is no faster than
// text or varchar.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  std::vector<const ast::Node*> columns = column_definitions(statement.tree());
  if (columns.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  for (const ast::Node* column : columns) {
    const ast::Node* type = column->get("typeName");
    if (!type) continue;
    std::string canonical = statement.type(*type);
    if (canonical != "character" && !canonical.starts_with("character(")) continue;
    std::string id = member_id(table, std::string(column->str("colname")));
    statement.report(fmt::format("column {} is {}: values are padded with spaces", id, canonical),
                     "use text (with a CHECK on its length if one is needed)", {id});
  }
}

}  // namespace

LintRule lint_rule_ban_char_field() {
  return {"ban-char-field", LintLevel::info, "character(n) columns pad with spaces: use text",
          check};
}

}  // namespace pgdrift
