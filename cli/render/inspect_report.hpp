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

}  // namespace pgdrift
