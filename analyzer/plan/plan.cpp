#include "analyzer/plan/plan.hpp"

#include <fmt/format.h>

#include "analyzer/plan/held_back.hpp"
#include "analyzer/plan/plan_context.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "analyzer/plan/step_order.hpp"

namespace pgdrift {

Plan make_plan(const Catalog& old_catalog, const Catalog& new_catalog, const DiffResult& diff, const PlanOptions& options) {
  PlanContext context(old_catalog, new_catalog, diff, options);
  decide_recreations(context, diff);
  using Planner = void (*)(PlanContext&);
  for (Planner planner : {plan_schemas_and_extensions, plan_types, plan_sequences, plan_routines, plan_tables, plan_constraints,
                          plan_indexes, plan_views, plan_triggers, plan_policies, plan_publications, plan_event_triggers,
                          plan_default_privileges, plan_other_objects, plan_extension_members}) {
    try {
      planner(context);
    } catch (const UnwritableSql& error) {
      context.warn(fmt::format("could not write SQL: {}", error.what()));
    }
  }
  if (!options.allow_drops) hold_back_dependent_steps(context.plan.steps, context.old_graph, context.new_graph);
  order_steps(context.plan.steps, context.old_graph, context.new_graph);
  return std::move(context.plan);
}

}  // namespace pgdrift
