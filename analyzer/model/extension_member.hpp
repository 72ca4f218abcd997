#pragma once

#include <string>

#include "analyzer/model/object_meta.hpp"

namespace pgdrift {

// An object an extension made (pgcrypto's extensions.armor(bytea), pg_stat_statements' view):
// pg_dump writes neither it nor its definition, only what was changed on it since the
// extension made it: its privileges, owner and comment. Kept as that, named as GRANT names it.
struct ExtensionMember {
  std::string object_type;  // OBJECT_FUNCTION, OBJECT_TABLE, OBJECT_SEQUENCE, OBJECT_TYPE, ...
  std::string name;         // extensions.armor(bytea), extensions.pg_stat_statements
  std::string schema;
  std::string extension;    // the extension of its schema
  ObjectMeta meta;
};

}  // namespace pgdrift
