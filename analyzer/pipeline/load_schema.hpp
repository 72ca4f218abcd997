#pragma once

#include <string>
#include <utility>

#include "analyzer/model/catalog.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

// A dump read, parsed and interpreted: the catalog and everything said along the way.
struct LoadedSchema {
  std::string input;
  Catalog catalog;
  Diagnostics diagnostics;
  int statement_count = 0;

  bool has_errors() const;
};

// Reads one input (path, "-" or "REV:PATH"); throws InputError when it cannot be read.
LoadedSchema load_schema(const std::string& input);

// The schema of an input that is not there on one side of a comparison (a file git adds or
// deletes, a path a revision does not have yet): nothing, read from nothing.
LoadedSchema empty_schema(const std::string& input);

// Reads a second input into an already loaded schema, after its own statements: for a
// migration history table's rows kept apart from the schema (`pg_dump --data-only
// --table=supabase_migrations.schema_migrations`), which recorded_migrations() then finds.
void read_ledger_into(LoadedSchema& schema, const std::string& ledger_input);

// The diagnostics of two inputs, OLD's first.
Diagnostics both_inputs(const LoadedSchema& old_schema, const LoadedSchema& new_schema);

// Reads two inputs in parallel (they share nothing until they are compared).
std::pair<LoadedSchema, LoadedSchema> load_schemas(const std::string& old_input, const std::string& new_input);

}  // namespace pgdrift
