#pragma once

#include <map>
#include <optional>
#include <string>

namespace pgdrift {

// Reads "REV:PATH" from the git repository that contains the current directory.
// Returns nothing when the spec does not name a blob there (so the caller can say
// "no such file"); throws InputError when the repository is unreadable.
std::optional<std::string> read_git_blob(const std::string& spec);

// Whether `revision` names a commit (or anything git rev-parse resolves) in that repository.
bool git_revision_exists(const std::string& revision);

// `path` (relative to the current directory) as git names it in a revision: relative to the
// root of the work tree of the repository that contains the current directory, with '/'.
// Nothing when the current directory is in no repository or the path lies outside its work tree.
std::optional<std::string> git_path_of(const std::string& path);

// The files directly in `directory` (a path as git_path_of gives it) at `revision`: file name
// -> content. Empty when the revision has no such directory; nothing when the revision does
// not resolve in the repository of the current directory.
std::optional<std::map<std::string, std::string>> read_git_directory(const std::string& revision,
                                                                     const std::string& directory);

}  // namespace pgdrift
