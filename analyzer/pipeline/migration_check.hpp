#pragma once

#include <string>

#include "analyzer/diff/change.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "analyzer/pipeline/migration_project.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

struct MigrationCheckRequest {
  std::string directory;
  std::string dump;  // the committed schema dump: a path or REV:PATH
  MigrationStartOptions start;
  std::string since;  // a git revision at which the directory's files were merged, or empty
};

// Whether a committed dump is what its migrations produce, and whether the migration files
// are fit to be applied: each names a unique version, none merged at --since was edited,
// removed or has a new file ordered before it.
struct MigrationCheck {
  Diagnostics findings;     // of the files' names and history (version_findings.hpp)
  Diagnostics diagnostics;  // of reading the directory, replaying it and reading the dump
  bool replayed = false;    // false when the findings keep the directory from being replayed
  std::string platform;     // the platform replay started from, or empty
  DiffResult stale;         // the migrations' schema (OLD) -> the dump (NEW): empty when fresh
  // What the migrations do in the platform's schemas a `supabase db dump` leaves out: the dump
  // cannot show it, so it is not compared (dump_coverage.hpp).
  std::vector<Change> unseen;

  bool passes() const;
  bool has_errors() const;  // in the diagnostics: the check could not be made
};

// Replays the migrations (the same replay as `migrations status|replay`), reads the dump and
// compares them. Throws InputError when the directory, the dump or --since cannot be read.
MigrationCheck check_migrations(const MigrationCheckRequest& request);

}  // namespace pgdrift
