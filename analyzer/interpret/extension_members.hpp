#pragma once

#include <string_view>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// The meta of an object a GRANT, COMMENT or ALTER ... OWNER names that the catalog does not
// define, in a schema where an extension lives: one of the extension's members, whose
// privileges pg_dump writes (every Supabase dump grants on pgcrypto's functions). nullptr
// when no extension lives there.
ObjectMeta* extension_member_meta(Context& context, std::string_view object_type, const ast::Node& object);

// The extension that lives in a schema (nullptr: none): what the catalog does not define
// there may be one of its objects.
const Extension* extension_living_in(const Catalog& catalog, const std::string& schema);

}  // namespace pgdrift
