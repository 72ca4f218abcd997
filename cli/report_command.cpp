#include "cli/report_command.hpp"

#include <iostream>
#include <memory>

#include "analyzer/report/audit_report.hpp"
#include "cli/atomic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/json_refusal.hpp"
#include "cli/migrations_command.hpp"
#include "cli/render/inspect_report.hpp"
#include "cli/render/report_render.hpp"

namespace pgdrift {
namespace {

struct ReportCommandOptions {
  std::string old_input, new_input;
  std::string migrations;
  MigrationStartOptions start;
  std::string old_ledger, new_ledger;
  std::string lang = "en";
  std::string format = "markdown";
  std::string output;
};

int run_report(const ReportCommandOptions& options) {
  ComparisonInputs inputs{options.old_input,
                          options.new_input,
                          options.old_ledger,
                          options.new_ledger,
                          options.migrations,
                          options.start,
                          {},
                          {}};
  AuditReport report =
      make_audit_report(inputs, [](const LoadedSchema& old_schema, const LoadedSchema& new_schema) {
        print_distinct_diagnostics(std::cerr, both_inputs(old_schema, new_schema));
      });
  if (report.comparison.migrations)
    print_diagnostics(std::cerr, report.comparison.migrations->diagnostics);
  const ReportStrings& words = report_strings(options.lang);
  std::string rendered = options.format == "json"   ? render_report_json(report)
                         : options.format == "html" ? render_report_html(report, words)
                                                    : render_report_markdown(report, words);
  write_output(options.output, rendered);
  if (report.comparison.old_schema.has_errors() || report.comparison.new_schema.has_errors())
    return kExitError;
  return report.comparison.result.identical() ? kExitSame : kExitDifferent;
}

}  // namespace

void register_report_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ReportCommandOptions>();
  CLI::App* command = app.add_subcommand("report",
                                         "Audit report: differences, drift, dry run, impact, "
                                         "actions (exit 0 same, 1 different, 2 error)");
  command->add_option("old", options->old_input, "OLD dump: path, '-' or REV:PATH")->required();
  command->add_option("new", options->new_input, "NEW dump: path, '-' or REV:PATH")->required();
  command->add_option("--migrations", options->migrations,
                      "Directory of migration files: each side's drift, the dry run, the actions");
  add_start_options(*command, options->start);
  command->add_option("--old-ledger", options->old_ledger,
                      "Rows of OLD's migration history table, kept apart from OLD");
  command->add_option("--new-ledger", options->new_ledger,
                      "Rows of NEW's migration history table, kept apart from NEW");
  command->add_option("--lang", options->lang, "en (default) or fr")
      ->check(CLI::IsMember({"en", "fr"}));
  command->add_option("--format", options->format, "markdown (default), html or json")
      ->check(CLI::IsMember({"markdown", "html", "json"}));
  command->add_option("-o,--output", options->output,
                      "Write to FILE (atomically) instead of stdout");
  command->callback([options, &exit_code] {
    exit_code =
        run_refusing_in_json(options->format == "json", [&] { return run_report(*options); });
  });
}

}  // namespace pgdrift
