#include "analyzer/model/object_id.hpp"

#include <fmt/format.h>

#include "parser/identifier.hpp"

namespace pgdrift {

std::string object_id(const QualifiedName& name) { return quote_qualified(name.schema, name.name); }

std::string member_id(const QualifiedName& table, const std::string& name) {
  return object_id(table) + "." + quote_identifier(name);
}

std::string routine_id(const QualifiedName& name, const std::vector<std::string>& input_types, bool star) {
  if (star) return object_id(name) + "(*)";
  return fmt::format("{}({})", object_id(name), fmt::join(input_types, ", "));
}

std::string routine_id(const Routine& routine) {
  return routine_id(routine.name, routine.input_types(), routine.aggregate_star);
}

// Operator names are never quoted: they are not identifiers, and DROP OPERATOR takes them bare.
std::string operator_id(const QualifiedName& name, const std::string& left_type, const std::string& right_type) {
  return fmt::format("{}.{}({}, {})", quote_identifier(name.schema), name.name, left_type, right_type);
}

std::string access_method_object_id(const QualifiedName& name, std::string_view access_method) {
  return fmt::format("{} USING {}", object_id(name), quote_identifier(access_method));
}

std::string cast_id(const std::string& source_type, const std::string& target_type) {
  return fmt::format("({} AS {})", source_type, target_type);
}

std::string transform_id(const std::string& type, std::string_view language) {
  return fmt::format("FOR {} LANGUAGE {}", type, quote_identifier(language));
}

}  // namespace pgdrift
