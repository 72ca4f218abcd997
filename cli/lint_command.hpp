#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift lint [--schema DUMP] [--migrations DIR] [--platform auto|supabase|none]
//               [--format text|json] [--fail-on error|warning|info|none] [FILE|DIR]...`
void register_lint_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
