#pragma once

#include <compare>
#include <string>

namespace pgdrift {

// schema.name of an object that lives in a schema.
struct QualifiedName {
  std::string schema;
  std::string name;

  auto operator<=>(const QualifiedName&) const = default;
};

}  // namespace pgdrift
