#pragma once

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// PostgreSQL expands SELECT * and t.* in a view's select list when the view is created,
// against the columns the relations have then; pg_dump prints the column list. This does
// the same with the catalog built so far (a relation it does not know is left as written).
Expr expand_select_stars(Context& context, Expr query);

// The columns of the table or view a FROM item names, in order; none when it is unknown.
std::vector<std::string> relation_columns(const Context& context, const ast::Node& range_var);

}  // namespace pgdrift
