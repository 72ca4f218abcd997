// rls_disabled_in_public (splinter): a table in a schema the API serves, readable by anon or
// authenticated, without row level security: anyone with the project's URL and anon key can
// read (and, with the default grants, change) every row.
#include <fmt/format.h>

#include "analyzer/lint/api_access.hpp"
#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  const Table* table = subject.table();
  if (!table || table->kind == TableKind::foreign || table->row_security) return;
  if (!subject.options().api_roles || !subject.exposed() || !api_roles_can_read(table->meta))
    return;
  subject.report(table->meta, "",
                 fmt::format("table {} is served by the API without row level security: anyone "
                             "with the project's anon key can read every row, and change them "
                             "where anon and authenticated may write",
                             object_id(table->name)),
                 fmt::format("ALTER TABLE {} ENABLE ROW LEVEL SECURITY, then add policies",
                             object_id(table->name)),
                 {object_id(table->name)});
}

}  // namespace

LintRule lint_rule_rls_disabled_in_public() {
  return {"rls_disabled_in_public",
          LintLevel::error,
          "a table the API serves without row level security",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
