#include "analyzer/normalize/regclass_literal.hpp"

namespace pgdrift {

bool is_regclass_cast(const ast::Node& type_cast) {
  const ast::Node* type = type_cast.get("typeName");
  if (!type || !type->list("arrayBounds").empty()) return false;
  auto names = type->list("names");
  return !names.empty() && names.back().string_value() == "regclass";
}

bool is_sequence_function_call(const ast::Node& call) {
  auto names = call.list("funcname");
  if (names.empty() || names.size() > 2) return false;
  if (names.size() == 2 && names.front().string_value() != "pg_catalog") return false;
  std::string_view name = names.back().string_value();
  return name == "nextval" || name == "currval" || name == "setval";
}

std::string_view constant_text(const ast::Node& constant) {
  const ast::Node* value = constant.get("sval");
  if (!value) return {};
  return value->kind() == ast::Kind::object ? value->str("sval") : value->text();
}

}  // namespace pgdrift
