// ban-create-domain-with-constraint: a domain's constraint cannot later be changed without
// checking every column of the domain (see ban-alter-domain-with-add-constraint); constraints
// on the table columns can be changed safely.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("CreateDomainStmt")) return;
  bool constrained = false;
  for (const ast::Node& constraint : tree.list("constraints")) {
    std::string_view type = constraint.str("contype");
    constrained |= type == "CONSTR_CHECK" || type == "CONSTR_NOTNULL";
  }
  if (!constrained) return;
  std::string domain;
  for (const std::string& part : names_of(tree.list("domainname")))
    domain += (domain.empty() ? "" : ".") + part;
  statement.report(fmt::format("domain {} has a constraint: changing it later checks every column "
                               "of the domain under locks",
                               domain),
                   "put the constraint on the columns that use the type", {domain});
}

}  // namespace

LintRule lint_rule_ban_create_domain_with_constraint() {
  return {"ban-create-domain-with-constraint", LintLevel::warning,
          "constraints on domains are hard to change safely", check};
}

}  // namespace pgdrift
