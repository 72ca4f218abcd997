#pragma once

#include <string_view>

#include "parser/ast.hpp"

namespace pgdrift {

// Places where a string names a relation that the server resolves to its OID when the
// statement runs: 'public.s'::regclass, and the first argument of nextval('s'), currval and
// setval (which PostgreSQL casts to regclass itself).

bool is_regclass_cast(const ast::Node& type_cast);
bool is_sequence_function_call(const ast::Node& call);

// The text of a string constant (A_Const), or "" for other constants.
std::string_view constant_text(const ast::Node& constant);

}  // namespace pgdrift
