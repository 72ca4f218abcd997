#pragma once

#include <optional>
#include <string>

#include "analyzer/model/acl.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

// What every catalog object may carry besides its definition.
struct ObjectMeta {
  InternedString owner;                   // empty: the input does not say
  std::optional<InternedString> comment;  // COMMENT ON ... IS
  Acl acl;                                // GRANT / REVOKE
  SourceLocation defined_at;              // where the object was created
};

}  // namespace pgdrift
