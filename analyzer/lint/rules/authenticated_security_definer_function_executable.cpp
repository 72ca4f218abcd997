// authenticated_security_definer_function_executable (splinter): a SECURITY DEFINER function that
// the authenticated role may execute. It runs with its owner's rights, past row level security, and
// the API serves it to every signed-up user as /rest/v1/rpc/<name>.
#include <fmt/format.h>

#include "analyzer/lint/api_access.hpp"
#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  for (const Routine* routine : callable_security_definers(subject, "authenticated")) {
    std::string id = routine_id(*routine);
    subject.report(
        routine->meta, id.substr(object_id(routine->name).size()),
        fmt::format("SECURITY DEFINER function {} may be executed by authenticated: {} can "
                    "call it through the API (rpc/{}) and it runs with its owner's "
                    "rights, past row level security",
                    id, "every signed-up user", routine->name.name),
        fmt::format("REVOKE EXECUTE ON FUNCTION {} FROM PUBLIC, authenticated; or make it "
                    "SECURITY INVOKER, or move it to a schema the API does not serve",
                    id),
        {id});
  }
}

}  // namespace

LintRule lint_rule_authenticated_security_definer_function_executable() {
  return {"authenticated_security_definer_function_executable",
          LintLevel::warning,
          "a SECURITY DEFINER function the authenticated role may call through the API",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
