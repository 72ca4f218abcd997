#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "analyzer/lint/finding.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

class SchemaSubject;
class StatementContext;
class FileEndContext;

// One lint rule: its id (as squawk names it, where squawk has it), its default level, and
// the check run on each statement of a migration, with the schema as it stands just before
// that statement. Each rule lives in analyzer/lint/rules/<id with _ for ->.cpp and defines
// `LintRule lint_rule_<that name>()`; the build lists them (see analyzer/CMakeLists.txt).
struct LintRule {
  std::string_view id;
  LintLevel level = LintLevel::warning;
  std::string_view summary;  // one line, for --help and the docs index
  void (*check)(const StatementContext& statement) = nullptr;  // null: the rule only looks after
  // Run once the statement is applied, with what the interpreter said about it (null: none).
  void (*after)(const StatementContext& statement, std::span<const Diagnostic> said) = nullptr;
  // A schema rule (named as Supabase's splinter names it) looks at one object of a catalog
  // at a time: a table or view, the routines of one name, an extension (see schema_subject.hpp).
  // It runs on a --schema dump by itself, and on the objects each migration statement touches,
  // before and after it: what the statement adds is reported at the statement.
  void (*examine)(const SchemaSubject& subject) = nullptr;
  // Run once the whole file is applied, with the catalog before and after it (null: none):
  // for what only the migration's end state says.
  void (*at_file_end)(const FileEndContext& file) = nullptr;
};

// Every rule, ordered by id.
const std::vector<LintRule>& lint_rules();
const LintRule* find_lint_rule(std::string_view id);

}  // namespace pgdrift
