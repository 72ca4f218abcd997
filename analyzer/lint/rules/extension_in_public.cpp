// extension_in_public (splinter): an extension installed in the public schema puts its
// functions, types and operators among the project's own objects, in the schema the API
// serves.
#include <fmt/format.h>

#include "analyzer/lint/schema_subject.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  const Extension* extension = subject.extension();
  if (!extension || extension->schema != "public" || extension->name == "plpgsql") return;
  subject.report(extension->meta, "",
                 fmt::format("extension {} is installed in schema public, among the project's "
                             "objects and in the schema the API serves",
                             extension->name),
                 fmt::format("CREATE EXTENSION {} SCHEMA extensions (or ALTER EXTENSION {} SET "
                             "SCHEMA extensions, where the extension allows it)",
                             extension->name, extension->name),
                 {extension->name});
}

}  // namespace

LintRule lint_rule_extension_in_public() {
  return {"extension_in_public",
          LintLevel::warning,
          "an extension installed in schema public",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
