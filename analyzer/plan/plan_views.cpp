// Views and materialized views: CREATE OR REPLACE where PostgreSQL allows it, otherwise
// DROP and CREATE (with their dependents, see plan_recreate.cpp).
#include <fmt/format.h>

#include <map>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/hazards.hpp"
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string keyword(const View& view) { return view.materialized ? "MATERIALIZED VIEW" : "VIEW"; }

ObjectRef view_ref(const View& view) {
  return {keyword(view), sql_name(view.name), keyword(view), "TABLE", sql_name(view.name), "", "OBJECT_TABLE", view.name.schema};
}

void plan_column_meta(PlanContext& context, const View* old_view, const View& view) {
  // A column whose comment or grants NEW drops has none there: it is compared with nothing.
  std::map<std::string, ObjectMeta> columns = view.column_meta;
  if (old_view) {
    for (const auto& [column, meta] : old_view->column_meta) columns.try_emplace(column);
  }
  for (const auto& [column, meta] : columns) {
    const ObjectMeta* before = nullptr;
    if (old_view) {
      auto found = old_view->column_meta.find(column);
      if (found != old_view->column_meta.end()) before = &found->second;
    }
    ObjectMeta empty;
    ObjectRef ref{"COLUMN", sql_name(view.name) + "." + quote_identifier(column), "", "TABLE", sql_name(view.name), column, "OBJECT_COLUMN", ""};
    plan_meta(context, view_node(view), ref, before ? before : (old_view ? &empty : nullptr), meta);
  }
}

std::string alter_column_default(const View& view, const std::string& column, Expr default_value) {
  std::string prefix =
      fmt::format("ALTER VIEW {} ALTER COLUMN {}", sql_name(view.name), quote_identifier(column));
  return default_value ? fmt::format("{} SET DEFAULT {};", prefix, sql_expression(default_value))
                       : prefix + " DROP DEFAULT;";
}

// Defaults of a view's columns: all of them on a new view, the changed ones otherwise.
void plan_column_defaults(PlanContext& context, const View* old_view, const View& view,
                          const Change* change) {
  std::map<std::string, Expr> columns = view.column_defaults;
  if (old_view) {
    for (const auto& [column, value] : old_view->column_defaults)
      columns.try_emplace(column, nullptr);
  }
  for (const auto& [column, value] : columns) {
    if (change && !PlanContext::has_aspect(*change, "column " + column + ": default")) continue;
    context.add(StepPhase::create, view_node(view), alter_column_default(view, column, value));
  }
}

// A materialized view's statistics targets: those of NEW that OLD (none when the view is
// new) does not have, and -1 (the default) for those NEW no longer sets.
void plan_column_statistics(PlanContext& context, const View* old_view, const View& view) {
  std::map<std::string, int> columns = view.column_statistics;
  if (old_view) {
    for (const auto& [column, target] : old_view->column_statistics)
      columns.try_emplace(column, -1);
  }
  for (const auto& [column, target] : columns) {
    int before = -1;
    if (old_view) {
      auto found = old_view->column_statistics.find(column);
      if (found != old_view->column_statistics.end()) before = found->second;
    }
    if (before == target) continue;
    context.add(StepPhase::create, view_node(view),
                fmt::format("ALTER MATERIALIZED VIEW {} ALTER COLUMN {} SET STATISTICS {};",
                            sql_name(view.name), quote_identifier(column), target));
  }
}

void create_view(PlanContext& context, const View& view) {
  PlanStep& step = context.add(StepPhase::create, view_node(view), create_view_sql(view, false) + ";");
  if (view.materialized && view.with_data) step.hazard = hazard::kCreateMaterializedView;
  plan_meta(context, view_node(view), view_ref(view), nullptr, view.meta);
  plan_column_meta(context, nullptr, view);
  plan_column_defaults(context, nullptr, view, nullptr);
  plan_column_statistics(context, nullptr, view);
}

void drop_view(PlanContext& context, const View& view) {
  context.add(StepPhase::drop, view_node(view), fmt::format("DROP {} {};", keyword(view), sql_name(view.name)));
}

void alter_options(PlanContext& context, const View& old_view, const View& view) {
  std::vector<std::string> reset = options_to_reset(old_view.options, view.options);
  if (!old_view.check_option.empty() && view.check_option.empty()) reset.push_back("check_option");
  std::vector<std::string> set = view.options;
  if (!view.check_option.empty() && view.check_option != old_view.check_option) set.push_back("check_option=" + view.check_option);
  if (!reset.empty()) {
    context.add(StepPhase::create, view_node(view), fmt::format("ALTER {} {} RESET ({});", keyword(view), sql_name(view.name), fmt::join(reset, ", ")));
  }
  if (!set.empty() && (set != old_view.options || view.check_option != old_view.check_option)) {
    context.add(StepPhase::create, view_node(view), fmt::format("ALTER {} {} SET ({});", keyword(view), sql_name(view.name), fmt::join(set, ", ")));
  }
}

void change_view(PlanContext& context, const View& old_view, const View& view, const Change& change) {
  bool query_changed = PlanContext::has_aspect(change, "output_columns") || PlanContext::has_aspect(change, "output_column_order");
  for (const ChangeDetail& detail : change.details) query_changed |= detail.aspect.starts_with("query");
  if (query_changed) context.add(StepPhase::create, view_node(view), create_view_sql(view, true) + ";");
  if (PlanContext::has_aspect(change, "options")) alter_options(context, old_view, view);
  if (PlanContext::has_aspect(change, "with_data")) {
    context.add(StepPhase::create, view_node(view),
                fmt::format("REFRESH MATERIALIZED VIEW {}{};", sql_name(view.name), view.with_data ? "" : " WITH NO DATA"));
  }
  plan_meta(context, view_node(view), view_ref(view), &old_view.meta, view.meta);
  plan_column_meta(context, &old_view, view);
  plan_column_defaults(context, &old_view, view, &change);
  plan_column_statistics(context, &old_view, view);
}

}  // namespace

void plan_views(PlanContext& context) {
  for (const auto& [name, view] : context.old_catalog.views) {
    std::string node = view_node(view);
    const Change* change = context.change(view.materialized ? "materialized_view" : "view", object_id(name));
    if ((change && change->type == ChangeType::removed) || context.recreated(node)) {
      context.implementing(fmt::format("{} {}", node, change && change->type == ChangeType::removed ? "removed" : change ? "changed" : "re-created with what it depends on"));
      drop_view(context, view);
    }
  }
  for (const auto& [name, view] : context.new_catalog.views) {
    std::string node = view_node(view);
    const Change* change = context.change(view.materialized ? "materialized_view" : "view", object_id(name));
    bool added = change && change->type == ChangeType::added;
    if (added || context.recreated(node)) {
      context.implementing(fmt::format("{} {}", node, added ? "added" : change ? "changed" : "re-created with what it depends on"));
      create_view(context, view);
    } else if (change && change->type == ChangeType::changed) {
      context.implementing(fmt::format("{} changed", node));
      change_view(context, context.old_catalog.views.at(name), view, *change);
    }
  }
}

}  // namespace pgdrift
