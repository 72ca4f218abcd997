#pragma once

#include <set>
#include <string>
#include <vector>

#include "analyzer/interpret/context.hpp"
#include "analyzer/lint/finding.hpp"
#include "analyzer/lint/lint_rule.hpp"
#include "analyzer/model/catalog.hpp"
#include "analyzer/references/dependents_index.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// What the statements of one migration file before the current one did, as far as rules
// care: the tables they created (locking a table nobody else sees yet is harmless) and the
// transaction the statement runs in.
struct FileState {
  std::set<QualifiedName> created_tables;
  // The names of the functions the statements after the current one create or replace: a
  // body that reads an old name is fixed by the migration itself.
  std::multiset<std::string> routines_defined_later;
  // Constraints added NOT VALID earlier in the file, by id (public.t.name): validating one in
  // the same transaction scans under the ADD's ACCESS EXCLUSIVE lock, still held.
  std::set<std::string> added_not_valid;
  bool wrapped_in_transaction = false;  // the tool runs the whole file in one transaction
  int open_transactions = 0;            // BEGIN without its COMMIT yet, in the file itself

  bool in_transaction() const { return wrapped_in_transaction || open_transactions > 0; }
};

// One statement of a migration as a rule sees it: its tree, the catalog just before it, the
// session it runs in (for name resolution) and its file's state. A rule reports findings
// through it; each is located at the statement's first token.
class StatementContext {
 public:
  StatementContext(const ParsedStatement& statement, const Context& session, const FileState& file,
                   DependentsIndex& dependents, std::vector<Finding>& findings);

  const ast::Node& tree() const { return *statement_.tree; }
  const ParsedStatement& statement() const { return statement_; }
  const Catalog& catalog() const { return session_.catalog; }
  const FileState& file() const { return file_; }
  // What uses which table in the catalog just before the statement (see dependents.hpp).
  DependentsIndex& dependents() const { return dependents_; }

  // A RangeVar resolved as PostgreSQL would at this point (search_path, platform objects).
  QualifiedName relation(const ast::Node& range_var) const;
  // A relation named by a list of String nodes (DROP TABLE s.t, DROP INDEX i).
  QualifiedName relation_from_list(std::span<const ast::Node> names) const;
  const Table* table(const ast::Node& range_var) const;
  // Whether the table was created earlier in this file (by this migration).
  bool created_in_file(const QualifiedName& table) const {
    return file_.created_tables.contains(table);
  }
  // Whether a statement later in this file creates or replaces a routine of this name.
  bool routine_replaced_later(const std::string& name) const {
    return file_.routines_defined_later.contains(name);
  }
  // A TypeName in its canonical spelling ("integer", "character varying(10)").
  std::string type(const ast::Node& type_name) const;

  void set_rule(const LintRule& rule) { rule_ = &rule; }
  void report(std::string message, std::string hint = {},
              std::vector<std::string> objects = {}) const;

 private:
  const ParsedStatement& statement_;
  const Context& session_;
  const FileState& file_;
  DependentsIndex& dependents_;
  std::vector<Finding>& findings_;
  const LintRule* rule_ = nullptr;
};

}  // namespace pgdrift
