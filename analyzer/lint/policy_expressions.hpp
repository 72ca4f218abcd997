#pragma once

#include <string>
#include <vector>

#include "analyzer/model/expression.hpp"

namespace pgdrift {

// What the schema rules read in a policy's USING and WITH CHECK expressions, from their trees
// (splinter matches their text).

// The calls PostgreSQL evaluates again for every row because they are not wrapped in a
// sub-select: auth.uid(), auth.jwt(), auth.role(), auth.email() and current_setting(...),
// as written ("auth.uid()"), each once.
std::vector<std::string> per_row_auth_calls(Expr expression);

// Whether the expression reads the user_metadata of the JWT (auth.jwt() -> 'user_metadata',
// or current_setting('request.jwt.claims') ... 'user_metadata'): end users edit it themselves.
bool reads_user_metadata(Expr expression);

// Whether the expression is always true as written: true, (true), 1 = 1.
bool always_true(Expr expression);

}  // namespace pgdrift
