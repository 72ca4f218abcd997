#pragma once

#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// Pairs an object present only in OLD with one present only in NEW when they closely
// resemble each other (same kind; most columns, output columns or body in common; or a
// function whose argument types changed), and marks both "possibly renamed or replaced".
void detect_renames(const Catalog& old_catalog, const Catalog& new_catalog, std::vector<Change>& changes);

}  // namespace pgdrift
