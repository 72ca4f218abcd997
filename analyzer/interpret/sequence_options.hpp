#pragma once

#include <span>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// Applies CREATE/ALTER SEQUENCE options (also those of an identity column) to a sequence.
void apply_sequence_options(Context& context, Sequence& sequence, std::span<const ast::Node> options);

// The numeric value of a DefElem argument (Integer, or Float for values beyond 32 bits).
std::optional<std::int64_t> integer_argument(const ast::Node* argument);

}  // namespace pgdrift
