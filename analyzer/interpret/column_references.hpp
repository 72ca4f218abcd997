#pragma once

#include <string>

#include "analyzer/model/catalog.hpp"
#include "analyzer/references/dependents_index.hpp"

namespace pgdrift {

// PostgreSQL binds expressions and queries to a column by number, so they follow it when it
// is renamed, and pg_dump prints the new name: the table's own defaults, CHECKs, indexes,
// trigger conditions and policies, the foreign keys that reference it, and the views and
// bodies that read it (whose output columns keep their old names: `name AS title`).
// The catalog's trees name columns by text; this rewrites them. `dependents`, when given, is an
// index of the catalog as it is: the views, routines and foreign keys to look at come from it.
void follow_column_references(Catalog& catalog, const QualifiedName& table, const std::string& from,
                              const std::string& to, DependentsIndex* dependents = nullptr);

}  // namespace pgdrift
