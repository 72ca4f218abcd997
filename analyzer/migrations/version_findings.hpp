#pragma once

#include <map>
#include <string>

#include "analyzer/migrations/migration_directory.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

// What a directory's file names say that makes its tool apply it wrongly or not at all: a
// file that names no version (its tool skips it, or refuses the directory) and two files
// that name the same version. One error per file, at the file.
Diagnostics version_findings(const MigrationNames& names);

// What changed since a revision at which the directory's files were already merged (and so
// may already be applied to a database): a merged file edited or removed (its tool never runs
// it again), and a new file whose version sorts before the newest merged one (a database
// migrated at the revision would apply it out of order, or not at all). `merged` is the
// directory's files at the revision, file name -> content (read_git_directory).
Diagnostics merged_file_findings(const MigrationNames& names,
                                 const std::map<std::string, std::string>& merged,
                                 const std::string& revision);

}  // namespace pgdrift
