#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyzer/report/audit_report.hpp"

namespace pgdrift {

// Every word `pgdrift report` shows a reader, in one language: one implementation per
// language (report_strings_en.cpp, report_strings_fr.cpp). The words carry no markup:
// arguments that are names come already formatted (escaped, in code spans) by the renderer,
// so Markdown and HTML share the catalog. Counts are numbers; the catalog makes the plurals.
class ReportStrings {
 public:
  virtual ~ReportStrings() = default;

  virtual std::string title() const = 0;
  virtual std::string colon() const = 0;      // between a label and what follows: ": "
  virtual std::string colon_end() const = 0;  // after a label that ends a line: ":"
  virtual std::string language() const = 0;  // its code, for <html lang>: "en", "fr"
  // The title of a document naming both inputs (plain text: no name is formatted).
  virtual std::string title_of(const std::string& old_input,
                               const std::string& new_input) const = 0;
  // Under a unified diff: what its - and + lines are.
  virtual std::string diff_legend() const = 0;
  virtual std::string side(std::string_view side) const = 0;  // "old" -> "OLD"
  virtual std::string statements(int count) const = 0;        // "424 statements"
  virtual std::string migrations_directory() const = 0;       // label of the --migrations line
  virtual std::string verdict(std::size_t differences) const = 0;

  // Section headings.
  virtual std::string summary_heading() const = 0;
  virtual std::string differences_heading() const = 0;
  virtual std::string migrations_heading() const = 0;
  virtual std::string drift_heading() const = 0;
  virtual std::string dry_run_heading() const = 0;
  virtual std::string impact_heading() const = 0;
  virtual std::string actions_heading() const = 0;
  virtual std::string unknowns_heading() const = 0;
  virtual std::string errors_heading() const = 0;

  // The summary: the counts table and the key figures under it.
  virtual std::string category() const = 0;
  virtual std::string kind_plural(const std::string& kind) const = 0;  // "table" -> "Tables"
  virtual std::string kind(const std::string& kind) const = 0;         // "table" -> "table"
  virtual std::string migrations_recorded() const = 0;
  virtual std::string migrations_applied() const = 0;
  virtual std::string not_known() const = 0;  // a count the inputs cannot give
  virtual std::string key_drift(const std::string& side, std::size_t items) const = 0;
  virtual std::string key_dry_run(std::size_t migrations, std::size_t failures,
                                  std::size_t remaining) const = 0;
  virtual std::string key_impact(std::size_t breaking) const = 0;
  virtual std::string without_migrations() const = 0;  // why drift and dry run are absent

  // Differences.
  virtual std::string object() const = 0;
  virtual std::string kind_column() const = 0;
  virtual std::string change() const = 0;
  virtual std::string details() const = 0;
  virtual std::string migrations_column() const = 0;
  virtual std::string change_type(ChangeType type) const = 0;
  virtual std::string possibly_replaced_by(const std::string& name) const = 0;
  virtual std::string possibly_replacing(const std::string& name) const = 0;
  virtual std::string unexplained() const = 0;  // no migration makes the change
  virtual std::string possibly_made_by(const std::string& versions) const = 0;
  virtual std::string detail(const ChangeDetail& detail) const = 0;  // one line, no markup
  virtual std::string body_diff_below() const = 0;
  virtual std::string body_diff_of(const std::string& name, const std::string& aspect) const = 0;
  virtual std::string none() const = 0;

  // Migrations.
  virtual std::string version() const = 0;
  virtual std::string name() const = 0;
  virtual std::string migration_state(const MigrationStatus& status) const = 0;
  virtual std::string migrations_intro() const = 0;
  virtual std::string state_counts(const std::vector<MigrationStatus>& statuses) const = 0;
  virtual std::string edited_migration(const std::string& version,
                                       const std::string& name) const = 0;
  virtual std::string recorded_without_file(const std::string& version,
                                            const std::string& name) const = 0;
  virtual std::string recorded_twice(const std::string& version, int times) const = 0;
  virtual std::string ledger_of(const std::string& input) const = 0;

  // Drift.
  virtual std::string drift_intro() const = 0;
  virtual std::string drift_basis(const std::string& side, bool from_ledger,
                                  std::size_t migrations) const = 0;
  virtual std::string no_drift() const = 0;

  // Dry run.
  virtual std::string dry_run_intro(std::size_t migrations) const = 0;
  virtual std::string dry_run_failures(std::size_t failures) const = 0;
  virtual std::string where() const = 0;
  virtual std::string error() const = 0;
  // Why a statement would fail, from the message's form (error_forms.hpp), with no markup.
  virtual std::string dry_run_error(const DryRunFailure& failure) const = 0;
  virtual std::string dry_run_remaining(std::size_t remaining) const = 0;

  // Impact.
  virtual std::string impact_intro() const = 0;
  virtual std::string no_impact() const = 0;
  virtual std::string impact_subject(const std::string& kind, const std::string& name,
                                     const std::optional<ChangeType>& change) const = 0;
  virtual std::string used_by_nothing() const = 0;
  virtual std::string impact_use(const ImpactUse& use, const std::string& name,
                                 const std::string& column) const = 0;

  // Recommended actions.
  virtual std::string apply_heading() const = 0;
  virtual std::string nothing_to_apply() const = 0;
  virtual std::string advice(const MigrationToApply& migration) const = 0;
  virtual std::string resolve_heading() const = 0;
  virtual std::string resolve_intro() const = 0;
  virtual std::string drift_item(const std::string& side, const std::string& kind,
                                 const std::string& name, ChangeType type) const = 0;
  virtual std::string capture() const = 0;
  virtual std::string revert() const = 0;
  virtual std::string no_sql() const = 0;  // the plan writes nothing for it
  virtual std::string data_loss() const = 0;
  virtual std::string hazards_heading() const = 0;
  virtual std::string no_hazards() const = 0;
  virtual std::string action(const std::string& action) const = 0;  // "capture" / "revert"
  virtual std::string hazard(const std::string& plan_hazard) const = 0;
  virtual std::string plan_warnings() const = 0;

  // What schema-only dumps cannot tell.
  virtual std::string unknowns_intro() const = 0;
  virtual std::string unknown(const Unknown& unknown, const std::string& subject) const = 0;
  virtual std::string always_unknown() const = 0;  // what no dump holds, whatever the inputs
};

// How many migrations are in each state, in the order the reports list states, zeros left out.
std::vector<std::pair<MigrationState, int>> migrations_per_state(
    const std::vector<MigrationStatus>& statuses);

const ReportStrings& english_report_strings();
const ReportStrings& french_report_strings();
// The catalog of a language: "fr", else English (the command line accepts only "en" and "fr").
const ReportStrings& report_strings(std::string_view language);

}  // namespace pgdrift
