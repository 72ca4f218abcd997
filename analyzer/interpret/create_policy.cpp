#include <fmt/format.h>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {

void create_policy(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("table");
  if (!relation) return;
  Policy policy;
  policy.name = std::string(statement.str("policy_name"));
  policy.table = context.resolve_relation(*relation);
  std::string_view command = statement.str("cmd_name");
  policy.command = command.empty() ? "all" : std::string(command);
  policy.permissive = statement.flag("permissive");
  policy.roles = policy_roles(statement.list("roles"));
  policy.using_expr = context.keep(statement.get("qual"));
  policy.check_expr = context.keep(statement.get("with_check"));
  policy.meta.defined_at = context.here();
  TableMemberKey key{policy.table, policy.name};
  if (context.catalog.policies.contains(key)) {
    context.error(fmt::format(error_form::policy_exists, policy.name, object_id(policy.table)),
                  {"duplicate_object", {policy.table.name, policy.name}});
    return;
  }
  if (!context.catalog.tables.contains(policy.table)) {
    context.error(fmt::format(error_form::relation_missing, object_id(policy.table)),
                  {"undefined_table", {policy.table.name}});
    return;
  }
  context.catalog.policies[key] = std::move(policy);
}

}  // namespace pgdrift
