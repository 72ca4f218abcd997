#include "analyzer/pipeline/migration_project.hpp"

#include <algorithm>
#include <filesystem>

#include "analyzer/pipeline/load_schema.hpp"
#include "analyzer/platform/platform_ground.hpp"

namespace fs = std::filesystem;

namespace pgdrift {
namespace {

bool all_supabase_named(const std::vector<MigrationFile>& files) {
  return !files.empty() && std::all_of(files.begin(), files.end(), [](const MigrationFile& f) { return f.scheme == "supabase"; });
}

// The platform's ground, as the catalog migrations start from.
Catalog ground_catalog(const KnownGround& known) {
  std::shared_ptr<const Catalog> ground = known.platform();
  Catalog start = *ground;
  start.grounds = {ground};
  return start;
}

}  // namespace

bool is_supabase_directory(const std::string& directory, const std::vector<MigrationFile>& files) {
  fs::path path = fs::weakly_canonical(fs::path(directory));
  if (fs::exists(path / "supabase" / "config.toml") || fs::is_directory(path / "supabase" / "migrations")) return true;
  if (path.filename() == "migrations" && (path.parent_path().filename() == "supabase" || fs::exists(path.parent_path() / "config.toml"))) {
    return true;
  }
  return all_supabase_named(files);
}

ReplayedProject replay_project(const std::string& directory, const MigrationStartOptions& options,
                               const std::optional<std::string>& until) {
  ReplayedProject project;
  MigrationDirectory read = read_migration_directory(directory);
  project.files = std::move(read.files);
  project.diagnostics = std::move(read.diagnostics);
  const KnownGround* supabase = known_ground("supabase");
  ReplaySession session;
  if (options.platform != "none") session.known = supabase;
  if (!options.base.empty()) {
    LoadedSchema base = load_schema(options.base);
    project.diagnostics.insert(project.diagnostics.end(), base.diagnostics.begin(), base.diagnostics.end());
    project.start = std::move(base.catalog);
  } else if (options.platform == "supabase" || (options.platform == "auto" && is_supabase_directory(directory, project.files))) {
    project.platform = "supabase";
    project.start = ground_catalog(*supabase);
    session.search_path = supabase->search_path();
    for (const std::string& schema : session.search_path) {
      if (schema != "public") project.start.search_path_schemas.push_back(schema);
    }
  }
  project.search_path = session.search_path;
  project.session = session;
  project.replay = replay_migrations(project.files, project.start, session, until);
  return project;
}

}  // namespace pgdrift
