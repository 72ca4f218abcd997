#include <fmt/format.h>

#include <map>
#include <string_view>

#include "cli/render/inspect_report.hpp"

namespace pgdrift {

void print_distinct_diagnostics(std::ostream& out, const Diagnostics& diagnostics) {
  std::map<std::string_view, int> repeats;  // by message: a warning both inputs give is one warning
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::error) ++repeats[d.message];
  }
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error) {
      out << d.to_string() << '\n';
      continue;
    }
    auto repeated = repeats.find(d.message);
    if (repeated->second == 0) continue;  // printed at its first place
    out << d.to_string();
    if (repeated->second > 1) out << fmt::format(" (×{})", repeated->second);
    out << '\n';
    repeated->second = 0;
  }
}

void print_distinct_warnings(std::ostream& out, const std::vector<std::string>& warnings) {
  std::map<std::string_view, int> repeats;
  for (const std::string& warning : warnings) ++repeats[warning];
  for (const std::string& warning : warnings) {
    int& count = repeats[warning];
    if (count == 0) continue;
    out << "pgdrift: warning: " << warning;
    if (count > 1) out << fmt::format(" (×{})", count);
    out << '\n';
    count = 0;
  }
}

}  // namespace pgdrift
