#pragma once

#include "analyzer/diff/diff_options.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// The part of a catalog the options select (schema globs, the Supabase preset).
Catalog filter_catalog(const Catalog& catalog, const DiffOptions& options);

// Whether the options leave anything out (if not, the catalogs are compared as they are).
bool filters_anything(const DiffOptions& options);

}  // namespace pgdrift
