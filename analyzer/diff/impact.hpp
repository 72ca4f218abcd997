#pragma once

#include "analyzer/diff/change.hpp"

namespace pgdrift {

// How likely a change is to break what uses the schema (higher first in reports): a column,
// table, view or function missing on either side, then narrowed value sets, changed
// signatures and column types.
int impact_of(const Change& change);

}  // namespace pgdrift
