#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift git-setup PATTERN...`: makes `git diff` show pgdrift's semantic diff for the
// schema dumps PATTERN names, in the repository of the current directory (docs/git.md).
void register_git_setup_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
