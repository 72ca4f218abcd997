// policy_exists_rls_disabled (splinter): a table has row level security policies, but row
// level security is not enabled on it, so PostgreSQL ignores them and everyone who may read
// the table reads every row.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  if (!table || table->row_security) return;
  std::vector<std::string> names;
  for (const Policy* policy : subject.policies()) names.push_back(policy->name);
  if (names.empty()) return;
  std::vector<std::string> objects{object_id(table->name)};
  for (const std::string& name : names) objects.push_back(member_id(table->name, name));
  subject.report(
      table->meta, "",
      fmt::format("table {} has policies ({}) but row level security is not enabled on it: "
                  "PostgreSQL ignores them and every row is visible to whoever may read it",
                  object_id(table->name), fmt::join(names, ", ")),
      fmt::format("ALTER TABLE {} ENABLE ROW LEVEL SECURITY", object_id(table->name)), objects);
}

}  // namespace

LintRule lint_rule_policy_exists_rls_disabled() {
  return {"policy_exists_rls_disabled",
          LintLevel::error,
          "policies on a table whose row level security is off",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
