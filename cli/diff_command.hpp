#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift diff OLD NEW [--format text|markdown|json] [-o FILE] [--include-schema GLOB]...
//  [--exclude-schema GLOB]... [--ignore ASPECT]... [--preset supabase] [--config FILE]
//  [--color auto|always|never] [--keep-going]`, or `pgdrift diff --git-base REV PATH ...`
void register_diff_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
