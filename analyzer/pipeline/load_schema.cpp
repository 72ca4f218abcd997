#include "analyzer/pipeline/load_schema.hpp"

#include <algorithm>
#include <future>
#include <tuple>

#include "analyzer/interpret/interpreter.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift {

bool LoadedSchema::has_errors() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

LoadedSchema load_schema(const std::string& input) {
  auto script = std::make_shared<ParsedScript>(read_script(input));
  LoadedSchema loaded;
  loaded.input = input;
  loaded.statement_count = static_cast<int>(script->statements.size());
  loaded.diagnostics = script->diagnostics;
  loaded.catalog = build_catalog(std::move(script), loaded.diagnostics);
  std::stable_sort(loaded.diagnostics.begin(), loaded.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  return loaded;
}

void read_ledger_into(LoadedSchema& schema, const std::string& ledger_input) {
  auto script = std::make_shared<ParsedScript>(read_script(ledger_input));
  schema.diagnostics.insert(schema.diagnostics.end(), script->diagnostics.begin(), script->diagnostics.end());
  Interpreter(schema.catalog, schema.diagnostics).apply(std::move(script));
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
