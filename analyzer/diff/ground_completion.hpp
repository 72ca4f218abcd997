#pragma once

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// An object of a known ground (a platform's, an extension's: see known_ground.hpp) that one
// side carries and the other does not is compared as the ground gives it: a migration replay
// starts from Supabase's whole ground, a `supabase db dump` leaves the platform out, and only
// what the user's statements changed on the platform's objects is a difference.
// Whether `catalog` lacks such an object that `other` has.
bool lacks_ground_objects(const Catalog& catalog, const Catalog& other);

// Adds to `catalog` each such object, as its ground gives it.
void complete_from_grounds(Catalog& catalog, const Catalog& other);

}  // namespace pgdrift
