#include "analyzer/pipeline/migration_check.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/diff/differ.hpp"
#include "analyzer/diff/summary.hpp"
#include "analyzer/migrations/dump_coverage.hpp"
#include "analyzer/migrations/version_findings.hpp"
#include "parser/git_blob_reader.hpp"

namespace pgdrift {
namespace {

bool any_error(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

[[noreturn]] void fail(const std::string& where, const std::string& message) {
  throw InputError(Diagnostic{Severity::error, {FileName(where), 0, 0}, message});
}

// The directory's files at the revision, file name -> content.
std::map<std::string, std::string> merged_files(const std::string& revision,
                                                const std::string& root) {
  if (!git_revision_exists(revision))
    fail("--since", fmt::format("no such git revision here: {}", revision));
  std::optional<std::string> in_repository = git_path_of(root);
  if (!in_repository)
    fail(root, "not in the work tree of the git repository here (--since reads it there)");
  std::optional<std::map<std::string, std::string>> files =
      read_git_directory(revision, *in_repository);
  if (!files) fail("--since", fmt::format("cannot read {} at {}", root, revision));
  return std::move(*files);
}

// The differences the dump can show; the others go to `unseen`.
DiffResult visible_in_dump(DiffResult diff, const Catalog& replayed, const Catalog& dump,
                           std::vector<Change>& unseen) {
  std::vector<Change> visible;
  for (Change& change : diff.changes) {
    (outside_the_dump(change, replayed, dump) ? unseen : visible).push_back(std::move(change));
  }
  diff.changes = std::move(visible);
  diff.summary = summarize(replayed, dump, diff.changes);
  return diff;
}

// Names fit to replay: the directory's tool would apply these files, in this order.
bool replayable(const MigrationNames& names) {
  return names.duplicates.empty() && (names.unnamed.empty() || names.supabase);
}

}  // namespace

bool MigrationCheck::passes() const { return findings.empty() && replayed && stale.identical(); }

bool MigrationCheck::has_errors() const { return any_error(diagnostics); }

MigrationCheck check_migrations(const MigrationCheckRequest& request) {
  MigrationCheck check;
  MigrationNames names = read_migration_names(request.directory);
  check.findings = version_findings(names);
  if (!request.since.empty()) {
    Diagnostics merged =
        merged_file_findings(names, merged_files(request.since, names.root), request.since);
    check.findings.insert(check.findings.end(), merged.begin(), merged.end());
  }
  LoadedSchema dump = load_schema(request.dump);
  if (!replayable(names)) {
    check.diagnostics = dump.diagnostics;
    return check;
  }
  ReplayedProject project = replay_project(request.directory, request.start);
  check.replayed = true;
  check.platform = project.platform;
  check.diagnostics = project.diagnostics;
  for (const ReplayedMigration& migration : project.replay.migrations) {
    check.diagnostics.insert(check.diagnostics.end(), migration.diagnostics.begin(),
                             migration.diagnostics.end());
  }
  check.diagnostics.insert(check.diagnostics.end(), dump.diagnostics.begin(),
                           dump.diagnostics.end());
  check.stale = visible_in_dump(diff_catalogs(project.replay.result, dump.catalog, DiffOptions{}),
                                project.replay.result, dump.catalog, check.unseen);
  return check;
}

}  // namespace pgdrift
