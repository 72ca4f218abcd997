#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift plan OLD NEW [--allow-drops] [--transaction] [--include-schema GLOB]...
//  [--exclude-schema GLOB]... [--preset supabase] [-o FILE] [--keep-going]`
void register_plan_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
