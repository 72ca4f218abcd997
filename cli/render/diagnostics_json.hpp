#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "parser/diagnostic.hpp"

namespace pgdrift {

// The diagnostics of one severity as JSON reports list them: {file, line, column, message}.
nlohmann::ordered_json diagnostics_json(const Diagnostics& diagnostics, Severity severity);

// The document a --format json command writes when it refuses its input or its options
// (a missing file, an archive, a bad option value): the errors, and nothing else.
std::string render_refusal_json(const Diagnostics& errors);

}  // namespace pgdrift
