#pragma once

#include <memory>
#include <string_view>

#include "analyzer/model/known_ground.hpp"

namespace pgdrift {

// The platforms pgdrift knows, each described by a ground file of DDL (analyzer/platform/,
// see docs/supabase.md): what a project has before its first migration.
// The known ground of a platform ("supabase"), with the extensions pgdrift describes
// (analyzer/platform/extensions/); nullptr for a platform it does not know.
const KnownGround* known_ground(std::string_view platform);

}  // namespace pgdrift
