#include "analyzer/model/object_kind.hpp"

namespace pgdrift {

std::string_view kind_name(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::schema: return "schema";
    case ObjectKind::extension: return "extension";
    case ObjectKind::table: return "table";
    case ObjectKind::column: return "column";
    case ObjectKind::constraint: return "constraint";
    case ObjectKind::index: return "index";
    case ObjectKind::view: return "view";
    case ObjectKind::materialized_view: return "materialized_view";
    case ObjectKind::sequence: return "sequence";
    case ObjectKind::function: return "function";
    case ObjectKind::procedure: return "procedure";
    case ObjectKind::aggregate: return "aggregate";
    case ObjectKind::trigger: return "trigger";
    case ObjectKind::event_trigger: return "event_trigger";
    case ObjectKind::policy: return "policy";
    case ObjectKind::enum_type: return "enum";
    case ObjectKind::composite_type: return "composite_type";
    case ObjectKind::domain: return "domain";
    case ObjectKind::range_type: return "range_type";
    case ObjectKind::publication: return "publication";
  }
  return "unknown";
}

std::optional<ObjectKind> kind_from_name(std::string_view name) {
  for (ObjectKind kind : kAllObjectKinds) {
    if (kind_name(kind) == name) return kind;
  }
  return std::nullopt;
}

}  // namespace pgdrift
