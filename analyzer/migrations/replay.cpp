#include "analyzer/migrations/replay.hpp"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "analyzer/diff/differ.hpp"
#include "analyzer/interpret/interpreter.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift {
namespace {

// dbmate files hold both directions; only what follows "-- migrate:up" (up to
// "-- migrate:down") is applied. The lines before are blanked, so positions stay right.
std::string dbmate_up_section(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  enum { before, up, down } section = before;
  while (std::getline(in, line)) {
    if (line.starts_with("-- migrate:up")) section = up;
    else if (line.starts_with("-- migrate:down")) section = down;
    out += (section == up ? line : std::string()) + "\n";
  }
  return out;
}

std::shared_ptr<ParsedScript> read_migration(const MigrationFile& file) {
  // `supabase migration new` leaves an empty file; a dump that is empty is refused, but an
  // empty migration is one that changes nothing.
  if (std::filesystem::is_regular_file(file.path) && std::filesystem::file_size(file.path) == 0) {
    auto empty = std::make_shared<ParsedScript>();
    empty->file = FileName(file.path);
    return empty;
  }
  if (!file.dbmate) return std::make_shared<ParsedScript>(read_script(file.path));
  std::ifstream in(file.path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::make_shared<ParsedScript>(read_script_text(file.path, dbmate_up_section(text.str())));
}

bool is_uncertain(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.message.starts_with("DO block") || d.message.find("not modeled") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

Replay replay_migrations(const std::vector<MigrationFile>& files, Catalog start, const ReplaySession& session,
                         const std::optional<std::string>& until) {
  Replay replay;
  replay.result = std::move(start);
  for (const MigrationFile& file : files) {
    ReplayedMigration step;
    step.file = file;
    Catalog before = replay.result;
    auto script = read_migration(file);
    step.diagnostics = script->diagnostics;
    if (script->statements.empty()) {
      step.diagnostics.push_back({Severity::note, {script->file, 0, 0}, "the migration has no statements: it changes nothing"});
    }
    Interpreter interpreter(replay.result, step.diagnostics, /*strict=*/true, session.known);
    interpreter.set_search_path(session.search_path);
    interpreter.apply(script);
    step.effects = diff_catalogs(before, replay.result, {}).changes;
    step.unfollowed.assign(replay.result.unfollowed.begin() + before.unfollowed.size(), replay.result.unfollowed.end());
    step.uncertain = is_uncertain(step.diagnostics);
    step.after = std::make_shared<const Catalog>(replay.result);
    step.script = script;
    replay.migrations.push_back(std::move(step));
    if (until && file.version == *until) break;
  }
  return replay;
}

}  // namespace pgdrift
