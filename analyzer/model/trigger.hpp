#pragma once

#include <string>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

struct Trigger {
  std::string name;
  QualifiedName table;
  Expr definition = nullptr;  // the CreateTrigStmt, without names that locate it
  QualifiedName function;
  char enabled = 'O';         // O origin/enabled, D disabled, R replica, A always
  bool inherited = false;     // cloned onto a partition from its parent's row trigger
  ObjectMeta meta;
};

struct EventTrigger {
  std::string name;
  std::string event;
  std::vector<std::string> tags;
  QualifiedName function;
  char enabled = 'O';
  ObjectMeta meta;
};

}  // namespace pgdrift
