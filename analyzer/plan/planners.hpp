#pragma once

#include "analyzer/plan/plan_context.hpp"

namespace pgdrift {

// Decides which objects on both sides are dropped and created again (plan_recreate.cpp).
void decide_recreations(PlanContext& context, const DiffResult& diff);

// One planner per kind of object: each writes the steps for that kind's changes.
void plan_schemas_and_extensions(PlanContext& context);
void plan_types(PlanContext& context);
void plan_sequences(PlanContext& context);
void plan_routines(PlanContext& context);
void plan_tables(PlanContext& context);  // tables and their columns
void plan_constraints(PlanContext& context);
void plan_indexes(PlanContext& context);
void plan_views(PlanContext& context);
void plan_triggers(PlanContext& context);
void plan_policies(PlanContext& context);
void plan_publications(PlanContext& context);
void plan_event_triggers(PlanContext& context);
void plan_default_privileges(PlanContext& context);
void plan_other_objects(PlanContext& context);
void plan_extension_members(PlanContext& context);

// Whether a change touches only owner, comment or privileges.
bool only_meta_changed(const Change& change);

}  // namespace pgdrift
