// ban-alter-domain-with-add-constraint: a constraint added to a domain is checked against
// every column of that domain, in every table, under locks that block writes.
#include <fmt/format.h>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"

namespace pgdrift {
namespace {

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("AlterDomainStmt") || tree.str("subtype") != "C") return;
  std::string domain;
  for (const std::string& part : names_of(tree.list("typeName")))
    domain += (domain.empty() ? "" : ".") + part;
  statement.report(
      fmt::format("adding a constraint to domain {} checks every column of that type in every "
                  "table, blocking writes",
                  domain),
      "put the CHECK on the tables' columns (NOT VALID, then VALIDATE), or create a new domain",
      {domain});
}

}  // namespace

LintRule lint_rule_ban_alter_domain_with_add_constraint() {
  return {"ban-alter-domain-with-add-constraint", LintLevel::warning,
          "ALTER DOMAIN ... ADD CONSTRAINT checks every column of the domain", check};
}

}  // namespace pgdrift
