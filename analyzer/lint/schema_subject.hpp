#pragma once

#include <map>
#include <string>
#include <vector>

#include "analyzer/lint/finding.hpp"
#include "analyzer/lint/lint_rule.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// What schema rules need to know beyond the catalog.
struct SchemaLintOptions {
  // The schemas the API serves (PostgREST's db-schemas): what anon and authenticated reach.
  std::vector<std::string> exposed_schemas{"public"};
  // Whether the roles anon and authenticated exist (a Supabase project): rules about what
  // they may read or run are silent elsewhere.
  bool api_roles = false;
};

// The kinds of object a schema rule looks at, one at a time.
enum class SubjectKind { relation, routine, extension };

// One object: a table, view or materialized view (relation, schema.name), the routines of
// one name (routine, schema.name: every overload), or an extension (extension, "".name).
struct SubjectName {
  SubjectKind kind = SubjectKind::relation;
  QualifiedName name;
  auto operator<=>(const SubjectName&) const = default;
};

// What a schema rule says about one subject. `key` tells findings of one rule on one
// subject apart without the subject's own name (a constraint's name, a policy's name, a
// routine's arguments), so that a finding survives the subject's rename.
struct SchemaFinding {
  SubjectName subject;
  Finding finding;
  std::string key;
};

// The indexes of each table, by the table's name: built once for a pass over many subjects.
using IndexesByTable = std::multimap<QualifiedName, const Index*>;
IndexesByTable indexes_by_table(const Catalog& catalog);

// One subject as a schema rule sees it, and where its findings go.
class SchemaSubject {
 public:
  SchemaSubject(const Catalog& catalog, const SubjectName& subject,
                const SchemaLintOptions& options, const IndexesByTable* indexes,
                std::vector<SchemaFinding>& findings);

  const Catalog& catalog() const { return catalog_; }
  const SchemaLintOptions& options() const { return options_; }
  const QualifiedName& name() const { return subject_.name; }

  // The object itself, when the subject is of that kind and exists (null or empty otherwise).
  const Table* table() const;
  const View* view() const;
  const Extension* extension() const;
  std::vector<const Routine*> routines() const;  // the user's overloads of the name
  // The policies on the table, and the indexes on the table or materialized view.
  std::vector<const Policy*> policies() const;
  std::vector<const Index*> indexes() const;

  // Whether the subject's schema is one the API serves.
  bool exposed() const;

  void set_rule(const LintRule& rule) { rule_ = &rule; }
  // A finding about the subject, located where `meta` says the object was defined.
  void report(const ObjectMeta& meta, std::string key, std::string message, std::string hint,
              std::vector<std::string> objects) const;

 private:
  const Catalog& catalog_;
  SubjectName subject_;
  const SchemaLintOptions& options_;
  const IndexesByTable* indexes_;
  std::vector<SchemaFinding>& findings_;
  const LintRule* rule_ = nullptr;
};

}  // namespace pgdrift
