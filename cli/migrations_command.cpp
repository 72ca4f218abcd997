#include "cli/migrations_command.hpp"

#include <iostream>
#include <memory>

#include "analyzer/diff/differ.hpp"
#include "analyzer/listing/object_listing.hpp"
#include "analyzer/migrations/migration_status.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "analyzer/pipeline/migration_check.hpp"
#include "analyzer/pipeline/migration_project.hpp"
#include "analyzer/plan/plan.hpp"
#include "cli/atomic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/json_refusal.hpp"
#include "cli/render/diagnostics_json.hpp"
#include "cli/render/inspect_report.hpp"
#include "cli/render/migration_check_report.hpp"
#include "cli/render/migration_status_report.hpp"
#include "cli/render/plan_report.hpp"

namespace pgdrift {
namespace {

struct StatusOptions {
  std::string directory;
  MigrationStartOptions start;
  std::vector<std::string> dumps;
  std::vector<std::string> ledgers;  // the Nth goes with the Nth dump
  std::string format = "text";
  std::string output;
};

struct ReplayOptions {
  std::string directory;
  MigrationStartOptions start;
  std::string until;
  std::string format = "json";
  std::string output;
};

struct CheckOptions {
  MigrationCheckRequest request;
  std::string output;
};

bool has_errors(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error) return true;
  }
  return false;
}

int run_status(const StatusOptions& options) {
  ReplayedProject project = replay_project(options.directory, options.start);
  print_diagnostics(std::cerr, project.diagnostics);
  const Replay& replay = project.replay;
  std::vector<LoadedSchema> schemas;
  std::vector<DumpMigrationStatus> dumps;
  for (const std::string& input : options.dumps) schemas.push_back(load_schema(input));
  for (std::size_t i = 0; i < options.ledgers.size(); ++i) read_ledger_into(schemas[i], options.ledgers[i]);
  Diagnostics read = project.diagnostics;
  for (const LoadedSchema& schema : schemas) {
    print_diagnostics(std::cerr, schema.diagnostics);
    read.insert(read.end(), schema.diagnostics.begin(), schema.diagnostics.end());
    dumps.push_back({schema.input, migration_status(replay, schema.catalog), ledger_findings(replay, schema.catalog)});
  }
  std::string rendered;
  if (options.format == "json") {
    nlohmann::ordered_json json = migration_status_json(options.directory, dumps);
    json["errors"] = diagnostics_json(read, Severity::error);
    rendered = json.dump(2) + "\n";
  } else {
    rendered = options.format == "markdown" ? render_migration_status_markdown(dumps) : render_migration_status_text(dumps);
  }
  write_output(options.output, rendered);
  return has_errors(read) ? kExitError : kExitSame;
}

nlohmann::ordered_json replay_json(const ReplayOptions& options, const ReplayedProject& project) {
  const Replay& replay = project.replay;
  nlohmann::ordered_json json{{"format_version", 1}, {"directory", options.directory}};
  json["onto"] = options.start.base.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(options.start.base);
  json["migrations"] = nlohmann::ordered_json::array();
  for (const ReplayedMigration& migration : replay.migrations) {
    nlohmann::ordered_json item{{"version", migration.file.version}, {"name", migration.file.name},
                                {"file", migration.file.path}, {"uncertain", migration.uncertain}};
    item["effects"] = nlohmann::ordered_json::array();
    for (const Change& effect : migration.effects) {
      item["effects"].push_back({{"kind", effect.kind}, {"id", effect.id}, {"change", std::string(change_type_name(effect.type))}});
    }
    item["diagnostics"] = nlohmann::ordered_json::array();
    for (const Diagnostic& d : migration.diagnostics) {
      item["diagnostics"].push_back({{"severity", severity_name(d.severity)}, {"file", d.where.file.str()},
                                     {"line", d.where.line}, {"column", d.where.column}, {"message", d.message}});
    }
    json["migrations"].push_back(std::move(item));
  }
  std::vector<ListedObject> objects = list_objects(replay.result);
  json["counts"] = count_objects(objects);
  json["objects"] = nlohmann::ordered_json::array();
  for (const ListedObject& object : objects) json["objects"].push_back({{"kind", object.kind}, {"id", object.id}});
  Diagnostics errors = project.diagnostics;
  for (const ReplayedMigration& migration : replay.migrations) {
    errors.insert(errors.end(), migration.diagnostics.begin(), migration.diagnostics.end());
  }
  json["errors"] = diagnostics_json(errors, Severity::error);
  return json;
}

// The replayed schema as a psql script: the plan from an empty database (or the --onto
// dump's schema) to the result.
std::string replay_sql(const ReplayOptions& options, const ReplayedProject& project) {
  const Catalog& start = project.start;
  const Replay& replay = project.replay;
  const std::string& project_platform = project.platform;
  DiffResult diff = diff_catalogs(start, replay.result, DiffOptions{});
  PlanOptions plan_options;
  plan_options.allow_drops = true;
  std::string from = !options.start.base.empty() ? options.start.base
                     : project_platform.empty() ? "an empty database"
                                                : "a new " + project_platform + " project";
  PlanReport report{from, "the migrations of " + options.directory + " applied",
                    make_plan(start, replay.result, diff, plan_options), plan_options, project.search_path};
  print_distinct_warnings(std::cerr, report.plan.warnings);
  return render_plan_sql(report);
}

int run_replay(const ReplayOptions& options) {
  ReplayedProject project = replay_project(options.directory, options.start,
                                           options.until.empty() ? std::nullopt : std::optional(options.until));
  print_diagnostics(std::cerr, project.diagnostics);
  const Replay& replay = project.replay;
  bool errors = has_errors(project.diagnostics);
  for (const ReplayedMigration& migration : replay.migrations) {
    print_diagnostics(std::cerr, migration.diagnostics);
    errors = errors || has_errors(migration.diagnostics);
  }
  write_output(options.output, options.format == "sql" ? replay_sql(options, project) : replay_json(options, project).dump(2) + "\n");
  return errors ? kExitError : kExitSame;
}

// Exit 0 when the dump is fresh and the files are fit, 1 when not, 2 when the check cannot be
// made (a migration or the dump the interpreter refuses).
int run_check(const CheckOptions& options) {
  MigrationCheck check = check_migrations(options.request);
  print_diagnostics(std::cerr, check.diagnostics);
  write_output(options.output, render_migration_check_text(options.request, check));
  if (check.has_errors()) return kExitError;
  return check.passes() ? kExitSame : kExitDifferent;
}

}  // namespace

void add_start_options(CLI::App& command, MigrationStartOptions& start) {
  command.add_option("--platform", start.platform,
                     "Start from a platform's ground: supabase, none, or auto (Supabase for a Supabase project's directory)")
      ->check(CLI::IsMember({"auto", "supabase", "none"}));
  command.add_option("--base,--onto", start.base, "Start from this dump instead (another platform, a self-hosted setup)");
}

void register_migrations_command(CLI::App& app, int& exit_code) {
  CLI::App* migrations = app.add_subcommand("migrations", "Migration directories: which migrations a dump reflects");
  migrations->require_subcommand(1);

  auto status = std::make_shared<StatusOptions>();
  CLI::App* status_command = migrations->add_subcommand("status", "For each migration and each dump: applied, partial or missing");
  status_command->add_option("directory", status->directory, "Directory of migration files (or a Supabase project)")->required();
  status_command->add_option("--dump", status->dumps, "A schema dump (repeatable)")->required();
  add_start_options(*status_command, status->start);
  status_command->add_option("--ledger", status->ledgers,
                             "Rows of the migration history table kept apart from the Nth --dump (repeatable)");
  status_command->add_option("--format", status->format, "text, markdown or json")->check(CLI::IsMember({"text", "markdown", "json"}));
  status_command->add_option("-o,--output", status->output, "Write to FILE (atomically) instead of stdout");
  status_command->callback([status, &exit_code] {
    if (status->ledgers.size() > status->dumps.size()) throw CLI::ValidationError("--ledger", "more --ledger than --dump options");
    exit_code = run_refusing_in_json(status->format == "json", [&] { return run_status(*status); });
  });

  auto check = std::make_shared<CheckOptions>();
  CLI::App* check_command = migrations->add_subcommand(
      "check", "Is the committed dump what the migrations produce, and is each file's version unique, in order and unchanged?");
  check_command->add_option("directory", check->request.directory, "Directory of migration files (or a Supabase project)")
      ->required();
  check_command->add_option("--dump", check->request.dump, "The committed schema dump (schema.sql, structure.sql)")
      ->required();
  add_start_options(*check_command, check->request.start);
  check_command->add_option("--since", check->request.since,
                            "A git revision (origin/main) whose migration files are merged: none may change, "
                            "and a new one must come after them");
  check_command->add_option("-o,--output", check->output, "Write to FILE (atomically) instead of stdout");
  check_command->callback([check, &exit_code] { exit_code = run_check(*check); });

  auto replay = std::make_shared<ReplayOptions>();
  CLI::App* replay_command = migrations->add_subcommand("replay", "Apply the migrations to an empty schema (or to a dump)");
  replay_command->add_option("directory", replay->directory, "Directory of migration files (or a Supabase project)")->required();
  add_start_options(*replay_command, replay->start);
  replay_command->add_option("--until", replay->until, "Stop after this version");
  replay_command->add_option("--format", replay->format,
                             "json (the resulting objects and each migration's effects) or sql (a psql script that builds the result)")
      ->check(CLI::IsMember({"json", "sql"}));
  replay_command->add_option("-o,--output", replay->output, "Write to FILE (atomically) instead of stdout");
  replay_command->callback([replay, &exit_code] {
    exit_code = run_refusing_in_json(replay->format == "json", [&] { return run_replay(*replay); });
  });
}

}  // namespace pgdrift
