#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/migrations/migration_directory.hpp"
#include "analyzer/model/unfollowed_statement.hpp"
#include "analyzer/model/catalog.hpp"
#include "analyzer/model/known_ground.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// One migration applied: what it changed in the catalog (its effects, as a diff from the
// catalog before it to the catalog after it) and what the interpreter said about it.
struct ReplayedMigration {
  MigrationFile file;
  std::vector<Change> effects;
  Diagnostics diagnostics;
  bool uncertain = false;  // a DO block or dynamic SQL: effects may be missing
  std::vector<UnfollowedStatement> unfollowed;  // its DO blocks replay could not follow, and the names they mention
  std::shared_ptr<const Catalog> after;  // the catalog once this migration is applied
  std::shared_ptr<const ParsedScript> script;  // its statements as read (what the catalog keeps anyway)
};

struct Replay {
  std::vector<ReplayedMigration> migrations;
  Catalog result;
};

// How each migration's session starts: what the platform provides (objects of the known
// ground are taken in as statements name them) and the platform's search_path.
struct ReplaySession {
  const KnownGround* known = nullptr;
  std::vector<std::string> search_path{"public"};
};

// Applies migrations in order onto `start` (an empty catalog, a platform's ground, or a
// dump's), with the same statement interpreter that reads dumps, each file in a session of
// its own. Stops after `until` when given.
Replay replay_migrations(const std::vector<MigrationFile>& files, Catalog start, const ReplaySession& session = {},
                         const std::optional<std::string>& until = std::nullopt);

}  // namespace pgdrift
