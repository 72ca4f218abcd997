#pragma once

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// PostgreSQL binds views, defaults, constraints, indexes, triggers and policies to the
// relations they name by OID, so these follow a relation that is renamed or moved to another
// schema: pg_dump then prints the new name. The catalog's trees name relations by text; this
// rewrites them to the new name (FROM clauses, the columns qualified by an unaliased
// relation's name, 's'::regclass literals and nextval('s') arguments).
void follow_relation_references(Catalog& catalog, const QualifiedName& from,
                                const QualifiedName& to);

}  // namespace pgdrift
