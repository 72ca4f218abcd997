#include "analyzer/pipeline/revision_base.hpp"

#include <fmt/format.h>

#include "parser/git_blob_reader.hpp"

namespace pgdrift {
namespace {

[[noreturn]] void fail(const std::string& where, const std::string& message) {
  throw InputError(Diagnostic{Severity::error, {FileName(where), 0, 0}, message});
}

}  // namespace

std::pair<LoadedSchema, LoadedSchema> load_against_revision(const std::string& revision,
                                                            const std::string& path) {
  if (!git_revision_exists(revision)) {
    fail("--git-base", fmt::format("no such git revision here: {}", revision));
  }
  std::optional<std::string> in_repository = git_path_of(path);
  if (!in_repository || in_repository->empty()) {
    fail(path,
         "not a file in the work tree of the git repository here (--git-base reads it there)");
  }
  std::string base = revision + ":" + *in_repository;
  if (read_git_blob(base)) return load_schemas(base, path);
  LoadedSchema old_schema = empty_schema(base);
  old_schema.diagnostics.push_back(
      {Severity::note,
       {FileName(path), 0, 0},
       fmt::format("not in {}: compared with an empty schema", revision)});
  return {std::move(old_schema), load_schema(path)};
}

}  // namespace pgdrift
