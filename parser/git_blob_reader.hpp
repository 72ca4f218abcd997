#pragma once

#include <optional>
#include <string>

namespace pgdrift {

// Reads "REV:PATH" from the git repository that contains the current directory.
// Returns nothing when the spec does not name a blob there (so the caller can say
// "no such file"); throws InputError when the repository is unreadable.
std::optional<std::string> read_git_blob(const std::string& spec);

// Whether `revision` names a commit (or anything git rev-parse resolves) in that repository.
bool git_revision_exists(const std::string& revision);

}  // namespace pgdrift
