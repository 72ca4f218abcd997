#include "parser/git_blob_reader.hpp"

#include <git2.h>

#include <filesystem>
#include <memory>

namespace pgdrift {
namespace {

struct LibGit2Session {
  LibGit2Session() { git_libgit2_init(); }
  ~LibGit2Session() { git_libgit2_shutdown(); }
};

template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* p) const { Free(p); }
};
using RepositoryPtr = std::unique_ptr<git_repository, Freer<git_repository, git_repository_free>>;
using ObjectPtr = std::unique_ptr<git_object, Freer<git_object, git_object_free>>;

RepositoryPtr open_current_repository() {
  git_repository* raw_repository = nullptr;
  if (git_repository_open_ext(&raw_repository, ".", 0, nullptr) != 0) return nullptr;
  return RepositoryPtr(raw_repository);
}

std::string blob_text(const git_blob* blob) {
  const char* data = static_cast<const char*>(git_blob_rawcontent(blob));
  return std::string(data, static_cast<std::size_t>(git_blob_rawsize(blob)));
}

}  // namespace

std::optional<std::string> read_git_blob(const std::string& spec) {
  LibGit2Session session;
  git_repository* raw_repository = nullptr;
  if (git_repository_open_ext(&raw_repository, ".", 0, nullptr) != 0) return std::nullopt;
  RepositoryPtr repository(raw_repository);

  git_object* raw_object = nullptr;
  if (git_revparse_single(&raw_object, repository.get(), spec.c_str()) != 0) return std::nullopt;
  ObjectPtr object(raw_object);
  if (git_object_type(object.get()) != GIT_OBJECT_BLOB) return std::nullopt;

  return blob_text(reinterpret_cast<git_blob*>(object.get()));
}

bool git_revision_exists(const std::string& revision) {
  LibGit2Session session;
  git_repository* raw_repository = nullptr;
  if (git_repository_open_ext(&raw_repository, ".", 0, nullptr) != 0) return false;
  RepositoryPtr repository(raw_repository);
  git_object* raw_object = nullptr;
  if (git_revparse_single(&raw_object, repository.get(), revision.c_str()) != 0) return false;
  ObjectPtr object(raw_object);
  return true;
}

std::optional<std::string> git_path_of(const std::string& path) {
  namespace fs = std::filesystem;
  LibGit2Session session;
  RepositoryPtr repository = open_current_repository();
  if (!repository || git_repository_is_bare(repository.get())) return std::nullopt;
  fs::path root = fs::weakly_canonical(git_repository_workdir(repository.get()));
  fs::path relative = fs::weakly_canonical(fs::absolute(path)).lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative == "." ? std::string() : relative.generic_string();
}

std::optional<std::map<std::string, std::string>> read_git_directory(const std::string& revision,
                                                                     const std::string& directory) {
  LibGit2Session session;
  RepositoryPtr repository = open_current_repository();
  if (!repository) return std::nullopt;
  git_object* raw_commit = nullptr;
  if (git_revparse_single(&raw_commit, repository.get(), revision.c_str()) != 0) return std::nullopt;
  ObjectPtr commit(raw_commit);
  std::map<std::string, std::string> files;
  git_object* raw_tree = nullptr;
  std::string spec = directory.empty() ? revision + "^{tree}" : revision + ":" + directory;
  if (git_revparse_single(&raw_tree, repository.get(), spec.c_str()) != 0) return files;
  ObjectPtr tree_object(raw_tree);
  if (git_object_type(tree_object.get()) != GIT_OBJECT_TREE) return files;
  auto* tree = reinterpret_cast<git_tree*>(tree_object.get());
  for (std::size_t i = 0; i < git_tree_entrycount(tree); ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(tree, i);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) continue;
    git_object* raw_blob = nullptr;
    if (git_tree_entry_to_object(&raw_blob, repository.get(), entry) != 0) continue;
    ObjectPtr blob(raw_blob);
    files.emplace(git_tree_entry_name(entry), blob_text(reinterpret_cast<git_blob*>(blob.get())));
  }
  return files;
}

}  // namespace pgdrift
