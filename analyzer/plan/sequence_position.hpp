#pragma once

#include <string>
#include <vector>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// ALTER SEQUENCE refuses new bounds that the sequence's current value falls outside
// ("RESTART value (1) cannot be less than MINVALUE (100)"), and a plan cannot know that
// value. The statements to run before it when the range narrows: they move the current
// value to the nearest new bound when it is outside, widening the range first when the
// old and new ranges do not overlap. Empty when the new range holds the old one.
std::vector<std::string> move_position_into_range(const Sequence& old_sequence, const Sequence& sequence);

}  // namespace pgdrift
