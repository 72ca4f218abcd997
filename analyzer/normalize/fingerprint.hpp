#pragma once

#include <string>

#include "parser/ast.hpp"

namespace pgdrift {

// A compact, deterministic text form of a tree: equal trees give equal fingerprints.
// Used to sort, to hash, and to compare subtrees across arenas.
std::string fingerprint(const ast::Node& node);

}  // namespace pgdrift
