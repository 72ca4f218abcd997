#pragma once

#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// Per kind: how many objects each side has, and how many were added, removed, changed.
std::vector<KindSummary> summarize(const Catalog& old_catalog, const Catalog& new_catalog,
                                   const std::vector<Change>& changes);

}  // namespace pgdrift
