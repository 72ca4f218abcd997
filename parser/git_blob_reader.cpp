#include "parser/git_blob_reader.hpp"

#include <git2.h>

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

  auto* blob = reinterpret_cast<git_blob*>(object.get());
  const char* data = static_cast<const char*>(git_blob_rawcontent(blob));
  return std::string(data, static_cast<std::size_t>(git_blob_rawsize(blob)));
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

}  // namespace pgdrift
