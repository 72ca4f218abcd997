#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/diff_command.hpp"
#include "cli/git_diff_command.hpp"
#include "cli/git_setup_command.hpp"
#include "cli/plan_command.hpp"
#include "cli/report_command.hpp"
#include "cli/inspect_command.hpp"
#include "cli/json_refusal.hpp"
#include "cli/lint_command.hpp"
#include "cli/migrations_command.hpp"
#include "parser/diagnostic.hpp"
#include "parser/grammar_version.hpp"

int main(int argc, char** argv) {
  CLI::App app{"pgdrift: offline PostgreSQL schema analyzer (reads pg_dump files; never connects to a database)",
               "pgdrift"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "pgdrift " PGDRIFT_VERSION "\n" + pgdrift::grammar_version());
  int exit_code = pgdrift::kExitSame;
  pgdrift::register_inspect_command(app, exit_code);
  pgdrift::register_diff_command(app, exit_code);
  pgdrift::register_plan_command(app, exit_code);
  pgdrift::register_report_command(app, exit_code);
  pgdrift::register_migrations_command(app, exit_code);
  pgdrift::register_lint_command(app, exit_code);
  pgdrift::register_git_diff_command(app, exit_code);
  pgdrift::register_git_setup_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    if (code == 0) return 0;
    if (pgdrift::asks_for_json(argc, argv)) pgdrift::print_refusal_json(error.what());
    return pgdrift::kExitError;
  } catch (const pgdrift::InputError& error) {
    std::cerr << error.what() << '\n';
    return pgdrift::kExitError;
  } catch (const std::exception& error) {
    std::cerr << "pgdrift: internal error: " << error.what() << '\n';
    return pgdrift::kExitError;
  }
  return exit_code;
}
