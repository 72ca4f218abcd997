#pragma once

#include <string>
#include <vector>

namespace pgdrift {

// One migration file, with the version and name its file name gives it.
struct MigrationFile {
  std::string version;  // "20251113091720", "1.2", "R" for a Flyway repeatable migration
  std::string name;     // "create-staging"
  std::string path;
  std::string scheme;   // supabase, flyway, golang-migrate, dbmate, numbered
  bool dbmate = false;  // only the "-- migrate:up" section applies
};

// The migration files of a directory (a Supabase project root works too: its
// supabase/migrations is used), ordered as their tool applies them. A file whose name fits
// no scheme, or two files with the same version, is an InputError naming the file.
std::vector<MigrationFile> read_migration_directory(const std::string& directory);

// Orders versions as the tools do: numerically, component by component ("1.10" after "1.9").
bool version_less(const std::string& a, const std::string& b);

}  // namespace pgdrift
