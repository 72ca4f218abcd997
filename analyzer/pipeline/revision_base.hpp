#pragma once

#include <string>
#include <utility>

#include "analyzer/pipeline/load_schema.hpp"

namespace pgdrift {

// A path and the same path at a git revision of the repository of the current directory,
// read as OLD (the revision's, named "REV:PATH" as git names it) and NEW (the file now). A
// path the revision does not have yet is compared with an empty schema, as git shows a file
// it adds. Throws InputError when the revision does not resolve or the path is outside the
// repository's work tree.
std::pair<LoadedSchema, LoadedSchema> load_against_revision(const std::string& revision,
                                                            const std::string& path);

}  // namespace pgdrift
