#include <nlohmann/json.hpp>

#include "cli/render/change_json.hpp"
#include "cli/render/diagnostics_json.hpp"
#include "cli/render/impact_report.hpp"
#include "cli/render/report_render.hpp"

namespace pgdrift {
namespace {

using Json = nlohmann::ordered_json;

Json optional_count(const std::optional<int>& count) {
  return count ? Json(*count) : Json(nullptr);
}

Json side_json(const SideCounts& side) {
  Json counts = Json::object();
  for (const auto& [kind, count] : side.objects) counts[kind] = count;
  return {{"input", side.input},
          {"statements", side.statements},
          {"counts", std::move(counts)},
          {"migrations",
           {{"recorded", optional_count(side.migrations_recorded)},
            {"applied", optional_count(side.migrations_applied)}}}};
}

Json steps_json(const std::vector<ResolutionStep>& steps) {
  Json list = Json::array();
  for (const ResolutionStep& step : steps) {
    Json item{{"sql", step.sql}, {"data_loss", step.data_loss}};
    item["hazard"] = step.hazard.empty() ? Json(nullptr) : Json(step.hazard);
    list.push_back(std::move(item));
  }
  return list;
}

Json actions_json(const RecommendedActions& actions) {
  Json list = Json::array();
  int order = 0;
  for (const MigrationToApply& migration : actions.apply_in_order) {
    list.push_back({{"action", std::string(migration_advice_name(migration.advice))},
                    {"order", ++order},
                    {"version", migration.version},
                    {"name", migration.name},
                    {"file", migration.file},
                    {"state_on_old", std::string(migration_state_name(migration.state_on_old))},
                    {"failures", migration.failures}});
  }
  for (const DriftResolution& resolution : actions.drift) {
    Json item{{"action", "resolve_drift"}, {"side", resolution.side}};
    item.update(change_reference(resolution.change));
    item["capture"] = steps_json(resolution.capture);
    item["revert"] = steps_json(resolution.revert);
    list.push_back(std::move(item));
  }
  return list;
}

Json unknowns_json(const std::vector<Unknown>& unknowns) {
  Json list = Json::array();
  for (const Unknown& unknown : unknowns) {
    Json item{{"kind", std::string(unknown_kind_name(unknown.kind))}};
    item["side"] = unknown.side.empty() ? Json(nullptr) : Json(unknown.side);
    item["subject"] =
        unknown.object_kind.empty() ? unknown.subject : unknown.object_kind + " " + unknown.subject;
    list.push_back(std::move(item));
  }
  return list;
}

}  // namespace

std::string render_report_json(const AuditReport& report) {
  const SchemaComparison& comparison = report.comparison;
  const MigrationFindings* findings = comparison.migrations ? &*comparison.migrations : nullptr;
  Json json;
  json["format_version"] = 1;
  json["identical"] = comparison.result.identical();
  json["summary"] = {{"old", side_json(report.old_counts)}, {"new", side_json(report.new_counts)}};
  json["changes"] = Json::array();
  for (const Change& change : comparison.result.changes)
    json["changes"].push_back(listed_change(change, findings ? &findings->attribution : nullptr));
  json["impact"] = impact_json(comparison.impact);
  if (findings) {
    add_migrations_json(json, findings->directory, report.old_counts.input, report.new_counts.input,
                        findings->attribution);
    add_history_json(json, findings->history);
  } else {
    json["drift"] = nullptr;  // each side's drift needs its migration history
    json["dry_run"] = nullptr;
  }
  json["actions"] = report.actions ? actions_json(*report.actions) : Json::array();
  json["plan_warnings"] = report.actions ? Json(report.actions->plan_warnings) : Json::array();
  json["unknowns"] = unknowns_json(report.unknowns);
  json["errors"] = diagnostics_json(report.errors, Severity::error);
  return json.dump(2) + "\n";
}

}  // namespace pgdrift
