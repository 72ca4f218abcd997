// auth_rls_initplan (splinter): a policy calls auth.uid(), auth.jwt(), auth.role(),
// auth.email() or current_setting() directly, so PostgreSQL calls it again for every row it
// checks; wrapped in a sub-select, (select auth.uid()), it runs once per statement.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "analyzer/lint/policy_expressions.hpp"
#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  if (!table || !table->row_security) return;
  for (const Policy* policy : subject.policies()) {
    std::vector<std::string> calls = per_row_auth_calls(policy->using_expr);
    for (std::string& call : per_row_auth_calls(policy->check_expr)) {
      if (std::find(calls.begin(), calls.end(), call) == calls.end()) calls.push_back(call);
    }
    if (calls.empty()) continue;
    subject.report(policy->meta, policy->name,
                   fmt::format("policy {} calls {} for every row it checks",
                               member_id(policy->table, policy->name), fmt::join(calls, ", ")),
                   fmt::format("wrap each call in a sub-select, (select {}), so that it runs "
                               "once per statement",
                               calls.front()),
                   {member_id(policy->table, policy->name), object_id(policy->table)});
  }
}

}  // namespace

LintRule lint_rule_auth_rls_initplan() {
  return {"auth_rls_initplan",
          LintLevel::warning,
          "a policy calls auth.uid() and the like once per row",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
