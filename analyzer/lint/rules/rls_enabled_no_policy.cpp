// rls_enabled_no_policy (splinter): row level security is enabled on a table that has no
// policy, so every role subject to it sees no rows and may write none. Sometimes meant (a
// table only the service role uses); often a policy was forgotten.
#include <fmt/format.h>

#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  if (!table || !table->row_security || !subject.policies().empty()) return;
  subject.report(table->meta, "",
                 fmt::format("table {} has row level security enabled but no policy: roles "
                             "subject to it (anon, authenticated) can read and write no row",
                             object_id(table->name)),
                 "add the policies the API's roles need, or say in a comment that only roles "
                 "that bypass row level security use the table",
                 {object_id(table->name)});
}

}  // namespace

LintRule lint_rule_rls_enabled_no_policy() {
  return {"rls_enabled_no_policy",
          LintLevel::info,
          "row level security enabled on a table without policies",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
