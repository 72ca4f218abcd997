#pragma once

#include <optional>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// The value of a condition that asks the system catalogs whether objects exist, as a DO
// block's IF asks it before it creates one: [NOT] EXISTS (SELECT ... FROM pg_type t JOIN
// pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = 'x' AND n.nspname = 's'),
// combined with AND, OR and NOT. The catalogs read are those the catalog being built
// answers for (pg_namespace, pg_class, pg_type, pg_enum, pg_proc, pg_constraint,
// pg_trigger, pg_extension, pg_policy, pg_policies, pg_tables, pg_views, pg_indexes,
// pg_sequences, pg_publication_tables, information_schema tables, columns and schemata),
// filtered by equalities with literals and joined by equal columns. Nothing when the
// condition asks anything else (data, other catalogs, other operators).
std::optional<bool> evaluate_catalog_condition(const Context& context, const ast::Node& condition);

}  // namespace pgdrift
