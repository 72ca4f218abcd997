#pragma once

#include <string>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// The USING expression of ALTER COLUMN ... TYPE: the column cast to its new type, through
// the type PostgreSQL has a cast by (boolean has casts to and from integer only; enums
// and composite types have none but read and write text).
std::string type_conversion(const std::string& quoted_column, const std::string& from, const std::string& to,
                            const Catalog& old_catalog, const Catalog& new_catalog);

}  // namespace pgdrift
