#pragma once

#include <memory>

#include "analyzer/model/catalog.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// Applies DDL statements to a catalog, as PostgreSQL would. A dump is DDL applied to an
// empty catalog; migrations are DDL applied to an existing one: both go through here.
class Interpreter {
 public:
  // `strict`: report what PostgreSQL would refuse as errors (for migrations), see Context.
  Interpreter(Catalog& catalog, Diagnostics& diagnostics, bool strict = false);

  // Applies every parsed statement of the script, and keeps the script alive in the catalog.
  void apply(std::shared_ptr<const ParsedScript> script);

 private:
  Catalog& catalog_;
  Diagnostics& diagnostics_;
  bool strict_;
};

// Builds a catalog from one script (a dump): the common case.
Catalog build_catalog(std::shared_ptr<const ParsedScript> script, Diagnostics& diagnostics);

}  // namespace pgdrift
