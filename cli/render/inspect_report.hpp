#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "analyzer/listing/object_listing.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

struct InspectReport {
  std::string input;
  std::map<std::string, int> counts;
  std::vector<ListedObject> objects;
  Diagnostics diagnostics;
  int statement_count = 0;
};

std::string render_inspect_text(const InspectReport& report, bool list);
std::string render_inspect_json(const InspectReport& report, bool list);

// "file:line:col: warning: message" lines, as compilers print them.
void print_diagnostics(std::ostream& out, const Diagnostics& diagnostics);

// The same, each distinct warning or note once (at its first place) with its count, "(×2)":
// for commands that read two inputs, which often say the same thing of both. Every error
// is printed, each with its own place.
void print_distinct_diagnostics(std::ostream& out, const Diagnostics& diagnostics);

// "pgdrift: warning: message" lines, each distinct message once with its count.
void print_distinct_warnings(std::ostream& out, const std::vector<std::string>& warnings);

}  // namespace pgdrift
