#include <fmt/format.h>

#include <algorithm>

#include "cli/render/inspect_report.hpp"

namespace pgdrift {

std::string render_inspect_text(const InspectReport& report, bool list) {
  std::string out;
  if (list) {
    for (const ListedObject& object : report.objects)
      out += fmt::format("{}\t{}\n", object.kind, object.id);
    return out;
  }
  std::size_t width = 0;
  for (const auto& [kind, count] : report.counts) width = std::max(width, kind.size());
  out += fmt::format("{}: {} statements\n", report.input, report.statement_count);
  for (const auto& [kind, count] : report.counts) {
    if (count > 0) out += fmt::format("  {:<{}}  {:>6}\n", kind, width, count);
  }
  auto warnings =
      std::count_if(report.diagnostics.begin(), report.diagnostics.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::warning; });
  auto errors = std::count_if(report.diagnostics.begin(), report.diagnostics.end(),
                              [](const Diagnostic& d) { return d.severity == Severity::error; });
  out += fmt::format("{} warning{}, {} error{}\n", warnings, warnings == 1 ? "" : "s", errors,
                     errors == 1 ? "" : "s");
  return out;
}

void print_diagnostics(std::ostream& out, const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics) out << diagnostic.to_string() << '\n';
}

}  // namespace pgdrift
