#pragma once

#include <string>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

struct Policy {
  std::string name;
  QualifiedName table;
  std::string command = "all";  // all, select, insert, update, delete
  bool permissive = true;
  std::vector<std::string> roles;  // sorted; "public" when none given
  Expr using_expr = nullptr;
  Expr check_expr = nullptr;
  ObjectMeta meta;
};

}  // namespace pgdrift
