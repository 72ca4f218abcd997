#include "analyzer/diff/unified_diff.hpp"

#include <dtl/dtl.hpp>

#include <sstream>

namespace pgdrift {

std::string unified_diff(const std::vector<std::string>& old_lines, const std::vector<std::string>& new_lines) {
  dtl::Diff<std::string, std::vector<std::string>> diff(old_lines, new_lines);
  diff.compose();
  diff.composeUnifiedHunks();
  std::ostringstream out;
  diff.printUnifiedFormat(out);
  return out.str();
}

}  // namespace pgdrift
