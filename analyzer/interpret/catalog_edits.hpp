#pragma once

#include <string>
#include <string_view>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

class DependentsIndex;

// Changes to a catalog that touch more than one object, as DROP and RENAME do in PostgreSQL:
// what belongs to an object goes with it; with CASCADE, what depends on it goes too
// (views are found to depend on a relation when their query names it).

void remove_table(Catalog& catalog, const QualifiedName& name, bool cascade);
void remove_view(Catalog& catalog, const QualifiedName& name, bool cascade);
void remove_schema(Catalog& catalog, const std::string& name);
// ALTER TABLE ... DROP COLUMN ... CASCADE: the views that read the column go (a view that
// names the table and the column's name, or selects *, is taken to read it).
void remove_views_reading_column(Catalog& catalog, const QualifiedName& table, const std::string& column);

// Renames keep every reference the catalog holds by name in step (indexes, triggers,
// policies, sequences' OWNED BY, foreign keys, partitions, publications, and the names in
// expressions and queries: see relation_references.hpp and column_references.hpp).
// A relation renamed, or moved to another schema (ALTER ... SET SCHEMA).
void rename_relation(Catalog& catalog, const QualifiedName& from, const QualifiedName& to);
// `dependents`: where to find what reads the column (see Context::dependents), or null.
void rename_column(Catalog& catalog, const QualifiedName& table, const std::string& from, const std::string& to,
                   DependentsIndex* dependents = nullptr);

// Whether a name as written (schema empty when unqualified) means the relation: an
// unqualified name is taken to mean it, as the default search path would resolve it.
bool names_relation(std::string_view schema, std::string_view name, const QualifiedName& relation);

// Whether a query names a relation in a FROM clause (schema-qualified or not).
bool query_references(const ast::Node& query, const QualifiedName& relation);

}  // namespace pgdrift
