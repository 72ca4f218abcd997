#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "parser/ast.hpp"

namespace pgdrift {

// Finds the schema of a type written without one (search_path resolution), or nothing
// when the name is not a type the catalog knows.
using TypeSchemaLookup = std::function<std::optional<std::string>(std::string_view name)>;

// A TypeName node in PostgreSQL's canonical spelling, as format_type() prints it:
// int4, int and integer are "integer"; varchar(10) is "character varying(10)";
// user types are schema-qualified; arrays end in "[]".
std::string canonical_type(const ast::Node& type_name, const TypeSchemaLookup& lookup);

// The same without type modifiers, the form that identifies a function argument.
std::string canonical_type_without_modifiers(const ast::Node& type_name,
                                             const TypeSchemaLookup& lookup);

// "integer" for serial, "bigint" for bigserial, "smallint" for smallserial; else nothing.
std::optional<std::string> serial_base_type(const ast::Node& type_name);

// A COLLATE clause's collation as PostgreSQL resolves it: pg_catalog."C" and "C" are "C".
std::string canonical_collation(const ast::Node& collate_clause);

// Whether a type name (unqualified) is one of PostgreSQL's built-in pg_catalog types.
bool is_builtin_type(std::string_view name);

}  // namespace pgdrift
