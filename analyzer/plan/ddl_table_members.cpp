#include <fmt/format.h>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "analyzer/plan/statement_builder.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string command_name(const std::string& command) {
  std::string upper;
  for (char c : command) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

}  // namespace

std::string create_index_sql(const Index& index) {
  if (!index.definition) throw UnwritableSql("an index without its definition");
  return statement_with_names(*index.definition, "idxname", index.name.name, index.table);
}

std::string create_trigger_sql(const Trigger& trigger) {
  if (!trigger.definition) throw UnwritableSql("a trigger without its definition");
  return statement_with_names(*trigger.definition, "trigname", trigger.name, trigger.table);
}

std::string create_policy_sql(const Policy& policy) {
  std::string text = fmt::format("CREATE POLICY {} ON {}", quote_identifier(policy.name), sql_name(policy.table));
  if (!policy.permissive) text += " AS RESTRICTIVE";
  if (policy.command != "all") text += " FOR " + command_name(policy.command);
  bool everyone = policy.roles.empty() || (policy.roles.size() == 1 && (policy.roles[0] == "public" || policy.roles[0] == "PUBLIC"));
  if (!everyone) {
    std::vector<std::string> roles;
    for (const std::string& role : policy.roles) roles.push_back(sql_role(role));
    text += fmt::format(" TO {}", fmt::join(roles, ", "));
  }
  if (policy.using_expr) text += fmt::format(" USING ({})", sql_expression(policy.using_expr));
  if (policy.check_expr) text += fmt::format(" WITH CHECK ({})", sql_expression(policy.check_expr));
  return text;
}

}  // namespace pgdrift
