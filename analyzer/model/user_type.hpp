#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

enum class UserTypeKind { enum_type, composite, domain, range, base, shell };

struct CompositeAttribute {
  std::string name;
  std::string type;
  std::string collation;
  ObjectMeta meta;  // comment
};

struct DomainConstraint {
  std::string name;
  Expr check = nullptr;
  bool not_valid = false;
  ObjectMeta meta;
};

// "enum", "composite_type", "domain", "range_type" or "base_type": the object kind a type
// is listed under.
std::string user_type_kind_name(UserTypeKind kind);

// enum, composite, domain and range types (and base/shell types kept for completeness).
struct UserType {
  QualifiedName name;
  UserTypeKind kind = UserTypeKind::enum_type;
  std::vector<std::string> labels;                  // enum
  std::vector<CompositeAttribute> attributes;       // composite
  std::string base_type;                            // domain
  Expr default_value = nullptr;                     // domain
  bool not_null = false;                            // domain
  std::string collation;                            // domain
  std::map<std::string, DomainConstraint> constraints;  // domain CHECKs
  Expr definition = nullptr;                        // range / base: the option list
  ObjectMeta meta;

  CompositeAttribute* find_attribute(std::string_view name);  // nullptr when there is none
};

}  // namespace pgdrift
