#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analyzer/lint/finding.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

struct LintRequest {
  std::vector<std::string> inputs;  // migration files, or directories of them
  std::string schema;               // --schema DUMP: the schema the first migration runs on
  std::string migrations;           // --migrations DIR: older migrations give the context
  // "supabase", "none", or "auto": Supabase when the migrations' directory is a Supabase
  // project's. Supabase runs each file in a transaction and starts from its known ground.
  std::string platform = "auto";
  // --since REV: lint only the files added or changed since this git revision (of the
  // repository of the current directory); the others still give the context.
  std::string since;
  // The schemas PostgREST exposes (its db-schemas): what the API reaches.
  std::vector<std::string> exposed_schemas{"public"};
  // Rules turned off, and levels that replace a rule's default (.pgdrift.toml [lint.rules]).
  std::set<std::string> disabled_rules;
  std::map<std::string, LintLevel> rule_levels;
  // Whether the tool runs each file in one transaction; unset: as the platform does
  // (Supabase does, none does not). A file that writes its own BEGIN manages its own.
  std::optional<bool> transaction_per_file;
};

struct LintResult {
  std::vector<std::string> files;  // linted, in order
  std::vector<Finding> findings;   // in file order, then statement order
  Diagnostics
      errors;         // input that cannot be linted: unreadable files, statements that do not parse
  Diagnostics notes;  // what the replay of the context and of the files said (warnings, notes)
};

// Lints migration files in version order. Each statement is checked by every rule against
// the catalog as it stands just before it: the --schema dump, or the replay of the
// migrations of --migrations DIR older than the file (a directory given to lint is its own
// context), then the file's earlier statements. Schema rules report what a statement adds
// to the objects it touches. With no input but a --schema dump, the schema rules review the
// dump itself. Throws InputError when an input cannot be read.
LintResult lint_migrations(const LintRequest& request);

}  // namespace pgdrift
