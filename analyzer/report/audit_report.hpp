#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/migrations/migration_status.hpp"
#include "analyzer/pipeline/schema_comparison.hpp"
#include "analyzer/plan/plan.hpp"

namespace pgdrift {

// What `pgdrift report` says, as data: the comparison `diff` makes (compare_schemas), and
// what the report adds to it: exact counts per side, what to do about each difference and
// each side's drift, and what schema-only dumps cannot tell. Renderers read only this.

// How many objects one side has, per kind (the kind names of `inspect`), and its migrations.
struct SideCounts {
  std::string input;
  int statements = 0;
  std::map<std::string, int> objects;      // every kind of inspect, even at zero
  std::optional<int> migrations_recorded;  // rows of its history table (with a ledger)
  std::optional<int> migrations_applied;   // migrations whose effects it shows (with --migrations)
};

// What to do with one migration OLD has not recorded, as the dry run found it.
enum class MigrationAdvice {
  apply,           // every statement runs
  record_only,     // its effects are already there by hand: statements fail, record it instead
  fix_then_apply,  // some statements fail and its effects are not all there
};
std::string_view migration_advice_name(MigrationAdvice advice);

struct MigrationToApply {
  std::string version;
  std::string name;
  std::string file;
  MigrationState state_on_old = MigrationState::unknown;  // by its effects
  int failures = 0;                                       // statements the dry run says fail
  MigrationAdvice advice = MigrationAdvice::apply;
};

// One statement pgdrift writes to resolve a drift item, with what it costs a live database.
struct ResolutionStep {
  std::string sql;     // one statement, with its semicolon
  std::string hazard;  // lock, rewrite or scan ("" if none), from the plan
  bool data_loss = false;
};

// One item of a side's drift and the two ways out: keep it (a new migration that makes the
// replayed history match the side) or undo it (SQL that brings the side back to its history).
struct DriftResolution {
  std::string side;                     // "old" or "new"
  Change change;                        // expected -> the side, as the drift lists it
  std::vector<ResolutionStep> capture;  // the new migration's statements
  std::vector<ResolutionStep> revert;   // run on the side
};

// A hazard of the SQL the actions propose, for one place.
struct ActionHazard {
  std::string side;
  std::string kind;
  std::string id;
  std::string action;  // "capture" or "revert"
  std::string hazard;  // the plan's words, or its data-loss note
};

struct RecommendedActions {
  std::vector<MigrationToApply> apply_in_order;  // on OLD, in the directory's order
  std::vector<DriftResolution> drift;            // OLD's drift first, then NEW's
  std::vector<ActionHazard> hazards;
  std::vector<std::string> plan_warnings;  // what the plans could not express
};

// Something a schema-only dump does not hold, so neither the comparison nor the dry run
// could judge it.
enum class UnknownKind {
  extension_version,  // no statement names the version: pg_dump never writes it
  migration_effects,  // a migration changes no schema object (data) or could not be followed
  uncertain_change,   // a difference a DO block may make
  table_rows,  // the dry run adds a rule existing rows must satisfy (CHECK, NOT NULL, UNIQUE, ...)
};
std::string_view unknown_kind_name(UnknownKind kind);

struct Unknown {
  UnknownKind kind;
  std::string side;         // "old", "new" or "" (both)
  std::string subject;      // extension name, migration version, an object's id
  std::string object_kind;  // the kind of the object `subject` names ("" for the others)
};

struct AuditReport {
  SchemaComparison comparison;  // what `diff` shows: changes, impact, migrations, drift, dry run
  Diagnostics errors;           // of both inputs and the migrations read
  SideCounts old_counts;
  SideCounts new_counts;
  std::optional<RecommendedActions> actions;  // with --migrations
  std::vector<Unknown> unknowns;
};

// Compares the inputs as `diff` does (compare_schemas) and adds what the report says.
// `loaded` runs once both inputs are read (for their diagnostics).
AuditReport make_audit_report(
    const ComparisonInputs& inputs,
    const std::function<void(const LoadedSchema&, const LoadedSchema&)>& loaded = {});

}  // namespace pgdrift
