#pragma once

// What the fuzz entry points share: reading the fuzzer's bytes as pgdrift reads a dump.

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/model/catalog.hpp"
#include "parser/diagnostic.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A finding: what the fuzzer checks beyond crashes (sanitizers report those on their own).
inline void require(bool condition) {
  if (!condition) std::abort();
}

// The input read as a dump (one parser thread), or null when the reader refuses it whole
// (binary data, an unterminated quote...): that refusal is an ordinary outcome.
inline std::shared_ptr<const ParsedScript> read(std::string name, std::string_view text) {
  try {
    return std::make_shared<const ParsedScript>(read_script_text(std::move(name), std::string(text), {1}));
  } catch (const InputError&) {
    return nullptr;
  }
}

struct Schema {
  Catalog catalog;
  Diagnostics diagnostics;
};

// The input interpreted into a catalog while it is read, as `pgdrift inspect` does (each
// block's trees freed once interpreted); null as for read().
inline std::unique_ptr<Schema> load(std::string name, std::string_view text) {
  auto schema = std::make_unique<Schema>();
  Interpreter interpreter(schema->catalog, schema->diagnostics);
  try {
    auto script = std::make_shared<const ParsedScript>(read_script_text(
        std::move(name), std::string(text), [&](std::span<const ParsedStatement> block) { interpreter.apply(block); },
        {1}));
    schema->diagnostics.insert(schema->diagnostics.begin(), script->diagnostics.begin(), script->diagnostics.end());
    interpreter.keep_source(script);
  } catch (const InputError&) {
    return nullptr;
  }
  return schema;
}

}  // namespace pgdrift::fuzz
