#include "analyzer/diff/impact.hpp"

namespace pgdrift {
namespace {

bool is_relation_or_routine(const std::string& kind) {
  return kind == "table" || kind == "view" || kind == "materialized_view" || kind == "function" || kind == "procedure";
}

int detail_impact(const ChangeDetail& detail) {
  if (detail.aspect == "output_columns" && !detail.removed.empty()) return 85;
  if (detail.aspect == "allowed_values" && !detail.only_old.empty()) return 80;
  if (detail.aspect == "signature" || detail.aspect == "return_type") return 75;
  if (detail.aspect == "type") return 70;
  if (detail.aspect == "labels" && (!detail.removed.empty() || !detail.changed.empty())) return 70;  // a label gone or renamed
  if (detail.aspect == "not_null" && detail.new_value == "true") return 60;
  if (detail.aspect == "grants" && !detail.removed.empty()) return 50;
  if (detail.aspect == "body" || detail.aspect.starts_with("query.") || detail.aspect == "output_column_order") return 40;
  if (detail.aspect == "column_order") return 10;  // only SELECT *, INSERT without columns, COPY
  return 20;
}

}  // namespace

int impact_of(const Change& change) {
  if (change.type == ChangeType::removed) {
    if (change.kind == "column") return 100;
    if (is_relation_or_routine(change.kind)) return 95;
    return 60;
  }
  // Missing on the OLD side breaks what was written against NEW (the staging → production case).
  if (change.type == ChangeType::added) {
    if (change.kind == "column") return 90;
    if (is_relation_or_routine(change.kind)) return 85;
    return change.kind == "constraint" ? 30 : 10;
  }
  int impact = 0;
  for (const ChangeDetail& detail : change.details) impact = std::max(impact, detail_impact(detail));
  return impact;
}

}  // namespace pgdrift
