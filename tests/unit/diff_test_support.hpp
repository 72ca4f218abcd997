#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "analyzer/diff/differ.hpp"
#include "analyzer/interpret/interpreter.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift::testing {

// The catalog SQL text builds, as a dump's would be.
inline Catalog catalog_of(const std::string& sql) {
  Diagnostics diagnostics;
  auto script = std::make_shared<ParsedScript>(read_script_text("test.sql", sql));
  return build_catalog(script, diagnostics);
}

// The same, for SQL that must read without a single diagnostic.
inline Catalog clean_catalog_of(const std::string& sql) {
  Diagnostics diagnostics;
  auto script = std::make_shared<ParsedScript>(read_script_text("test.sql", sql));
  Catalog catalog = build_catalog(script, diagnostics);
  CHECK(diagnostics.empty());
  return catalog;
}

inline DiffResult diff_sql(const std::string& old_sql, const std::string& new_sql, const DiffOptions& options = {}) {
  Catalog a = catalog_of(old_sql);
  Catalog b = catalog_of(new_sql);
  return diff_catalogs(a, b, options);
}

}  // namespace pgdrift::testing
