// rls_policy_always_true (splinter): a permissive policy for the API's roles whose USING
// (for UPDATE, DELETE or ALL) or WITH CHECK is always true, so row level security lets
// anyone change any row. USING (true) on a SELECT policy is left alone: public read access
// is often meant.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "analyzer/lint/policy_expressions.hpp"
#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

bool applies_to_api_roles(const Policy& policy) {
  return std::any_of(policy.roles.begin(), policy.roles.end(), [](const std::string& role) {
    return role == "public" || role == "anon" || role == "authenticated";
  });
}

bool writes(const Policy& policy) {
  return policy.command == "update" || policy.command == "delete" || policy.command == "all";
}

bool using_always_true(const Policy& policy) {
  return writes(policy) && (!policy.using_expr || always_true(policy.using_expr));
}

bool check_always_true(const Policy& policy) {
  if (policy.check_expr) return always_true(policy.check_expr);
  // Without WITH CHECK, new rows are checked with USING; an INSERT policy has no USING.
  return policy.command == "insert" || ((policy.command == "update" || policy.command == "all") &&
                                        always_true(policy.using_expr));
}

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  if (!table || !table->row_security) return;
  for (const Policy* policy : subject.policies()) {
    if (!policy->permissive || !applies_to_api_roles(*policy)) continue;
    bool using_true = using_always_true(*policy);
    bool check_true = check_always_true(*policy);
    if (!using_true && !check_true) continue;
    std::string_view which = using_true && check_true ? "USING and WITH CHECK are"
                             : using_true             ? "USING is"
                                                      : "WITH CHECK is";
    std::string command = policy->command;
    std::transform(command.begin(), command.end(), command.begin(), ::toupper);
    subject.report(policy->meta, policy->name,
                   fmt::format("policy {} for {} lets anyone it applies to change any row: its "
                               "{} always true",
                               member_id(policy->table, policy->name), command, which),
                   "say which rows each user may change, e.g. USING ((select auth.uid()) = "
                   "user_id), or leave writes to the service role",
                   {member_id(policy->table, policy->name), object_id(policy->table)});
  }
}

}  // namespace

LintRule lint_rule_rls_policy_always_true() {
  return {"rls_policy_always_true",
          LintLevel::warning,
          "a write policy for the API's roles that is always true",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
