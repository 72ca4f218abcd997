#include "analyzer/pipeline/load_schema.hpp"

#include <algorithm>
#include <future>
#include <tuple>

#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/platform/platform_ground.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift {

bool LoadedSchema::has_errors() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

namespace {

// Interprets each block of statements as soon as it is parsed, so that a dump's parse trees
// are never all in memory: the catalog copies the few it keeps. Diagnostics come in the
// order of the input, those of reading first on a line.
int interpret_input(const std::string& input, Catalog& catalog, Diagnostics& diagnostics) {
  Diagnostics interpreted;
  // A dump of a platform's project (`supabase db dump`) names the platform's objects
  // without containing them: they resolve to the platform's known ground.
  Interpreter interpreter(catalog, interpreted, /*strict=*/false, known_ground("supabase"));
  int statements = 0;
  auto script = std::make_shared<ParsedScript>(read_script(input, [&](std::span<const ParsedStatement> block) {
    statements += static_cast<int>(block.size());
    interpreter.apply(block);
  }));
  Diagnostics read = script->diagnostics;
  interpreter.keep_source(std::move(script));
  read.insert(read.end(), interpreted.begin(), interpreted.end());
  std::stable_sort(read.begin(), read.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  diagnostics.insert(diagnostics.end(), read.begin(), read.end());
  return statements;
}

}  // namespace

LoadedSchema load_schema(const std::string& input) {
  LoadedSchema loaded;
  loaded.input = input;
  loaded.statement_count = interpret_input(input, loaded.catalog, loaded.diagnostics);
  return loaded;
}

LoadedSchema empty_schema(const std::string& input) {
  LoadedSchema empty;
  empty.input = input;
  return empty;
}

void read_ledger_into(LoadedSchema& schema, const std::string& ledger_input) {
  interpret_input(ledger_input, schema.catalog, schema.diagnostics);
}

Diagnostics both_inputs(const LoadedSchema& old_schema, const LoadedSchema& new_schema) {
  Diagnostics both = old_schema.diagnostics;
  both.insert(both.end(), new_schema.diagnostics.begin(), new_schema.diagnostics.end());
  return both;
}

std::pair<LoadedSchema, LoadedSchema> load_schemas(const std::string& old_input, const std::string& new_input) {
  if (old_input == "-" && new_input == "-") {
    return {load_schema(old_input), load_schema(new_input)};
  }
  auto new_schema = std::async(std::launch::async, [&] { return load_schema(new_input); });
  LoadedSchema old_schema = load_schema(old_input);
  return {std::move(old_schema), new_schema.get()};
}

}  // namespace pgdrift
