#include "cli/git_diff_command.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "analyzer/diff/differ.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "cli/exit_codes.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/inspect_report.hpp"

namespace pgdrift {
namespace {

// What git hands an external diff driver: with one argument, a path left unmerged; with
// seven, a path and each side's file, blob id and mode (/dev/null for a side that has no
// file: git adds or deletes it); with nine, also the new path and git's rename message.
struct GitDiffArguments {
  std::string path;
  std::string old_file, new_file;
  std::string new_path;  // the path after a rename, else `path`
};

constexpr const char* kNoFile = "/dev/null";

std::optional<GitDiffArguments> read_arguments(const std::vector<std::string>& args) {
  if (args.size() != 7 && args.size() != 9) return std::nullopt;
  return GitDiffArguments{args[0], args[1], args[4], args.size() == 9 ? args[7] : args[0]};
}

LoadedSchema load_side(const std::string& file, const std::string& name) {
  LoadedSchema schema = file == kNoFile ? empty_schema(name) : load_schema(file);
  // Messages name the file as the repository does, not git's temporary copy.
  for (Diagnostic& d : schema.diagnostics) {
    if (d.where.file.str() == file) d.where.file = FileName(name);
  }
  schema.input = name;
  return schema;
}

// git pipes an external diff's output into its pager, which shows color (less -R).
bool use_color() {
  if (std::getenv("NO_COLOR")) return false;
  const char* pager = std::getenv("GIT_PAGER_IN_USE");
  return ::isatty(STDOUT_FILENO) || (pager && std::string(pager) == "true");
}

// git stops at a driver that exits non-zero, so differences exit 0 like sameness; only an
// input that cannot be read at all exits 2 (InputError, through main).
int run_git_diff(const std::vector<std::string>& args) {
  if (args.size() == 1) {
    std::cout << "* Unmerged path " << args[0] << '\n';
    return kExitSame;
  }
  std::optional<GitDiffArguments> git = read_arguments(args);
  if (!git) {
    std::cerr << "pgdrift git-diff: expected git's 7 (or 9) external diff arguments: PATH OLD-FILE "
                 "OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE; see docs/git.md\n";
    return kExitError;
  }
  DiffReport report;
  LoadedSchema old_schema = load_side(git->old_file, "a/" + git->path);
  LoadedSchema new_schema = load_side(git->new_file, "b/" + git->new_path);
  report.errors = both_inputs(old_schema, new_schema);
  print_distinct_diagnostics(std::cerr, report.errors);
  report.old_input = summary_of(old_schema);
  report.new_input = summary_of(new_schema);
  report.result = diff_catalogs(old_schema.catalog, new_schema.catalog, DiffOptions{});
  std::cout << fmt::format("pgdrift diff a/{} b/{}\n", git->path, git->new_path);
  if (report.result.identical()) {
    std::cout << "no schema changes (the text differs only in what pgdrift holds equal)\n";
  } else {
    std::cout << render_diff_text(report, use_color());
  }
  return kExitSame;
}

}  // namespace

void register_git_diff_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand(
      "git-diff",
      "git's external diff driver: the semantic diff of a schema dump (see docs/git.md)");
  command
      ->add_option("args", *args,
                   "PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE, as git passes them")
      ->required();
  command->callback([args, &exit_code] { exit_code = run_git_diff(*args); });
}

}  // namespace pgdrift
