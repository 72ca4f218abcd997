#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parser/diagnostic.hpp"

namespace pgdrift {

// One migration file, with the version and name its file name gives it.
struct MigrationFile {
  std::string version;  // "20251113091720", "1.2", "R" for a Flyway repeatable migration
  std::string name;     // "create-staging"
  std::string path;
  std::string scheme;   // supabase, flyway, golang-migrate, dbmate, numbered
  bool dbmate = false;  // only the "-- migrate:up" section applies
};

struct MigrationDirectory {
  std::vector<MigrationFile> files;
  Diagnostics diagnostics;  // a warning for each file left out, as its tool leaves it out
};

// A directory's migration files as their names give them, before anything is judged: the
// files that name a version (ordered as their tool applies them), the files that name none,
// and the files whose version another file names too.
struct MigrationNames {
  std::string root;  // the directory the files are in (a Supabase project's supabase/migrations)
  std::vector<MigrationFile> files;
  std::vector<std::string> unnamed;  // paths
  std::vector<std::pair<MigrationFile, std::string>> duplicates;  // a file, and the earlier file of its version
  bool supabase = false;  // a Supabase project's folder, or only Supabase-named files
};
MigrationNames read_migration_names(const std::string& directory);

// The version and name a migration file's name gives it, or nothing when it fits no scheme.
std::optional<MigrationFile> migration_file_named(const std::string& path);

// The migration files of a directory (a Supabase project root works too: its
// supabase/migrations is used), ordered as their tool applies them. In a Supabase directory
// a file whose name is not <digits>_<name>.sql is left out with a warning, as the Supabase
// CLI skips it; elsewhere a file whose name fits no scheme, or two files with the same
// version, is an InputError naming the file.
MigrationDirectory read_migration_directory(const std::string& directory);

// Orders versions as the tools do: numerically, component by component ("1.10" after "1.9").
bool version_less(const std::string& a, const std::string& b);

}  // namespace pgdrift
