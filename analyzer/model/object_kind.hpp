#pragma once

#include <optional>
#include <string_view>

namespace pgdrift {

// The kinds of object pgdrift lists, counts and compares (names are part of the JSON contract).
enum class ObjectKind {
  schema, extension, table, column, constraint, index, view, materialized_view, sequence,
  function, procedure, aggregate, trigger, event_trigger, policy, enum_type, composite_type,
  domain, range_type, publication,
};

inline constexpr ObjectKind kAllObjectKinds[] = {
    ObjectKind::schema,        ObjectKind::extension,      ObjectKind::table,
    ObjectKind::column,        ObjectKind::constraint,     ObjectKind::index,
    ObjectKind::view,          ObjectKind::materialized_view, ObjectKind::sequence,
    ObjectKind::function,      ObjectKind::procedure,      ObjectKind::aggregate,
    ObjectKind::trigger,       ObjectKind::event_trigger,  ObjectKind::policy,
    ObjectKind::enum_type,     ObjectKind::composite_type, ObjectKind::domain,
    ObjectKind::range_type,    ObjectKind::publication,
};

std::string_view kind_name(ObjectKind kind);
std::optional<ObjectKind> kind_from_name(std::string_view name);

}  // namespace pgdrift
