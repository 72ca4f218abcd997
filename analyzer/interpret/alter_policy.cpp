#include <fmt/format.h>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {

// ALTER POLICY name ON table [TO roles] [USING (...)] [WITH CHECK (...)]: what it names
// replaces what the policy had; what it leaves out stays. (RENAME TO is a RenameStmt.)
void alter_policy(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("table");
  if (!relation) return;
  QualifiedName table = context.resolve_relation(*relation);
  std::string name(statement.str("policy_name"));
  auto found = context.catalog.policies.find({table, name});
  if (found == context.catalog.policies.end()) {
    if (!context.catalog.relation_exists(table))
      context.error(fmt::format(error_form::relation_missing, object_id(table)));
    else
      context.error(fmt::format(error_form::policy_missing, name, object_id(table)));
    return;
  }
  Policy& policy = found->second;
  if (!statement.list("roles").empty()) policy.roles = policy_roles(statement.list("roles"));
  if (const ast::Node* using_expr = statement.get("qual"))
    policy.using_expr = context.keep(using_expr);
  if (const ast::Node* check_expr = statement.get("with_check"))
    policy.check_expr = context.keep(check_expr);
}

}  // namespace pgdrift
