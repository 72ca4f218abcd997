// Functions, procedures and aggregates: CREATE OR REPLACE when the signature and result
// stay, DROP and CREATE otherwise.
#include <fmt/format.h>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sql_text.hpp"

namespace pgdrift {
namespace {

ObjectRef routine_ref(const Routine& routine) {
  std::string keyword = routine_keyword(routine);
  std::string grant_keyword = routine.kind == RoutineKind::procedure ? "PROCEDURE" : "FUNCTION";
  std::string object_type = routine.kind == RoutineKind::procedure ? "OBJECT_PROCEDURE" : "OBJECT_FUNCTION";
  return {keyword, routine_signature(routine), keyword, grant_keyword, routine_signature(routine), "", object_type, routine.name.schema};
}

void create_routine(PlanContext& context, const Routine& routine, bool or_replace, const Routine* old_routine) {
  std::string node = routine_node(routine_id(routine));
  context.add(StepPhase::create, node, create_routine_sql(routine, or_replace) + ";");
  plan_meta(context, node, routine_ref(routine), old_routine ? &old_routine->meta : nullptr, routine.meta);
}

// Settings (SET search_path TO '') change with ALTER FUNCTION, which leaves the body alone.
bool only_settings_and_meta_changed(const Change& change) {
  for (const ChangeDetail& detail : change.details) {
    bool meta = detail.aspect == "owner" || detail.aspect == "comment" || detail.aspect == "grants";
    if (!meta && (!detail.aspect.starts_with("set ") || detail.aspect == "set TRANSFORM")) return false;
  }
  return true;
}

// With several settings, all are set again in order: ALTER ... SET appends a new one after
// the others, and pg_get_functiondef shows them in that order.
void alter_settings(PlanContext& context, const Routine& old_routine, const Routine& routine, const Change& change) {
  std::string node = routine_node(routine_id(routine));
  if (routine.settings.size() > 1) {
    context.add(StepPhase::create, node, fmt::format("ALTER {} {} RESET ALL;", routine_keyword(routine), routine_signature(routine)));
    for (const auto& [name, value] : routine.settings) {
      if (name != "TRANSFORM") context.add(StepPhase::create, node, alter_routine_setting_sql(routine, name) + ";");
    }
  } else {
    for (const ChangeDetail& detail : change.details) {
      if (detail.aspect.starts_with("set ")) context.add(StepPhase::create, node, alter_routine_setting_sql(routine, detail.aspect.substr(4)) + ";");
    }
  }
  plan_meta(context, node, routine_ref(routine), &old_routine.meta, routine.meta);
}

}  // namespace

void plan_routines(PlanContext& context) {
  for (const auto& [id, routine] : context.old_catalog.routines) {
    const Change* change = context.change(routine_kind_name(routine.kind), id);
    std::string node = routine_node(id);
    if ((change && change->type == ChangeType::removed) || context.recreated(node)) {
      context.implementing(fmt::format("{} {} {}", routine_kind_name(routine.kind), id,
                                       change && change->type == ChangeType::removed ? "removed" : "re-created"));
      context.add(StepPhase::drop, node, fmt::format("DROP {} {};", routine_keyword(routine), routine_signature(routine)));
    }
  }
  for (const auto& [id, routine] : context.new_catalog.routines) {
    const Change* change = context.change(routine_kind_name(routine.kind), id);
    std::string node = routine_node(id);
    auto old_routine = context.old_catalog.routines.find(id);
    bool exists = old_routine != context.old_catalog.routines.end() && !(change && change->type == ChangeType::added);
    if (!exists || context.recreated(node)) {
      context.implementing(fmt::format("{} {} {}", routine_kind_name(routine.kind), id, exists ? "re-created" : "added"));
      create_routine(context, routine, false, nullptr);
    } else if (change && change->type == ChangeType::changed) {
      context.implementing(fmt::format("{} {} changed", routine_kind_name(routine.kind), id));
      if (only_meta_changed(*change)) plan_meta(context, node, routine_ref(routine), &old_routine->second.meta, routine.meta);
      else if (routine.kind != RoutineKind::aggregate && only_settings_and_meta_changed(*change)) alter_settings(context, old_routine->second, routine, *change);
      else create_routine(context, routine, true, &old_routine->second);
    }
  }
}

}  // namespace pgdrift
