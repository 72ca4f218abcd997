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
  // plpgsql, which every database has from initdb on: old pg_dump versions wrote it out,
  // newer ones leave it out, so a side without it has it too.
  bool builtin = false;
  ObjectMeta meta;
};

}  // namespace pgdrift
