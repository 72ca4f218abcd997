#include "cli/git_setup_command.hpp"

#include <fmt/format.h>
#include <git2.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/atomic_output.hpp"
#include "cli/exit_codes.hpp"
#include "parser/diagnostic.hpp"
#include "parser/git_blob_reader.hpp"

namespace pgdrift {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDriverKey = "diff.pgdrift.command";
constexpr const char* kDriverCommand = "pgdrift git-diff";

[[noreturn]] void fail(const std::string& where, const std::string& message) {
  throw InputError(Diagnostic{Severity::error, {FileName(where), 0, 0}, message});
}

[[noreturn]] void fail_with_git_error(const std::string& what) {
  const git_error* error = git_error_last();
  fail("git-setup", fmt::format("{}: {}", what, error ? error->message : "libgit2 failed"));
}

struct LibGit2Session {
  LibGit2Session() { git_libgit2_init(); }
  ~LibGit2Session() { git_libgit2_shutdown(); }
};

struct RepositoryFree {
  void operator()(git_repository* p) const { git_repository_free(p); }
};
struct ConfigFree {
  void operator()(git_config* p) const { git_config_free(p); }
};
using RepositoryPtr = std::unique_ptr<git_repository, RepositoryFree>;
using ConfigPtr = std::unique_ptr<git_config, ConfigFree>;

RepositoryPtr open_work_tree() {
  git_repository* raw = nullptr;
  if (git_repository_open_ext(&raw, ".", 0, nullptr) != 0) {
    fail("git-setup", "the current directory is in no git repository");
  }
  RepositoryPtr repository(raw);
  if (git_repository_is_bare(repository.get()))
    fail("git-setup", "a bare repository has no work tree");
  return repository;
}

// The .gitattributes pattern for what the user named: an existing file or directory is named
// from the root of the work tree (where .gitattributes is); a glob is kept as written.
std::string attribute_pattern(const std::string& pattern) {
  if (pattern.find_first_of(" \t\n") != std::string::npos) {
    fail(pattern,
         "a .gitattributes pattern cannot hold white space here; use a glob such as schema*.sql");
  }
  if (!fs::exists(pattern)) return pattern;
  std::optional<std::string> in_repository = git_path_of(pattern);
  if (!in_repository || in_repository->empty())
    fail(pattern, "not in the work tree of this repository");
  return fs::is_directory(pattern) ? "/" + *in_repository + "/**" : "/" + *in_repository;
}

std::string file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool has_line(const std::string& text, const std::string& line) {
  std::istringstream lines(text);
  for (std::string existing; std::getline(lines, existing);) {
    if (existing == line) return true;
  }
  return false;
}

// Appends each missing "PATTERN diff=pgdrift" line; prints what it added.
void write_attributes(const fs::path& root, const std::vector<std::string>& patterns) {
  fs::path file = root / ".gitattributes";
  std::string text = file_text(file);
  std::string added;
  for (const std::string& pattern : patterns) {
    std::string line = attribute_pattern(pattern) + " diff=pgdrift";
    if (has_line(text + added, line)) {
      std::cout << fmt::format(".gitattributes: already has \"{}\"\n", line);
      continue;
    }
    added += line + "\n";
    std::cout << fmt::format(".gitattributes: added \"{}\"\n", line);
  }
  if (added.empty()) return;
  if (!text.empty() && !text.ends_with('\n')) text += '\n';
  write_output(file.string(), text + added);
}

// Sets the driver's command in the repository's own configuration (.git/config).
void write_driver_config(git_repository* repository) {
  git_config* raw = nullptr;
  if (git_repository_config(&raw, repository) != 0)
    fail_with_git_error("reading the configuration");
  ConfigPtr config(raw);
  git_config* raw_local = nullptr;
  if (git_config_open_level(&raw_local, config.get(), GIT_CONFIG_LEVEL_LOCAL) != 0) {
    fail_with_git_error("opening the repository's configuration");
  }
  ConfigPtr local(raw_local);
  git_buf current = GIT_BUF_INIT;
  bool already = git_config_get_string_buf(&current, local.get(), kDriverKey) == 0 &&
                 std::string(current.ptr, current.size) == kDriverCommand;
  git_buf_dispose(&current);
  if (already) {
    std::cout << fmt::format("git config: {} is already \"{}\"\n", kDriverKey, kDriverCommand);
    return;
  }
  if (git_config_set_string(local.get(), kDriverKey, kDriverCommand) != 0) {
    fail_with_git_error("writing the repository's configuration");
  }
  std::cout << fmt::format("git config: set {} = \"{}\" (in {}config)\n", kDriverKey,
                           kDriverCommand, git_repository_path(repository));
}

int run_git_setup(const std::vector<std::string>& patterns) {
  LibGit2Session session;
  RepositoryPtr repository = open_work_tree();
  write_attributes(fs::path(git_repository_workdir(repository.get())), patterns);
  write_driver_config(repository.get());
  return kExitSame;
}

}  // namespace

void register_git_setup_command(CLI::App& app, int& exit_code) {
  auto patterns = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand("git-setup",
                                         "Make git diff show pgdrift's semantic diff for these "
                                         "schema dumps (writes .gitattributes and .git/config)");
  command
      ->add_option("patterns", *patterns,
                   "Dump files or .gitattributes globs (db/schema.sql, *.dump.sql)")
      ->required();
  command->callback([patterns, &exit_code] { exit_code = run_git_setup(*patterns); });
}

}  // namespace pgdrift
