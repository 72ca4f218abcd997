// rls_references_user_metadata (splinter): a policy reads the JWT's user_metadata, which
// every user can change for themselves (supabase.auth.updateUser), so it cannot decide what a
// user may see or do.
#include <fmt/format.h>

#include "analyzer/lint/policy_expressions.hpp"
#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  for (const Policy* policy : subject.policies()) {
    if (!reads_user_metadata(policy->using_expr) && !reads_user_metadata(policy->check_expr))
      continue;
    subject.report(
        policy->meta, policy->name,
        fmt::format("policy {} reads the JWT's user_metadata, which users edit themselves: "
                    "anyone can give themselves what the policy checks for",
                    member_id(policy->table, policy->name)),
        "decide on app_metadata (only the server writes it) or on a table of your own",
        {member_id(policy->table, policy->name), object_id(policy->table)});
  }
}

}  // namespace

LintRule lint_rule_rls_references_user_metadata() {
  return {"rls_references_user_metadata",
          LintLevel::error,
          "a policy trusts user_metadata, which users edit themselves",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
