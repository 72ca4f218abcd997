#include <fmt/format.h>

#include "analyzer/migrations/dump_coverage.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/migration_check_report.hpp"

namespace pgdrift {

std::string render_migration_check_text(const MigrationCheckRequest& request,
                                        const MigrationCheck& check) {
  std::string out;
  for (const Diagnostic& finding : check.findings) out += finding.to_string() + "\n";
  if (!check.replayed) {
    out += fmt::format(
        "{}: not compared: the migrations cannot be replayed until their versions are unique\n",
        request.dump);
    return out;
  }
  for (const Change& change : check.unseen) {
    out += fmt::format("{}: not compared: {} {} (the dump leaves out the platform's schema {})\n",
                       request.dump, change.kind, change.id, schema_of(change));
  }
  if (check.stale.identical()) {
    out += fmt::format("{}: fresh: it is the schema the migrations of {} produce\n", request.dump,
                       request.directory);
    return out;
  }
  out += fmt::format(
      "{}: stale or edited by hand: it is not the schema the migrations of {} produce\n"
      "  (-: the migrations make it, the dump lacks it; +: only the dump has it; ~: they differ)\n",
      request.dump, request.directory);
  DiffReport report;
  report.result = check.stale;
  out += render_diff_text(report, false);
  return out;
}

}  // namespace pgdrift
