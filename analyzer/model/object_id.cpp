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

}  // namespace pgdrift
