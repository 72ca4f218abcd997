#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

// Sequence options as written; unset ones take PostgreSQL's defaults for the data type.
struct SequenceOptions {
  std::string data_type = "bigint";
  std::optional<std::int64_t> start, increment, min_value, max_value, cache;
  bool cycle = false;
};

struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  QualifiedName owned_by_table;
  std::string owned_by_column;
  bool for_identity = false;  // the implicit sequence of an identity column
  bool unlogged = false;
  ObjectMeta meta;
};

}  // namespace pgdrift
