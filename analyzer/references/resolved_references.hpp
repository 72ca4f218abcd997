#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/model/catalog.hpp"
#include "analyzer/references/tree_references.hpp"

namespace pgdrift {

// A relation and one of its columns (a table's column or a view's output column).
using ColumnReference = std::pair<QualifiedName, std::string>;

// What one object's trees use, found in its own catalog: the relations it reads or writes, the
// columns of those relations (each column reference resolved through the query's FROM items,
// aliases and subquery scopes), and the routines and types it names.
struct ResolvedReferences {
  std::set<QualifiedName> relations;
  std::set<ColumnReference> columns;
  std::set<std::string> routines;  // routine ids of the catalog's routines of the called names
  std::set<QualifiedName> types;   // user types of the catalog
};

// Names that a tree sees without a FROM item: a policy's or CHECK's own table (its columns
// unqualified), a trigger's NEW and OLD rows.
struct ImplicitScope {
  std::vector<std::pair<std::string, QualifiedName>> named;  // ("new", table), ...
  std::vector<QualifiedName> unqualified;  // tables whose columns are seen unqualified
};

// Where a tree looks up unqualified relation and function names.
struct NameLookup {
  explicit NameLookup(const Catalog& catalog) : catalog(catalog) {}

  const Catalog& catalog;
  std::vector<std::string> search_path = {"public"};

  std::optional<QualifiedName> relation(const QualifiedName& written) const;
  std::vector<std::string> routines(const QualifiedName& written) const;
  std::optional<QualifiedName> type(const QualifiedName& written) const;
  bool has_column(const QualifiedName& relation, const std::string& column) const;

 private:
  // Views' output names, found once per view (copies of a lookup share them).
  std::shared_ptr<std::map<QualifiedName, std::set<std::string>>> view_columns_ =
      std::make_shared<std::map<QualifiedName, std::set<std::string>>>();
};

// Adds what `tree` uses to `out`. A column is attributed to the relation its qualifier (table
// name or alias) names, and an unqualified column to the relations of the innermost scope that
// have a column of that name. What the catalog does not hold (CTEs, subqueries, PL/pgSQL
// variables, built-in functions) is left out.
void resolve_references(const ast::Node& tree, const NameLookup& lookup,
                        const ImplicitScope& implicit, ResolvedReferences& out);

// A view's output column names, as PostgreSQL gives them.
std::vector<std::string> view_output_names(const View& view);

}  // namespace pgdrift
