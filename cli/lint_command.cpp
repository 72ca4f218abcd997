#include "cli/lint_command.hpp"

#include <algorithm>
#include <iostream>
#include <memory>

#include "analyzer/lint/lint_migrations.hpp"
#include "cli/atomic_output.hpp"
#include "cli/config_file.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/inspect_report.hpp"
#include "cli/render/lint_report.hpp"

namespace pgdrift {
namespace {

struct LintOptions {
  LintRequest request;
  std::string format = "text";
  std::string fail_on = "warning";
  std::string output;
  std::string config;                  // --config FILE, or ./.pgdrift.toml when present
  bool exposed_schemas_given = false;  // on the command line, which wins over the file
};

// The [lint] settings of the configuration file, where the command line did not say.
void apply_config(LintOptions& options) {
  std::optional<ConfigFile> config = read_config(options.config);
  if (!config) return;
  LintRequest& request = options.request;
  if (config->lint.exposed_schemas && !options.exposed_schemas_given)
    request.exposed_schemas = *config->lint.exposed_schemas;
  request.transaction_per_file = config->lint.transaction_per_file;
  request.disabled_rules = config->lint.disabled_rules;
  request.rule_levels = config->lint.rule_levels;
}

bool fails(const LintResult& result, const std::string& fail_on) {
  std::optional<LintLevel> threshold = parse_lint_level(fail_on);
  if (!threshold) return false;  // "none"
  return std::any_of(result.findings.begin(), result.findings.end(),
                     [&](const Finding& finding) { return finding.level >= *threshold; });
}

int report_errors(const LintOptions& options, const Diagnostics& errors) {
  std::string rendered = render_lint_errors(options.format, errors);
  if (rendered.empty())
    print_diagnostics(std::cerr, errors);
  else
    write_output(options.output, rendered);
  return kExitError;
}

int run_lint(LintOptions& options) {
  if (options.request.inputs.empty() && options.request.schema.empty()) {
    return report_errors(options, {{Severity::error,
                                    {FileName("lint"), 0, 0},
                                    "give migration files or directories, or --schema DUMP"}});
  }
  LintResult result;
  try {
    apply_config(options);
    result = lint_migrations(options.request);
  } catch (const InputError& error) {
    return report_errors(options, {error.diagnostic()});
  }
  if (!result.errors.empty()) return report_errors(options, result.errors);
  if (options.format == "text") print_diagnostics(std::cerr, result.notes);
  write_output(options.output, render_lint(options.format, result));
  return fails(result, options.fail_on) ? kExitDifferent : kExitSame;
}

}  // namespace

void register_lint_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<LintOptions>();
  CLI::App* command = app.add_subcommand(
      "lint", "Review migration files, each statement against the schema it runs on");
  command->add_option("inputs", options->request.inputs,
                      "Migration files or directories to lint (none: lint the --schema dump)");
  command->add_option("--schema", options->request.schema,
                      "The schema the first migration runs on (a pg_dump --schema-only file)");
  command->add_option(
      "--migrations", options->request.migrations,
      "A migration directory: each file is linted on the replay of the migrations older than it");
  command->add_option("--platform", options->request.platform, "auto, supabase or none")
      ->check(CLI::IsMember({"auto", "supabase", "none"}));
  command->add_option("--since", options->request.since,
                      "Lint only the files added or changed since this git revision (origin/main); "
                      "older ones give the context");
  command
      ->add_option("--exposed-schemas", options->request.exposed_schemas,
                   "The schemas the API serves (PostgREST db-schemas), for the schema rules")
      ->delimiter(',')
      ->default_str("public");
  command
      ->add_option("--format", options->format,
                   "text (default), json, sarif, github (workflow annotations), gitlab (code "
                   "quality) or markdown")
      ->check(CLI::IsMember(lint_format_names()));
  command
      ->add_option("--fail-on", options->fail_on,
                   "Exit 1 when a finding is at least this level: error, warning, info or none")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  command->add_option("-o,--output", options->output,
                      "Write to FILE (atomically) instead of stdout");
  command->add_option("--config", options->config,
                      "Settings file (default: ./.pgdrift.toml if present), its [lint] table");
  command->callback([options, command, &exit_code] {
    const CLI::Option* exposed = command->get_option_no_throw("--exposed-schemas");
    options->exposed_schemas_given = exposed && exposed->count() > 0;
    exit_code = run_lint(*options);
  });
}

}  // namespace pgdrift
