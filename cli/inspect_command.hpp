#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift inspect DUMP [--format text|json] [--list] [-o FILE] [--keep-going]`
void register_inspect_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
