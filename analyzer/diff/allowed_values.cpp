#include "analyzer/diff/allowed_values.hpp"

namespace pgdrift {

std::optional<AllowedValues> allowed_values(const ast::Node* check) {
  if (!check || !check->is("A_Expr") || check->str("kind") != "AEXPR_IN") return std::nullopt;
  auto op = check->list("name");
  if (op.empty() || op.back().string_value() != "=") return std::nullopt;
  const ast::Node* column = check->get("lexpr");
  const ast::Node* values = check->get("rexpr");
  if (!column || !column->is("ColumnRef") || !values) return std::nullopt;
  AllowedValues allowed;
  allowed.column = std::string(column->list("fields").back().string_value());
  for (const ast::Node& value : values->items()) {
    if (!value.is("A_Const")) return std::nullopt;
    allowed.values.emplace_back(value.str("value"));
  }
  return allowed;
}

}  // namespace pgdrift
