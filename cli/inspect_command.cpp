#include "cli/inspect_command.hpp"

#include <iostream>
#include <memory>

#include "analyzer/listing/object_listing.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "cli/atomic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/json_refusal.hpp"
#include "cli/render/inspect_report.hpp"

namespace pgdrift {
namespace {

struct InspectOptions {
  std::string input;
  std::string format = "text";
  std::string output;
  bool list = false;
  bool keep_going = false;
};

int run_inspect(const InspectOptions& options) {
  LoadedSchema schema = load_schema(options.input);
  InspectReport report{schema.input, count_objects(schema.catalog), {}, schema.diagnostics, schema.statement_count};
  if (options.list || options.format == "json") report.objects = list_objects(schema.catalog);
  if (options.format == "text") print_diagnostics(std::cerr, schema.diagnostics);
  std::string rendered = options.format == "json" ? render_inspect_json(report, options.list)
                                                  : render_inspect_text(report, options.list);
  write_output(options.output, rendered);
  if (schema.has_errors() && !options.keep_going) return kExitError;
  return kExitSame;
}

}  // namespace

void register_inspect_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* command = app.add_subcommand("inspect", "List and count the objects of a schema dump");
  command->add_option("dump", options->input, "pg_dump --schema-only file, '-' for stdin, or REV:PATH")->required();
  command->add_option("--format", options->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  command->add_flag("--list", options->list, "List every object by its stable id");
  command->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of stdout");
  command->add_flag("--keep-going", options->keep_going, "Exit 0 even if some statements could not be parsed");
  command->callback([options, &exit_code] {
    exit_code = run_refusing_in_json(options->format == "json", [&] { return run_inspect(*options); });
  });
}

}  // namespace pgdrift
