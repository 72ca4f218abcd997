#include "analyzer/migrations/platform_defaults.hpp"

#include <algorithm>
#include <memory>

#include "analyzer/interpret/interpreter.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift {
namespace {

constexpr const char* kSupabaseDefaults = R"sql(
GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
)sql";

bool is_supabase_project(const std::vector<MigrationFile>& files) {
  return !files.empty() && std::all_of(files.begin(), files.end(), [](const MigrationFile& f) { return f.scheme == "supabase"; });
}

}  // namespace

Catalog migration_start_catalog(const std::vector<MigrationFile>& files) {
  Catalog catalog;
  if (!is_supabase_project(files)) return catalog;
  Diagnostics diagnostics;
  auto script = std::make_shared<ParsedScript>(read_script_text("<Supabase defaults>", kSupabaseDefaults));
  Interpreter(catalog, diagnostics, /*strict=*/true).apply(std::move(script));
  return catalog;
}

}  // namespace pgdrift
