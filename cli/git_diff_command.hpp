#pragma once

#include <CLI/CLI.hpp>

namespace pgdrift {

// `pgdrift git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH XFRM]`:
// git's external diff driver (GIT_EXTERNAL_DIFF, diff.<driver>.command; see docs/git.md).
void register_git_diff_command(CLI::App& app, int& exit_code);

}  // namespace pgdrift
