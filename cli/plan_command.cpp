#include "cli/plan_command.hpp"

#include <iostream>
#include <memory>

#include "analyzer/diff/differ.hpp"
#include "analyzer/diff/ground_completion.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "analyzer/plan/plan.hpp"
#include "cli/atomic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/inspect_report.hpp"
#include "cli/render/plan_report.hpp"

namespace pgdrift {
namespace {

struct PlanCommandOptions {
  std::string old_input, new_input;
  std::string output;
  std::vector<std::string> include_schemas, exclude_schemas;
  std::string preset;
  PlanOptions plan;
  bool keep_going = false;
};

int run_plan(const PlanCommandOptions& options) {
  auto [old_schema, new_schema] = load_schemas(options.old_input, options.new_input);
  print_distinct_diagnostics(std::cerr, both_inputs(old_schema, new_schema));
  if ((old_schema.has_errors() || new_schema.has_errors()) && !options.keep_going) return kExitError;
  DiffOptions settings;
  settings.include_schemas = options.include_schemas;
  settings.exclude_schemas = options.exclude_schemas;
  settings.supabase_preset = options.preset == "supabase";
  // The plan reads the catalogs the diff compared: a known ground's objects on both sides.
  complete_from_grounds(old_schema.catalog, new_schema.catalog);
  complete_from_grounds(new_schema.catalog, old_schema.catalog);
  DiffResult diff = diff_catalogs(old_schema.catalog, new_schema.catalog, settings);
  PlanReport report{options.old_input, options.new_input, make_plan(old_schema.catalog, new_schema.catalog, diff, options.plan),
                    options.plan, {}};
  print_distinct_warnings(std::cerr, report.plan.warnings);
  write_output(options.output, render_plan_sql(report));
  return report.plan.steps.empty() ? kExitSame : kExitDifferent;
}

}  // namespace

void register_plan_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<PlanCommandOptions>();
  CLI::App* command =
      app.add_subcommand("plan", "SQL that turns OLD's schema into NEW's (exit 0 nothing to do, 1 plan written, 2 error)");
  command->add_option("old", options->old_input, "OLD dump: path, '-' or REV:PATH")->required();
  command->add_option("new", options->new_input, "NEW dump: path, '-' or REV:PATH")->required();
  command->add_flag("--allow-drops", options->plan.allow_drops, "Include statements that lose data (DROP TABLE, DROP COLUMN, ...)");
  command->add_flag("--transaction", options->plan.transaction, "Wrap what can run in a transaction in BEGIN/COMMIT");
  command->add_option("--include-schema", options->include_schemas, "Plan only schemas matching GLOB (repeatable)");
  command->add_option("--exclude-schema", options->exclude_schemas, "Leave out schemas matching GLOB (repeatable)");
  command->add_option("--preset", options->preset, "supabase: leave out what Supabase manages")->check(CLI::IsMember({"supabase"}));
  command->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of stdout");
  command->add_flag("--keep-going", options->keep_going, "Plan even when some statements could not be parsed");
  command->callback([options, &exit_code] { exit_code = run_plan(*options); });
}

}  // namespace pgdrift
