#pragma once

#include <memory>
#include <span>

#include "analyzer/interpret/context.hpp"
#include "analyzer/model/catalog.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// Applies DDL statements to a catalog, as PostgreSQL would. A dump is DDL applied to an
// empty catalog; migrations are DDL applied to an existing one: both go through here. One
// interpreter is one session: what a statement sets (search_path) holds for those after it.
class Interpreter {
 public:
  // `strict`: report what PostgreSQL would refuse as errors (for migrations), see Context.
  // `known`: what the platform and extensions provide, taken in as statements name it.
  Interpreter(Catalog& catalog, Diagnostics& diagnostics, bool strict = false, const KnownGround* known = nullptr);
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Applies every parsed statement of the script, and keeps the script's text in the catalog.
  void apply(std::shared_ptr<const ParsedScript> script);

  // Applies statements as they are read (see read_script with a sink); the catalog copies
  // what it keeps of their trees. Once read, their script goes to keep_source.
  void apply(std::span<const ParsedStatement> statements);
  void keep_source(std::shared_ptr<const ParsedScript> script);

  // The search_path the session starts with (PostgreSQL's default: public).
  void set_search_path(std::vector<std::string> search_path);

  // An index of what uses which table that the caller keeps up to date (see Context).
  void set_dependents(DependentsIndex* index) { context_.dependents = index; }

  // The session as the statements applied so far left it (for `pgdrift lint`, which looks at
  // each statement against it before applying the statement).
  const Context& context() const { return context_; }

 private:
  Context context_;
};

// Builds a catalog from one script (a dump): the common case.
Catalog build_catalog(std::shared_ptr<const ParsedScript> script, Diagnostics& diagnostics);

}  // namespace pgdrift
