// multiple_permissive_policies (splinter): several permissive policies apply to the same role
// for the same command on a table. PostgreSQL evaluates every one of them for every row (they
// are OR-ed), which is slower than one policy with the conditions combined.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <set>

#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

const std::vector<std::string> kCommands{"select", "insert", "update", "delete"};

// Roles that bypass row level security on Supabase: their policies are never evaluated.
bool bypasses_rls(const std::string& role) {
  return role == "service_role" || role == "postgres" || role.starts_with("pg_") ||
         (role.starts_with("supabase") && role.ends_with("admin"));
}

std::vector<std::string> commands_of(const Policy& policy) {
  if (policy.command == "all") return kCommands;
  return {policy.command};
}

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  if (!table) return;
  std::vector<const Policy*> permissive;
  std::set<std::string> roles;
  for (const Policy* policy : subject.policies()) {
    if (!policy->permissive) continue;
    permissive.push_back(policy);
    for (const std::string& role : policy->roles) {
      if (!bypasses_rls(role)) roles.insert(role);
    }
  }
  // Which policies apply to each role and command; PUBLIC's apply to every role.
  std::map<std::pair<std::string, std::string>, std::set<std::string>> applying;
  for (const Policy* policy : permissive) {
    for (const std::string& role : roles) {
      bool applies =
          std::find(policy->roles.begin(), policy->roles.end(), role) != policy->roles.end() ||
          std::find(policy->roles.begin(), policy->roles.end(), "public") != policy->roles.end();
      if (!applies) continue;
      for (const std::string& command : commands_of(*policy))
        applying[{role, command}].insert(policy->name);
    }
  }
  // One finding per set of policies, with the roles and commands they overlap on.
  std::map<std::set<std::string>, std::vector<std::string>> overlaps;
  for (const auto& [role_command, policies] : applying) {
    if (policies.size() > 1)
      overlaps[policies].push_back(role_command.first + " " + role_command.second);
  }
  for (const auto& [policies, where] : overlaps) {
    std::vector<std::string> objects{object_id(table->name)};
    for (const std::string& name : policies) objects.push_back(member_id(table->name, name));
    subject.report(
        table->meta, fmt::format("{}", fmt::join(policies, ",")),
        fmt::format("table {} has permissive policies {} that all apply to {}: each is "
                    "evaluated for every row",
                    object_id(table->name), fmt::join(policies, ", "), fmt::join(where, ", ")),
        "merge them into one policy per role and command (their conditions OR-ed)", objects);
  }
}

}  // namespace

LintRule lint_rule_multiple_permissive_policies() {
  return {"multiple_permissive_policies",
          LintLevel::warning,
          "several permissive policies for one role and command",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
