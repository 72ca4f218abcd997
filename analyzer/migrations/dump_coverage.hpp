#pragma once

#include <string>

#include "analyzer/diff/change.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// The schema a change's object lives in, for objects named schema.name[.member].
std::string schema_of(const Change& change);

// Whether the dump leaves out the schema of a change's object, one of the platform's
// (`supabase db dump` prints the user's schemas only): a trigger on auth.users or a policy
// on storage.objects cannot be seen in it, present or not. `replayed` is the migrations'
// catalog, which starts from the platform's ground.
bool outside_the_dump(const Change& change, const Catalog& replayed, const Catalog& dump);

}  // namespace pgdrift
