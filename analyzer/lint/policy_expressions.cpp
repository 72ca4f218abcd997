#include "analyzer/lint/policy_expressions.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <string_view>

namespace pgdrift {
namespace {

// Visits every object node of the tree; `visit` returns whether to look inside the node.
void walk(const ast::Node& node, const std::function<bool(const ast::Node&)>& visit) {
  if (node.kind() == ast::Kind::list) {
    for (const ast::Node& item : node.items()) walk(item, visit);
    return;
  }
  if (node.kind() != ast::Kind::object || !visit(node)) return;
  for (const ast::Field& field : node.fields()) walk(field.value, visit);
}

// "auth.uid" for a FuncCall node, "current_setting" for an unqualified one.
std::string function_name(const ast::Node& call) {
  std::string name;
  for (const ast::Node& part : call.list("funcname")) {
    if (!name.empty()) name += '.';
    name += part.string_value();
  }
  return name;
}

bool is_auth_function(const std::string& name) {
  constexpr std::array<std::string_view, 5> kPerRequest{"auth.uid", "auth.jwt", "auth.role",
                                                        "auth.email", "current_setting"};
  return std::find(kPerRequest.begin(), kPerRequest.end(), name) != kPerRequest.end() ||
         name == "pg_catalog.current_setting";
}

std::string_view string_constant(const ast::Node& node) {
  if (!node.is("A_Const")) return {};
  const ast::Node* text = node.get("sval");
  return text ? text->str("sval") : std::string_view{};
}

bool integer_one(const ast::Node& node) {
  const ast::Node* value = node.is("A_Const") ? node.get("ival") : nullptr;
  return value && value->integer_or("ival", 0) == 1;
}

}  // namespace

std::vector<std::string> per_row_auth_calls(Expr expression) {
  std::vector<std::string> calls;
  if (!expression) return calls;
  walk(*expression, [&](const ast::Node& node) {
    if (node.is("SubLink")) return false;  // (select auth.uid()) runs once per statement
    if (node.is("FuncCall")) {
      std::string name = function_name(node);
      if (is_auth_function(name) &&
          std::find(calls.begin(), calls.end(), name + "()") == calls.end())
        calls.push_back(name + "()");
    }
    return true;
  });
  return calls;
}

bool reads_user_metadata(Expr expression) {
  if (!expression) return false;
  bool reads_claims = false;
  bool names_user_metadata = false;
  walk(*expression, [&](const ast::Node& node) {
    if (node.is("FuncCall")) {
      std::string name = function_name(node);
      if (name == "auth.jwt") reads_claims = true;
      if (name == "current_setting" || name == "pg_catalog.current_setting") {
        for (const ast::Node& argument : node.list("args")) {
          if (string_constant(argument).starts_with("request.jwt.claim")) reads_claims = true;
        }
      }
    }
    if (string_constant(node) == "user_metadata") names_user_metadata = true;
    return true;
  });
  return reads_claims && names_user_metadata;
}

bool always_true(Expr expression) {
  if (!expression) return false;
  if (expression->is("A_Const")) {
    const ast::Node* boolean = expression->get("boolval");
    return boolean && boolean->flag("boolval");
  }
  if (expression->is("A_Expr") && expression->str("kind") == "AEXPR_OP") {
    auto name = expression->list("name");
    const ast::Node* left = expression->get("lexpr");
    const ast::Node* right = expression->get("rexpr");
    return name.size() == 1 && name[0].string_value() == "=" && left && right &&
           integer_one(*left) && integer_one(*right);
  }
  return false;
}

}  // namespace pgdrift
