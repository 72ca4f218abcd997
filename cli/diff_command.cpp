#include "cli/diff_command.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "analyzer/pipeline/schema_comparison.hpp"
#include "cli/atomic_output.hpp"
#include "cli/config_file.hpp"
#include "cli/exit_codes.hpp"
#include "cli/json_refusal.hpp"
#include "cli/migrations_command.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/inspect_report.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {
namespace {

const std::vector<std::string> kAspects{"owner", "grants", "comment", "default", "not_null", "type", "collation",
                                        "storage", "body", "signature", "query", "options", "check", "definition",
                                        "identity", "generated", "rls_enabled", "rls_forced", "enabled", "labels",
                                        "column_order", "output_column_order", "statistics",
                                        "compression", "clustered"};

struct DiffCommandOptions {
  std::string old_input, new_input;
  std::string format;
  std::string output;
  std::vector<std::string> include_schemas, exclude_schemas, ignore;
  std::string preset;
  std::string config;
  std::string color = "auto";
  std::string migrations;
  MigrationStartOptions start;
  std::string old_ledger;
  std::string new_ledger;
  bool keep_going = false;
  std::string git_base;  // with it, old_input is the one PATH, compared with itself at this revision
};

bool use_color(const DiffCommandOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never" || std::getenv("NO_COLOR")) return false;
  return options.output.empty() && ::isatty(STDOUT_FILENO);
}

DiffOptions diff_options(DiffCommandOptions& options) {
  if (auto config = read_config(options.config)) {
    if (options.include_schemas.empty()) options.include_schemas = config->include_schemas;
    if (options.exclude_schemas.empty()) options.exclude_schemas = config->exclude_schemas;
    if (options.ignore.empty()) options.ignore = config->ignore;
    if (options.preset.empty() && config->preset) options.preset = *config->preset;
    if (options.format.empty() && config->format) options.format = *config->format;
  }
  if (options.format.empty()) options.format = "text";
  if (options.format != "text" && options.format != "markdown" && options.format != "json") {
    throw InputError(Diagnostic{Severity::error, {options.config.empty() ? ".pgdrift.toml" : options.config, 0, 0},
                                "format must be text, markdown or json"});
  }
  DiffOptions diff;
  diff.include_schemas = options.include_schemas;
  diff.exclude_schemas = options.exclude_schemas;
  diff.ignored_aspects.insert(options.ignore.begin(), options.ignore.end());
  diff.supabase_preset = options.preset == "supabase";
  return diff;
}

int run_diff(DiffCommandOptions options) {
  DiffOptions settings = diff_options(options);
  ComparisonInputs inputs{options.old_input,
                          options.new_input,
                          options.old_ledger,
                          options.new_ledger,
                          options.migrations,
                          options.start,
                          settings,
                          options.git_base};
  DiffReport report;
  SchemaComparison comparison =
      compare_schemas(inputs, [&](const LoadedSchema& old_schema, const LoadedSchema& new_schema) {
        report.errors = both_inputs(old_schema, new_schema);
        print_distinct_diagnostics(std::cerr, report.errors);
      });
  report.old_input = summary_of(comparison.old_schema);
  report.new_input = summary_of(comparison.new_schema);
  report.result = std::move(comparison.result);
  report.impact = std::move(comparison.impact);
  if (comparison.migrations) {
    MigrationFindings& findings = *comparison.migrations;
    print_diagnostics(std::cerr, findings.diagnostics);
    report.errors.insert(report.errors.end(), findings.diagnostics.begin(),
                         findings.diagnostics.end());
    report.replay = std::shared_ptr<const Replay>(findings.project, &findings.project->replay);
    report.migrations_directory = findings.directory;
    report.attribution = std::move(findings.attribution);
    report.history = std::move(findings.history);
  }
  std::string rendered = options.format == "json"       ? render_diff_json(report)
                         : options.format == "markdown" ? render_diff_markdown(report)
                                                        : render_diff_text(report, use_color(options));
  write_output(options.output, rendered);
  if ((comparison.old_schema.has_errors() || comparison.new_schema.has_errors()) &&
      !options.keep_going)
    return kExitError;
  return report.result.identical() ? kExitSame : kExitDifferent;
}

}  // namespace

void register_diff_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<DiffCommandOptions>();
  CLI::App* command = app.add_subcommand("diff", "Compare two schema dumps (exit 0 same, 1 different, 2 error)");
  command->add_option("old", options->old_input, "OLD dump: path, '-' or REV:PATH (with --git-base: the PATH)")->required();
  command->add_option("new", options->new_input, "NEW dump: path, '-' or REV:PATH");
  command->add_option("--git-base", options->git_base,
                      "Compare PATH as this git revision has it (OLD) with PATH now (NEW): diff --git-base REV PATH");
  command->add_option("--format", options->format, "text (default), markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  command->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of stdout");
  command->add_option("--include-schema", options->include_schemas, "Compare only schemas matching GLOB (repeatable)");
  command->add_option("--exclude-schema", options->exclude_schemas, "Leave out schemas matching GLOB (repeatable)");
  command->add_option("--ignore", options->ignore, "Leave out an aspect: owner, grants, comment, body, ... (repeatable)")
      ->check(CLI::IsMember(kAspects));
  command->add_option("--preset", options->preset, "supabase: leave out what Supabase manages")->check(CLI::IsMember({"supabase"}));
  command->add_option("--config", options->config, "Settings file (default: ./.pgdrift.toml if present)");
  command->add_option("--color", options->color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
  command->add_option("--migrations", options->migrations,
                      "Directory of migration files: attribute each change, list unexplained drift");
  add_start_options(*command, options->start);
  command->add_option("--old-ledger", options->old_ledger, "Rows of OLD's migration history table, kept apart from OLD");
  command->add_option("--new-ledger", options->new_ledger, "Rows of NEW's migration history table, kept apart from NEW");
  command->add_flag("--keep-going", options->keep_going, "Do not exit 2 for statements that could not be parsed");
  command->callback([options, &exit_code] {
    if (options->git_base.empty() && options->new_input.empty()) throw CLI::RequiredError("new");
    if (!options->git_base.empty() && !options->new_input.empty()) {
      throw CLI::ValidationError("--git-base", "takes one PATH, compared with itself at the revision");
    }
    exit_code = run_refusing_in_json(options->format == "json", [&] { return run_diff(*options); });
  });
}

}  // namespace pgdrift
