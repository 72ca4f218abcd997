#include "analyzer/plan/domain_recreate.hpp"

#include <fmt/format.h>

#include "analyzer/plan/enum_swap.hpp"
#include "analyzer/plan/hazards.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {

bool domain_recreated(const PlanContext& context, const UserType& domain) {
  if (domain.kind != UserTypeKind::domain || enum_under_swapped_domain(context, domain)) return false;
  const Change* change = context.change("domain", object_id(domain.name));
  auto old_domain = context.old_catalog.types.find(domain.name);
  if (!change || old_domain == context.old_catalog.types.end() || old_domain->second.kind != UserTypeKind::domain) return false;
  return PlanContext::has_aspect(*change, "base_type") || PlanContext::has_aspect(*change, "collation");
}

void mark_domain_recreations(PlanContext& context, std::set<std::string>& roots, std::set<std::string>& retyped_columns) {
  for (const auto& [name, domain] : context.new_catalog.types) {
    if (!domain_recreated(context, domain)) continue;
    roots.insert(type_node(name));
    for (const auto& [table, column] : columns_of_type(context, name)) retyped_columns.insert(column_node(table->name, column->name));
  }
}

void drop_domain_holding_columns_as_text(PlanContext& context, const UserType& old_domain, bool data_loss) {
  std::string node = type_node(old_domain.name);
  for (const auto& [table, column] : columns_of_type(context, old_domain.name)) {
    std::string type = column->type;
    std::string suffix = type.find('[') == std::string::npos ? "" : type.substr(type.find('['));
    std::string name = quote_identifier(column->name);
    std::string sql = table->kind == TableKind::foreign
                          ? fmt::format("ALTER FOREIGN TABLE {} ALTER COLUMN {} TYPE text{};", sql_name(table->name), name, suffix)
                          : fmt::format("ALTER TABLE {} ALTER COLUMN {} TYPE text{} USING {}::text{};", sql_name(table->name), name,
                                        suffix, name, suffix);
    PlanStep& step = context.add(StepPhase::create, node, std::move(sql));
    step.hazard = hazard::kRetype;
    step.data_loss = data_loss;
  }
  context.add(StepPhase::create, node, fmt::format("DROP DOMAIN {};", sql_name(old_domain.name))).data_loss = data_loss;
}

}  // namespace pgdrift
