#pragma once

#include <string>
#include <vector>

#include "analyzer/model/routine.hpp"

namespace pgdrift {

// A function body in a form that compares what the code does, not how it is laid out:
// SQL bodies parsed with libpg_query, PL/pgSQL bodies with its PL/pgSQL parser (without
// line numbers); `lines` is the normalized text shown in diffs.
struct NormalizedBody {
  std::string fingerprint;
  std::vector<std::string> lines;
};

NormalizedBody normalized_body(const Routine& routine);

}  // namespace pgdrift
