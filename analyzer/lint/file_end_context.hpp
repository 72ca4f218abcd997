#pragma once

#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/interpret/context.hpp"
#include "analyzer/lint/finding.hpp"
#include "analyzer/lint/lint_rule.hpp"
#include "analyzer/model/catalog.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// A finding a rule made at the end of a file, with the index of the statement it is located at
// (the ignore comments before that statement apply to it).
using StatementFinding = std::pair<std::size_t, Finding>;

// One migration file once all its statements are applied, as a rule sees it: the catalog
// before the file and after it, the session the file ended in (for name resolution) and the
// file's statements. A rule reports each finding at one of those statements.
class FileEndContext {
 public:
  // `routines_before`: the routines as they were before the file (the catalog before it may
  // leave them out when the file cannot change them). `later`: the catalog once every migration
  // of the directory the file belongs to has run (null when the file is the last).
  FileEndContext(const ParsedScript& script, const Catalog& before,
                 const std::map<std::string, Routine>& routines_before, const Context& session,
                 const Catalog* later, std::vector<StatementFinding>& findings);

  const Catalog& before() const { return before_; }
  const std::map<std::string, Routine>& routines_before() const { return routines_before_; }
  const Catalog& after() const { return session_.catalog; }
  const Context& session() const { return session_; }
  const Catalog* later() const { return later_; }
  std::span<const ParsedStatement> statements() const { return script_.statements; }

  void set_rule(const LintRule& rule) { rule_ = &rule; }
  void report(std::size_t statement, std::string message, std::string hint = {},
              std::vector<std::string> objects = {}) const;

 private:
  const ParsedScript& script_;
  const Catalog& before_;
  const std::map<std::string, Routine>& routines_before_;
  const Context& session_;
  const Catalog* later_;
  std::vector<StatementFinding>& findings_;
  const LintRule* rule_ = nullptr;
};

}  // namespace pgdrift
