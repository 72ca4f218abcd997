#pragma once

#include <string>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

struct PublishedTable {
  QualifiedName table;
  std::vector<std::string> columns;
  Expr where = nullptr;
};

struct Publication {
  std::string name;
  bool all_tables = false;
  std::vector<PublishedTable> tables;   // sorted by table
  std::vector<std::string> schemas;     // FOR TABLES IN SCHEMA, sorted
  std::vector<std::string> options;     // publish = '...', publish_via_partition_root = ...
  ObjectMeta meta;
};

}  // namespace pgdrift
