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

// A table's, view's or index's WITH (...) as option_strings, with boolean options as true or
// false: PostgreSQL reads security_invoker=on, =1, =yes and =true as one value (parse_bool)
// but keeps the text as written, and pg_dump prints it back so.
std::vector<std::string> reloption_strings(std::span<const ast::Node> def_elems);

// ALTER ... SET (...): `options` with each of `changed` replacing the option of its name.
std::vector<std::string> with_options_set(std::vector<std::string> options, const std::vector<std::string>& changed);
// ALTER ... RESET (...): `options` without those the def_elems name.
std::vector<std::string> with_options_reset(std::vector<std::string> options, std::span<const ast::Node> def_elems);

}  // namespace pgdrift
