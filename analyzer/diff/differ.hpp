#pragma once

#include "analyzer/diff/change.hpp"
#include "analyzer/diff/diff_options.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// Compares two catalogs, OLD -> NEW: every kind, every aspect, with semantic detail.
DiffResult diff_catalogs(const Catalog& old_catalog, const Catalog& new_catalog, const DiffOptions& options);

}  // namespace pgdrift
