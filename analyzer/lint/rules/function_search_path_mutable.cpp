// function_search_path_mutable (splinter): a function without its own search_path resolves
// the names in its body with the caller's, which a caller can point at objects of its own;
// for a SECURITY DEFINER function that runs them with the owner's rights.
#include <fmt/format.h>

#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void examine(const SchemaSubject& subject) {
  for (const Routine* routine : subject.routines()) {
    if (routine->kind == RoutineKind::aggregate || routine->settings.contains("search_path"))
      continue;
    std::string id = routine_id(*routine);
    subject.report(
        routine->meta, id.substr(object_id(routine->name).size()),
        fmt::format("{} {} has no search_path of its own: the names in its body "
                    "resolve with the caller's",
                    routine_kind_name(routine->kind), id),
        fmt::format("ALTER {} {} SET search_path = '' (and qualify the names in its "
                    "body)",
                    routine->kind == RoutineKind::procedure ? "PROCEDURE" : "FUNCTION", id),
        {id});
  }
}

}  // namespace

LintRule lint_rule_function_search_path_mutable() {
  return {"function_search_path_mutable",
          LintLevel::warning,
          "a function that resolves names with the caller's search_path",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
