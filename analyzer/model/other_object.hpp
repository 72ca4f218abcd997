#pragma once

#include <string>
#include <string_view>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"

namespace pgdrift {

// An object of a kind the model does not describe field by field (collation, operator,
// cast, text search configuration, foreign server, rule, statistics, ...): kept whole,
// compared by its parse tree, never dropped.
struct OtherObject {
  std::string kind;  // "collation", "operator", ...
  std::string id;
  Expr definition = nullptr;
  // An object whose statement the grammar rejected has no tree: its statement's text, blanks
  // collapsed, is compared instead (see interpret/unparsed_object.hpp).
  std::string text;
  ObjectMeta meta;
};

// The key of an OtherObject in Catalog::others: "kind id".
inline std::string other_object_key(std::string_view kind, std::string_view id) {
  return std::string(kind) + " " + std::string(id);
}

}  // namespace pgdrift
