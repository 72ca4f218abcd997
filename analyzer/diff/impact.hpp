#pragma once

#include "analyzer/diff/change.hpp"

namespace pgdrift {

// How likely a change is to break what uses the schema (higher first in reports):
// what disappears from NEW, narrowed value sets and changed signatures come first.
int impact_of(const Change& change);

}  // namespace pgdrift
