#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// The object a CREATE statement names, read from its text alone: for a statement the
// grammar rejects (a PostgreSQL 18 VIRTUAL column), the object it would have made is still
// known by name, so that what later statements say about it is not an error of its own.
struct CreatedObjectName {
  std::string kind;                // table, foreign_table, view, materialized_view, function, procedure,
                                   // aggregate, index, sequence, type, domain, schema, trigger, policy
  std::vector<std::string> name;   // its parts as PostgreSQL reads them (unquoted ones folded)
  std::vector<std::string> table;  // for an index, trigger or policy: the table it is ON
};

// Nothing when the text is not a CREATE of one of those kinds, or names nothing readable
// (CREATE INDEX ON t ...: a generated name).
std::optional<CreatedObjectName> created_object_name(std::string_view statement_text);

}  // namespace pgdrift
