#pragma once

#include <string>

#include "analyzer/model/object_meta.hpp"

namespace pgdrift {

struct Schema {
  std::string name;
  bool builtin = false;  // "public", which every new database has
  ObjectMeta meta;
};

struct Extension {
  std::string name;
  std::string schema;   // empty: not stated
  std::string version;  // empty: not stated (pg_dump never states it)
  ObjectMeta meta;
};

}  // namespace pgdrift
