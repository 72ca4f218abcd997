#pragma once

#include <span>
#include <string>
#include <vector>

#include "parser/ast.hpp"

namespace pgdrift {

// The value of a DefElem argument as text: 70, 'x', true, a type or a qualified name.
std::string def_elem_value(const ast::Node* argument);

// WITH (fillfactor=70, toast.autovacuum_enabled=false) as sorted "name=value" strings.
std::vector<std::string> option_strings(std::span<const ast::Node> def_elems);

}  // namespace pgdrift
