#pragma once

#include <span>
#include <string>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// A statement PostgreSQL 15's grammar rejects (syntax of a later version, such as a
// PostgreSQL 18 VIRTUAL generated column) is one error. The object it would have made is
// kept by name, as an OtherObject of kind "unparsed_<kind>" (unparsed_table public.film)
// compared by the statement's text, so that what later statements say about it (its
// constraints, indexes, triggers, comments, grants) is not an error of its own: they follow
// from the one already reported and are left out, as the object's contents are.

// Keeps the object the current statement, which the grammar rejected, would have made; a
// statement that names none is kept by its text (kind unparsed_statement).
void keep_unparsed_object(Context& context);

// After a statement whose errors followed from an unparsed object (an index on it): keeps
// the object it would have made, unless the statement made it anyway.
void keep_dependent_of_unparsed(Context& context);

// Whether one of `names` (unquoted) is the name of an object kept by name only.
bool names_unparsed_object(const Catalog& catalog, std::span<const std::string> names);

}  // namespace pgdrift
