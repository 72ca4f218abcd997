#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/migrations/migration_directory.hpp"
#include "analyzer/model/unfollowed_statement.hpp"
#include "analyzer/model/catalog.hpp"

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
};

struct Replay {
  std::vector<ReplayedMigration> migrations;
  Catalog result;
};

// Applies migrations in order onto `start` (an empty catalog, or a dump's), with the same
// statement interpreter that reads dumps; stops after `until` when given.
Replay replay_migrations(const std::vector<MigrationFile>& files, Catalog start,
                         const std::optional<std::string>& until = std::nullopt);

}  // namespace pgdrift
