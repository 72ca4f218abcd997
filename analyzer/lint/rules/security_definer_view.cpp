// security_definer_view (splinter): a view the API's roles may read that runs with its
// owner's rights (PostgreSQL's default; security_invoker came in 15), so the row level
// security of the tables it reads is checked for the owner, who usually bypasses it.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "analyzer/lint/api_access.hpp"
#include "analyzer/lint/schema_subject.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

bool security_invoker(const View& view) {
  return std::any_of(view.options.begin(), view.options.end(), [](std::string option) {
    std::transform(option.begin(), option.end(), option.begin(), ::tolower);
    return option == "security_invoker" || option == "security_invoker=true" ||
           option == "security_invoker=on" || option == "security_invoker=1" ||
           option == "security_invoker=yes";
  });
}

void examine(const SchemaSubject& subject) {
  const View* view = subject.view();
  if (!view || view->materialized || !subject.options().api_roles || !subject.exposed()) return;
  if (security_invoker(*view) || !api_roles_can_read(view->meta)) return;
  subject.report(view->meta, "",
                 fmt::format("view {} runs with its owner's rights (security definer): anon and "
                             "authenticated read through it what row level security would hide "
                             "from them",
                             object_id(view->name)),
                 fmt::format("ALTER VIEW {} SET (security_invoker = on)", object_id(view->name)),
                 {object_id(view->name)});
}

}  // namespace

LintRule lint_rule_security_definer_view() {
  return {"security_definer_view",
          LintLevel::error,
          "a view the API serves that bypasses row level security",
          nullptr,
          nullptr,
          examine};
}

}  // namespace pgdrift
