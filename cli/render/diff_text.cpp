#include <fmt/format.h>

#include "cli/render/detail_text.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/impact_report.hpp"
#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

struct Palette {
  std::string added, removed, changed, heading, reset;
};

Palette palette(bool color) {
  if (!color) return {};
  return {"\033[32m", "\033[31m", "\033[33m", "\033[1m", "\033[0m"};
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string change_lines(const DiffResult& result) {
  std::string out;
  if (result.identical()) out += "  none\n";
  for (const Change& change : result.changes) {
    out += fmt::format("  {} {} {}\n", change_type_name(change.type), change.kind, change.id);
    for (const ChangeDetail& detail : change.details)
      out += fmt::format("      {}\n", describe_detail(detail, "->"));
  }
  return out;
}

std::string drift_text(std::string_view side, const std::string& input, const SideDrift& drift,
                       const Palette& p) {
  std::string basis = drift.from_ledger
                          ? fmt::format("the {} its ledger records",
                                        plural(drift.expected_migrations.size(), "migration"))
                          : fmt::format("the {} whose effects it shows",
                                        plural(drift.expected_migrations.size(), "migration"));
  return fmt::format("\n{}Drift of {}{} ({}): what it has beyond the schema replayed from {}\n",
                     p.heading, side, p.reset, input, basis) +
         change_lines(drift.changes);
}

std::string dry_run_text(const DryRun& run, const Palette& p) {
  std::string out = fmt::format(
      "\n{}Dry run{}: the {} OLD has not recorded, applied to OLD statement by statement\n",
      p.heading, p.reset, plural(run.migrations.size(), "migration"));
  if (!run.migrations.empty()) out += fmt::format("  {}\n", fmt::join(run.migrations, ", "));
  out += fmt::format("{} would fail:\n", plural(run.failures.size(), "statement"));
  if (run.failures.empty()) out += "  none\n";
  for (const DryRunFailure& failure : run.failures) {
    out += fmt::format("  {}:{}:{}: {}: {}\n", failure.where.file, failure.where.line,
                       failure.where.column, failure.version, failure.message);
  }
  out += fmt::format("Afterwards OLD differs from NEW in {}:\n",
                     plural(run.remaining.changes.size(), "object"));
  return out + change_lines(run.remaining);
}

std::string history_text(const DiffReport& report, const Palette& p) {
  const HistoryCheck& history = *report.history;
  return drift_text("OLD", report.old_input.input, history.old_drift, p) +
         drift_text("NEW", report.new_input.input, history.new_drift, p) +
         dry_run_text(history.dry_run, p);
}

std::string migrations_text(const DiffReport& report, const Palette& p) {
  const MigrationAttribution& attribution = *report.attribution;
  std::string out = fmt::format("\n{}Migrations{}\n", p.heading, p.reset);
  out += render_migration_status_text(
      {{report.old_input.input, attribution.old_status, attribution.old_ledger},
       {report.new_input.input, attribution.new_status, attribution.new_ledger}});
  out += fmt::format("\n{}Unexplained drift{} (changes no migration makes)\n", p.heading, p.reset);
  if (attribution.unexplained.empty()) out += "  none\n";
  for (const Change* change : attribution.unexplained) {
    out += fmt::format("  {} {} {}\n", change_type_name(change->type), change->kind, change->id);
  }
  if (!attribution.uncertain.empty()) {
    out += fmt::format(
        "\n{}Possibly made by statements pgdrift cannot follow{} (DO blocks that name the "
        "object)\n",
        p.heading, p.reset);
  }
  for (const Change* change : attribution.uncertain) {
    out += fmt::format(
        "  {} {} {}  (possibly {})\n", change_type_name(change->type), change->kind, change->id,
        fmt::join(attribution.possible_versions_by_change.at(change_key(*change)), ", "));
  }
  out += fmt::format(
      "\n{}Applying the {} missing migration{} to OLD{} leaves {} difference{} with NEW\n",
      p.heading, attribution.missing_in_old.size(),
      attribution.missing_in_old.size() == 1 ? "" : "s", p.reset,
      attribution.after_missing.changes.size(),
      attribution.after_missing.changes.size() == 1 ? "" : "s");
  for (const Change& change : attribution.after_missing.changes) {
    out += fmt::format("  {} {} {}\n", change_type_name(change.type), change.kind, change.id);
  }
  return out;
}

}  // namespace

std::string render_diff_text(const DiffReport& report, bool color) {
  const DiffResult& result = report.result;
  if (result.identical()) return "";
  Palette p = palette(color);
  std::string out;
  std::string current_kind;
  for (const Change& change : result.changes) {
    if (change.kind != current_kind) {
      current_kind = change.kind;
      out += fmt::format("{}{}{}\n", p.heading, kind_heading(change.kind), p.reset);
    }
    const char* mark = change.type == ChangeType::added     ? "+"
                       : change.type == ChangeType::removed ? "-"
                                                            : "~";
    const std::string& tint = change.type == ChangeType::added     ? p.added
                              : change.type == ChangeType::removed ? p.removed
                                                                   : p.changed;
    out += fmt::format("  {}{} {}{}", tint, mark, change.id, p.reset);
    if (report.attribution) {
      const MigrationAttribution& attribution = *report.attribution;
      auto found = attribution.versions_by_change.find(change_key(change));
      auto possible = attribution.possible_versions_by_change.find(change_key(change));
      if (found != attribution.versions_by_change.end())
        out += fmt::format("  [{}]", fmt::join(found->second, ", "));
      else if (possible != attribution.possible_versions_by_change.end())
        out += fmt::format("  [possibly {}]", fmt::join(possible->second, ", "));
      else
        out += "  [no migration]";
    }
    if (change.counterpart) {
      out += fmt::format("  (possibly {} {})",
                         change.type == ChangeType::removed ? "renamed or replaced by"
                                                            : "renamed from or replacing",
                         *change.counterpart);
    }
    out += "\n";
    for (const ChangeDetail& detail : change.details) {
      out += fmt::format("      {}\n", describe_detail(detail, "->"));
      if (detail.unified_diff.empty()) continue;
      std::string_view diff = detail.unified_diff;
      while (!diff.empty()) {
        std::size_t end = diff.find('\n');
        std::string_view line = diff.substr(0, end);
        const std::string& line_tint = line.starts_with('+')   ? p.added
                                       : line.starts_with('-') ? p.removed
                                                               : p.reset;
        out += fmt::format("        {}{}{}\n", line_tint, line, p.reset);
        if (end == std::string_view::npos) break;
        diff.remove_prefix(end + 1);
      }
    }
  }
  int added = 0, removed = 0, changed = 0;
  for (const KindSummary& row : result.summary) {
    added += row.added;
    removed += row.removed;
    changed += row.changed;
  }
  out += fmt::format("{} added, {} removed, {} changed\n", added, removed, changed);
  out += render_impact_text(report.impact, p.heading, p.reset);
  if (report.attribution) out += migrations_text(report, p);
  if (report.history) out += history_text(report, p);
  return out;
}

}  // namespace pgdrift
