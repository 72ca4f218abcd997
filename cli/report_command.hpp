#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift report OLD NEW [--migrations DIR [--platform supabase|none | --base DUMP]]
//  [--old-ledger F] [--new-ledger F] [--lang en|fr] [--format markdown|json] [-o FILE]`:
// the audit report (exit 0 same, 1 different, 2 error, as diff).
void register_report_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
