#pragma once

#include <CLI/CLI.hpp>

#include "analyzer/pipeline/migration_project.hpp"

namespace pgdrift {

// `pgdrift migrations status DIR --dump D [--dump D2] [--format text|markdown|json]`
// `pgdrift migrations replay DIR [--platform P | --base DUMP] [--until VERSION] [--format json]`
void register_migrations_command(CLI::App& app, int& exit_code);

// --platform and --base (alias --onto): where a migration directory's replay starts.
void add_start_options(CLI::App& command, MigrationStartOptions& start);

}  // namespace pgdrift
