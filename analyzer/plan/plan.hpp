#pragma once

#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

struct PlanOptions {
  bool allow_drops = false;  // emit data-losing statements instead of commenting them out
  bool transaction = false;  // wrap what may run in a transaction in BEGIN/COMMIT
};

// When a statement runs: before everything that takes place in a transaction (ALTER TYPE
// ... ADD VALUE, whose value cannot be used in the transaction that adds it), in the
// phase that removes what OLD has (dependents first), or in the phase that builds what
// NEW has (dependencies first), and last the drops of what OLD's columns used until the
// create phase changed their type or collation (a type or collation that goes away).
enum class StepPhase { before, drop, create, cleanup };

// One SQL statement of a plan.
struct PlanStep {
  StepPhase phase = StepPhase::create;
  std::string node;     // the dependency-graph node it acts on ("table public.t", ...)
  std::string change;   // the change it implements, for the reader: "column public.t.c added"
  std::string sql;      // one statement, with its semicolon
  std::string hazard;   // lock, rewrite or scan it causes ("" if none)
  bool data_loss = false;       // drops data: commented out unless --allow-drops
  // Not data-losing itself, but cannot run without a data-losing step, so it is held back
  // with it: that step's change ("" when the step itself loses data).
  std::string held_back_with;
  bool transactional = true;    // false: cannot run inside a transaction block
  int order = 0;        // position given by the dependency order
};

struct Plan {
  std::vector<PlanStep> steps;        // in the order to run them
  std::vector<std::string> warnings;  // what the plan could not express
};

// SQL that turns a database whose schema is OLD into one whose schema is NEW, for every
// change of `diff` (computed from the same two catalogs).
Plan make_plan(const Catalog& old_catalog, const Catalog& new_catalog, const DiffResult& diff, const PlanOptions& options);

}  // namespace pgdrift
