#pragma once

#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "analyzer/interpret/context.hpp"
#include "analyzer/lint/touched_subjects.hpp"

namespace pgdrift {

// The schema-rule findings one migration statement adds: what the rules say of the objects
// it touches after it, less what they said before it. Only those objects are examined (the
// whole catalog only around a statement whose reach is unknown, a DO block), so a migration
// of many statements costs about as much as reading it.
class SchemaChanges {
 public:
  // Examines what the statement touches, in the session's catalog just before it.
  SchemaChanges(const ast::Node& statement, const Context& session,
                const SchemaLintOptions& options);

  // Once the statement is applied to `after`: the findings it added, located at `where`.
  std::vector<SchemaFinding> added(const Catalog& after, const SourceLocation& where) const;

  // The objects the statement touched (nullopt: unknown).
  const std::optional<std::vector<SubjectChange>>& changes() const { return changes_; }

 private:
  using Key = std::tuple<SubjectName, std::string, std::string>;  // subject after, rule, key

  std::vector<SubjectName> subjects_after(const Catalog& after) const;

  std::optional<std::vector<SubjectChange>> changes_;
  const SchemaLintOptions& options_;
  std::set<Key> before_;
};

// The schema-rule findings the statements of one migration file added, kept while the rest of
// the file runs: a finding the file itself removes later (a table created, then given row level
// security and policies a few lines down) is not the migration's, and neither is one the schema
// had before the file (a view the file drops and creates again as it was).
class AddedSchemaFindings {
 public:
  void add(SchemaFinding found) { pending_.push_back(std::move(found)); }
  // Follows the renames of a later statement of the file.
  void follow(const SchemaChanges& statement);
  // The findings true of the catalog at the end of the file and not at its start.
  std::vector<Finding> added_by_file(const Catalog& start, const Catalog& end,
                                     const SchemaLintOptions& options) const;

 private:
  std::vector<SchemaFinding> pending_;
};

}  // namespace pgdrift
