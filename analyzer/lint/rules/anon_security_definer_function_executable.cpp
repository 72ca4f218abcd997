// anon_security_definer_function_executable (splinter): a SECURITY DEFINER function that
// the anon role may execute. It runs with its owner's rights, past row level security, and
// the API serves it to anyone with the project's anon key, signed in or not, as
// /rest/v1/rpc/<name>.
#include <fmt/format.h>

#include "analyzer/lint/api_access.hpp"
#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  for (const Routine* routine : callable_security_definers(subject, "anon")) {
    std::string id = routine_id(*routine);
    subject.report(routine->meta, id.substr(object_id(routine->name).size()),
                   fmt::format("SECURITY DEFINER function {} may be executed by anon: {} can "
                               "call it through the API (rpc/{}) and it runs with its owner's "
                               "rights, past row level security",
                               id, "anyone with the project's anon key, signed in or not,",
                               routine->name.name),
                   fmt::format("REVOKE EXECUTE ON FUNCTION {} FROM PUBLIC, anon; or make it "
                               "SECURITY INVOKER, or move it to a schema the API does not serve",
                               id),
                   {id});
  }
}

}  // namespace

LintRule lint_rule_anon_security_definer_function_executable() {
  return {"anon_security_definer_function_executable",
          LintLevel::warning,
          "a SECURITY DEFINER function the anon role may call through the API",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
