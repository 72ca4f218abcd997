#include <fmt/format.h>

#include <algorithm>

#include "cli/render/markdown_cell.hpp"
#include "cli/render/report_figures.hpp"
#include "cli/render/report_render.hpp"

namespace pgdrift {
namespace {

std::string name(const std::string& id) { return code_span(id); }
std::string cell_name(const std::string& id) { return markdown_cell(code_span(id)); }

class MarkdownReport {
 public:
  MarkdownReport(const AuditReport& report, const ReportStrings& words)
      : report_(report), s_(words) {}

  std::string render() {
    out_ += fmt::format("# {}\n\n", s_.title());
    render_sections(report_, *this);
    return std::move(out_);
  }

 private:
  template <typename Renderer>
  friend void pgdrift::render_sections(const AuditReport&, Renderer&);
  const AuditReport& report_;
  const ReportStrings& s_;
  std::string out_;
  int section_ = 0;

  void heading(const std::string& text) {
    out_ += fmt::format("\n## {}. {}\n\n", ++section_, text);
  }

  void inputs() {
    for (const SideCounts* side : {&report_.old_counts, &report_.new_counts}) {
      out_ +=
          fmt::format("- **{}**{}{} ({})\n", s_.side(side == &report_.old_counts ? "old" : "new"),
                      s_.colon(), name(side->input), s_.statements(side->statements));
    }
    if (report_.comparison.migrations)
      out_ += fmt::format("- **{}**{}{}\n", s_.migrations_directory(), s_.colon(),
                          name(report_.comparison.migrations->directory));
  }

  void errors() {
    if (report_.errors.empty()) return;
    out_ += fmt::format("\n**{}**\n\n", s_.errors_heading());
    for (const Diagnostic& error : report_.errors) {
      out_ += fmt::format("- {}{}{}\n",
                          name(fmt::format("{}:{}:{}", error.where.file.str(), error.where.line,
                                           error.where.column)),
                          s_.colon(), markdown_cell(markdown_text(error.message)));
    }
  }

  // --- 1. Executive summary ---------------------------------------------------------------

  std::string optional_count(const std::optional<int>& count) const {
    return count ? std::to_string(*count) : s_.not_known();
  }

  void summary() {
    heading(s_.summary_heading());
    out_ += fmt::format("**{}**\n\n", s_.verdict(report_.comparison.result.changes.size()));
    out_ += fmt::format("| {} | {} | {} |\n|---|---:|---:|\n", s_.category(), s_.side("old"),
                        s_.side("new"));
    for (const std::string& kind : summary_kinds(report_)) {
      out_ += fmt::format("| {} | {} | {} |\n", s_.kind_plural(kind),
                          count_of(report_.old_counts, kind), count_of(report_.new_counts, kind));
    }
    out_ += fmt::format("| {} | {} | {} |\n", s_.migrations_recorded(),
                        optional_count(report_.old_counts.migrations_recorded),
                        optional_count(report_.new_counts.migrations_recorded));
    out_ += fmt::format("| {} | {} | {} |\n\n", s_.migrations_applied(),
                        optional_count(report_.old_counts.migrations_applied),
                        optional_count(report_.new_counts.migrations_applied));
    key_figures();
  }

  void key_figures() {
    const SchemaComparison& comparison = report_.comparison;
    std::size_t breaking = breaking_uses(comparison);
    if (comparison.migrations) {
      const HistoryCheck& history = comparison.migrations->history;
      out_ += fmt::format("- {}\n", s_.key_drift("old", history.old_drift.changes.changes.size()));
      out_ += fmt::format("- {}\n", s_.key_drift("new", history.new_drift.changes.changes.size()));
      out_ += fmt::format("- {}\n", s_.key_dry_run(history.dry_run.migrations.size(),
                                                   history.dry_run.failures.size(),
                                                   history.dry_run.remaining.changes.size()));
    }
    out_ += fmt::format("- {}\n", s_.key_impact(breaking));
    if (!comparison.migrations) out_ += fmt::format("\n{}\n", s_.without_migrations());
  }

  // --- 2. Differences ---------------------------------------------------------------------

  std::string change_cell(const Change& change) const {
    std::string word = s_.change_type(change.type);
    if (!change.counterpart) return word;
    std::string other = name(*change.counterpart);
    return fmt::format("{} ({})", word,
                       change.type == ChangeType::removed ? s_.possibly_replaced_by(other)
                                                          : s_.possibly_replacing(other));
  }

  std::string details_cell(const Change& change) const {
    std::vector<std::string> lines;
    for (const ChangeDetail& detail : change.details) {
      lines.push_back(markdown_cell(markdown_text(s_.detail(detail))) +
                      (detail.unified_diff.empty() ? "" : " " + s_.body_diff_below()));
    }
    return fmt::format("{}", fmt::join(lines, "<br>"));
  }

  std::string migrations_cell(const Change& change) const {
    return migrations_of(report_, change, s_);
  }

  void body_diffs(const std::vector<const Change*>& changes) {
    for (const Change* change : changes) {
      for (const ChangeDetail& detail : change->details) {
        if (detail.unified_diff.empty()) continue;
        out_ += fmt::format("\n{}\n\n{}", s_.body_diff_of(name(change->id), detail.aspect),
                            code_block(detail.unified_diff, "diff"));
      }
    }
  }

  void differences() {
    const DiffResult& result = report_.comparison.result;
    heading(s_.differences_heading());
    if (result.identical()) {
      out_ += s_.none() + "\n";
      return;
    }
    bool attributed = report_.comparison.migrations.has_value();
    std::string current;
    std::vector<const Change*> with_diffs;
    for (const Change& change : result.changes) {
      if (change.kind != current) {
        body_diffs(with_diffs);
        with_diffs.clear();
        current = change.kind;
        out_ += fmt::format("\n### {}\n\n| {} | {} | {} |{}\n|---|---|---|{}\n",
                            s_.kind_plural(change.kind), s_.object(), s_.change(), s_.details(),
                            attributed ? " " + s_.migrations_column() + " |" : "",
                            attributed ? "---|" : "");
      }
      out_ += fmt::format("| {} | {} | {} |{}\n", cell_name(change.id),
                          markdown_cell(change_cell(change)), details_cell(change),
                          attributed ? " " + markdown_cell(migrations_cell(change)) + " |" : "");
      bool has_diff =
          std::any_of(change.details.begin(), change.details.end(),
                      [](const ChangeDetail& detail) { return !detail.unified_diff.empty(); });
      if (has_diff) with_diffs.push_back(&change);
    }
    body_diffs(with_diffs);
  }

  // --- 3. Migrations per side -------------------------------------------------------------

  void ledger_findings(const std::string& input, const std::optional<LedgerFindings>& findings) {
    if (!findings || findings->empty()) return;
    out_ += fmt::format("\n**{}**\n\n", s_.ledger_of(name(input)));
    for (const EditedMigration& edited : findings->edited)
      out_ += fmt::format(
          "- {}\n", markdown_cell(s_.edited_migration(edited.migration->file.version,
                                                      markdown_text(edited.migration->file.name))));
    for (const LedgerRow& row : findings->without_file)
      out_ += fmt::format(
          "- {}\n", markdown_cell(s_.recorded_without_file(row.version, markdown_text(row.name))));
    for (const RepeatedVersion& repeated : findings->repeated)
      out_ +=
          fmt::format("- {}\n", markdown_cell(s_.recorded_twice(repeated.version, repeated.times)));
  }

  void migrations() {
    const MigrationAttribution& attribution = report_.comparison.migrations->attribution;
    heading(s_.migrations_heading());
    out_ += s_.migrations_intro() + "\n\n";
    out_ += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n", s_.version(), s_.name(),
                        s_.side("old"), s_.side("new"));
    for (std::size_t i = 0; i < attribution.old_status.size(); ++i) {
      const MigrationFile& file = attribution.old_status[i].migration->file;
      out_ += fmt::format("| {} | {} | {} | {} |\n", markdown_cell(file.version),
                          markdown_cell(markdown_text(file.name)),
                          s_.migration_state(attribution.old_status[i]),
                          s_.migration_state(attribution.new_status[i]));
    }
    out_ += fmt::format("\n- **{}**{}{}\n", s_.side("old"), s_.colon(),
                        s_.state_counts(attribution.old_status));
    out_ += fmt::format("- **{}**{}{}\n", s_.side("new"), s_.colon(),
                        s_.state_counts(attribution.new_status));
    ledger_findings(report_.old_counts.input, attribution.old_ledger);
    ledger_findings(report_.new_counts.input, attribution.new_ledger);
  }

  // --- 4. Drift, 5. Dry run ----------------------------------------------------------------

  void change_table(const DiffResult& changes) {
    if (changes.identical()) {
      out_ += s_.none() + "\n";
      return;
    }
    out_ += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n", s_.object(), s_.kind_column(),
                        s_.change(), s_.details());
    for (const Change& change : changes.changes) {
      out_ += fmt::format("| {} | {} | {} | {} |\n", cell_name(change.id), s_.kind(change.kind),
                          s_.change_type(change.type), details_cell(change));
    }
  }

  void drift() {
    const HistoryCheck& history = report_.comparison.migrations->history;
    heading(s_.drift_heading());
    out_ += s_.drift_intro() + "\n";
    for (const auto& [side, drift] :
         {std::pair<std::string, const SideDrift*>{"old", &history.old_drift},
          std::pair<std::string, const SideDrift*>{"new", &history.new_drift}}) {
      const SideCounts& counts = side == "old" ? report_.old_counts : report_.new_counts;
      out_ +=
          fmt::format("\n### {} ({})\n\n{}\n\n", s_.side(side), name(counts.input),
                      s_.drift_basis(side, drift->from_ledger, drift->expected_migrations.size()));
      if (drift->changes.identical())
        out_ += s_.no_drift() + "\n";
      else
        change_table(drift->changes);
    }
  }

  void dry_run() {
    const DryRun& run = report_.comparison.migrations->history.dry_run;
    heading(s_.dry_run_heading());
    out_ += s_.dry_run_intro(run.migrations.size());
    if (!run.migrations.empty()) {
      std::vector<std::string> versions;
      for (const std::string& version : run.migrations) versions.push_back(name(version));
      out_ += fmt::format("\n\n{}", fmt::join(versions, ", "));
    }
    out_ += fmt::format("\n\n**{}**\n\n", s_.dry_run_failures(run.failures.size()));
    if (!run.failures.empty())
      out_ +=
          fmt::format("| {} | {} | {} |\n|---|---|---|\n", s_.version(), s_.where(), s_.error());
    for (const DryRunFailure& failure : run.failures) {
      std::string where = fmt::format("{}:{}:{}", failure.where.file.str(), failure.where.line,
                                      failure.where.column);
      out_ += fmt::format("| {} | {} | {} |\n", markdown_cell(failure.version), cell_name(where),
                          markdown_cell(markdown_text(s_.dry_run_error(failure))));
    }
    out_ += fmt::format("\n{}\n\n", s_.dry_run_remaining(run.remaining.changes.size()));
    change_table(run.remaining);
  }

  // --- 6. Impact -------------------------------------------------------------------------

  void impact() {
    heading(s_.impact_heading());
    if (report_.comparison.impact.empty()) {
      out_ += s_.no_impact() + "\n";
      return;
    }
    out_ += s_.impact_intro() + "\n\n";
    for (const ImpactEntry& entry : report_.comparison.impact) {
      out_ += fmt::format("- {}", s_.impact_subject(entry.kind, name(entry.id), entry.change));
      if (entry.used_by.empty()) {
        out_ += fmt::format("{}{}\n", s_.colon(), s_.used_by_nothing());
        continue;
      }
      out_ += "\n";
      for (const ImpactUse& use : entry.used_by)
        out_ += fmt::format("  - {}\n", s_.impact_use(use, name(use.id),
                                                      use.column.empty() ? "" : name(use.column)));
    }
  }

  // --- 7. Recommended actions ------------------------------------------------------------

  void sql_block(const std::string& label, const std::vector<ResolutionStep>& steps) {
    out_ += fmt::format("{}{}\n\n", label, s_.colon_end());
    if (steps.empty()) {
      out_ += s_.no_sql() + "\n\n";
      return;
    }
    std::string sql = steps_sql(steps, s_);
    out_ += code_block(sql, "sql") + "\n";
  }

  void actions() {
    const RecommendedActions& actions = *report_.actions;
    heading(s_.actions_heading());
    out_ += fmt::format("### {}\n\n", s_.apply_heading());
    if (actions.apply_in_order.empty()) out_ += s_.nothing_to_apply() + "\n";
    int n = 0;
    for (const MigrationToApply& migration : actions.apply_in_order) {
      out_ += fmt::format("{}. {} {}{}{}\n", ++n, name(migration.version),
                          markdown_cell(markdown_text(migration.name)), s_.colon(),
                          s_.advice(migration));
    }
    out_ += fmt::format("\n### {}\n\n{}\n\n", s_.resolve_heading(), s_.resolve_intro());
    if (actions.drift.empty()) out_ += s_.none() + "\n\n";
    for (const DriftResolution& resolution : actions.drift) {
      out_ += fmt::format("#### {}\n\n",
                          s_.drift_item(resolution.side, resolution.change.kind,
                                        name(resolution.change.id), resolution.change.type));
      sql_block(s_.capture(), resolution.capture);
      sql_block(s_.revert(), resolution.revert);
    }
    hazards(actions);
  }

  void hazards(const RecommendedActions& actions) {
    out_ += fmt::format("### {}\n\n", s_.hazards_heading());
    if (actions.hazards.empty()) out_ += s_.no_hazards() + "\n";
    for (const ActionHazard& hazard : actions.hazards) {
      out_ += fmt::format("- {} · {} {} · {}{}{}\n", s_.side(hazard.side), s_.kind(hazard.kind),
                          name(hazard.id), s_.action(hazard.action), s_.colon(),
                          markdown_cell(markdown_text(s_.hazard(hazard.hazard))));
    }
    if (actions.plan_warnings.empty()) return;
    out_ += fmt::format("\n{}\n\n", s_.plan_warnings());
    for (const std::string& warning : actions.plan_warnings)
      out_ += fmt::format("- {}\n", markdown_cell(markdown_text(warning)));
  }

  // --- 8. What schema-only dumps cannot tell ---------------------------------------------

  // What an unknown is about: a name, after its kind in the report's language.
  std::string subject(const Unknown& unknown) const {
    if (unknown.object_kind.empty()) return name(unknown.subject);
    return fmt::format("{} {}", s_.kind(unknown.object_kind), name(unknown.subject));
  }

  void unknowns() {
    heading(s_.unknowns_heading());
    out_ += s_.unknowns_intro() + "\n\n";
    for (const Unknown& unknown : report_.unknowns)
      out_ += fmt::format("- {}\n", s_.unknown(unknown, subject(unknown)));
    out_ += fmt::format("- {}\n", s_.always_unknown());
  }
};

}  // namespace

std::string render_report_markdown(const AuditReport& report, const ReportStrings& strings) {
  return MarkdownReport(report, strings).render();
}

}  // namespace pgdrift
