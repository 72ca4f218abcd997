#pragma once

#include <string_view>

namespace pgdrift {

// Whether pg_catalog of PostgreSQL 15 has a function of this name. An unqualified call of
// such a name resolves there first (pg_catalog is searched before the search_path), even
// when an extension in public has one of the same name and arguments (gen_random_uuid()).
bool is_builtin_function(std::string_view name);

}  // namespace pgdrift
