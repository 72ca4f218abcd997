#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift migrations status DIR --dump D [--dump D2] [--format text|markdown|json]`
// `pgdrift migrations replay DIR [--onto DUMP] [--until VERSION] [--format json]`
void register_migrations_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
