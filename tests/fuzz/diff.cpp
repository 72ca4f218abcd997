// Fuzz entry point: two schemas compared. The input is OLD, a NUL byte, then NEW (without a
// NUL, its two halves); the last byte picks the diff and plan options. Both catalogs are
// built, the differ runs, every renderer of the command line prints the result, and the
// plan from OLD to NEW is made and printed.
#include <algorithm>

#include "analyzer/diff/differ.hpp"
#include "analyzer/listing/object_listing.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/inspect_report.hpp"
#include "cli/render/plan_report.hpp"
#include "fuzz_support.hpp"

namespace {

using namespace pgdrift;

DiffOptions options_from(unsigned char bits) {
  DiffOptions options;
  options.supabase_preset = bits & 1;
  if (bits & 2) options.ignored_aspects = {"owner", "grants", "comment"};
  if (bits & 4) options.ignored_aspects.insert("body");
  if (bits & 8) options.exclude_schemas = {"a*"};
  if (bits & 16) options.include_schemas = {"public", "s?"};
  return options;
}

DiffInputSummary summary_of(const char* name, const fuzz::Schema& schema) {
  DiffInputSummary summary{name, 0, 0, 0};
  for (const Diagnostic& d : schema.diagnostics) (d.severity == Severity::error ? summary.errors : summary.warnings)++;
  return summary;
}

void render_inspect(const char* name, const fuzz::Schema& schema) {
  InspectReport report{name, {}, list_objects(schema.catalog), schema.diagnostics, 0};
  report.counts = count_objects(report.objects);
  render_inspect_text(report, true);
  render_inspect_json(report, true);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = fuzz::as_text(data, size);
  std::size_t cut = input.find('\0');
  std::size_t next = cut == std::string_view::npos ? (cut = size / 2) : cut + 1;
  auto old_schema = fuzz::load("old.sql", input.substr(0, cut));
  auto new_schema = fuzz::load("new.sql", input.substr(next));
  if (!old_schema || !new_schema) return 0;
  unsigned char options_bits = size ? data[size - 1] : 0;
  DiffOptions options = options_from(options_bits);
  DiffReport report;
  report.old_input = summary_of("old.sql", *old_schema);
  report.new_input = summary_of("new.sql", *new_schema);
  report.result = diff_catalogs(old_schema->catalog, new_schema->catalog, options);
  render_diff_text(report, true);
  render_diff_markdown(report);
  render_diff_json(report);
  render_inspect("old.sql", *old_schema);
  PlanReport plan{"old.sql", "new.sql", {}, {.allow_drops = (options_bits & 32) != 0, .transaction = (options_bits & 64) != 0}, {}};
  plan.plan = make_plan(old_schema->catalog, new_schema->catalog, report.result, plan.options);
  render_plan_sql(plan);
  // A schema compared with itself is identical, whatever it holds.
  fuzz::require(diff_catalogs(new_schema->catalog, new_schema->catalog, options).identical());
  return 0;
}
