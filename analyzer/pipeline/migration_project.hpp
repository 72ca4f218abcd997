#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyzer/migrations/migration_directory.hpp"
#include "analyzer/migrations/replay.hpp"
#include "analyzer/model/known_ground.hpp"

namespace pgdrift {

// Where a migration directory's replay starts.
struct MigrationStartOptions {
  // "supabase", "none", or "auto": Supabase when the directory is a Supabase project's
  // (supabase/migrations, a supabase/config.toml, or only Supabase-named files).
  std::string platform = "auto";
  std::string base;  // a dump to start from instead of a platform's ground
};

// A migration directory replayed: its files, the catalog before the first migration (the
// platform's ground, the --base dump, or nothing), and the replay.
struct ReplayedProject {
  std::vector<MigrationFile> files;
  Diagnostics diagnostics;  // of reading the directory (files its tool leaves out) and the --base dump
  std::string platform;  // the platform replay started from ("supabase"), or empty
  std::vector<std::string> search_path;  // each migration's session's
  ReplaySession session;                 // how each migration's session starts
  Catalog start;
  Replay replay;
};

// Reads, starts and replays a migration directory: what `migrations status|replay` and
// `diff --migrations` share. Without a platform, references to a known platform's objects
// still resolve to them (a Supabase project's files in a folder of their own).
ReplayedProject replay_project(const std::string& directory, const MigrationStartOptions& options,
                               const std::optional<std::string>& until = std::nullopt);

// Whether the directory is a Supabase project's migrations.
bool is_supabase_directory(const std::string& directory, const std::vector<MigrationFile>& files);

}  // namespace pgdrift
