#include <fmt/format.h>

#include <algorithm>

#include "cli/render/detail_text.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/impact_report.hpp"
#include "cli/render/markdown_cell.hpp"
#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

constexpr int kBreakingImpact = 60;

std::string change_word(const Change& change) {
  std::string word(change_type_name(change.type));
  if (!change.counterpart) return word;
  return change.type == ChangeType::removed
             ? fmt::format("{} (possibly renamed or replaced by {})", word,
                           code_span(*change.counterpart))
             : fmt::format("{} (possibly replacing {})", word, code_span(*change.counterpart));
}

std::string migrations_cell(const DiffReport& report, const Change& change) {
  auto found = report.attribution->versions_by_change.find(change_key(change));
  if (found == report.attribution->versions_by_change.end()) {
    auto possible = report.attribution->possible_versions_by_change.find(change_key(change));
    if (possible == report.attribution->possible_versions_by_change.end())
      return "**none** (unexplained)";
    return fmt::format("possibly {} (a DO block names it)", fmt::join(possible->second, ", "));
  }
  return fmt::format("{}", fmt::join(found->second, ", "));
}

std::string details_cell(const Change& change) {
  std::vector<std::string> lines;
  for (const ChangeDetail& detail : change.details) {
    lines.push_back(markdown_cell(describe_detail(detail)) +
                    (detail.unified_diff.empty() ? "" : " (diff below)"));
  }
  return fmt::format("{}", fmt::join(lines, "<br>"));
}

void summary_table(std::string& out, const DiffResult& result) {
  out += "## Summary\n\n| Category | OLD | NEW | Added | Removed | Changed | Status |\n";
  out += "|---|---:|---:|---:|---:|---:|---|\n";
  for (const KindSummary& row : result.summary) {
    bool differs = row.added || row.removed || row.changed;
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", kind_heading(row.kind),
                       row.old_count, row.new_count, row.added, row.removed, row.changed,
                       differs ? "**differs**" : "identical");
  }
  out += "\n";
}

void kind_sections(std::string& out, const DiffReport& report) {
  const DiffResult& result = report.result;
  bool with_migrations = report.attribution.has_value();
  std::string current;
  std::vector<const Change*> with_diffs;
  auto flush_diffs = [&] {
    for (const Change* change : with_diffs) {
      for (const ChangeDetail& detail : change->details) {
        if (detail.unified_diff.empty()) continue;
        out += fmt::format("\n{} {}:\n\n{}", code_span(change->id), detail.aspect,
                           code_block(detail.unified_diff, "diff"));
      }
    }
    with_diffs.clear();
  };
  for (const Change& change : result.changes) {
    if (change.kind != current) {
      flush_diffs();
      current = change.kind;
      out += fmt::format("\n## {}\n\n| Object | Change | Details |{}\n|---|---|---|{}\n",
                         kind_heading(change.kind), with_migrations ? " Migrations |" : "",
                         with_migrations ? "---|" : "");
    }
    out += fmt::format("| {} | {} | {} |{}\n", markdown_cell(code_span(change.id)),
                       markdown_cell(change_word(change)), details_cell(change),
                       with_migrations ? " " + migrations_cell(report, change) + " |" : "");
    if (std::any_of(change.details.begin(), change.details.end(),
                    [](const ChangeDetail& d) { return !d.unified_diff.empty(); })) {
      with_diffs.push_back(&change);
    }
  }
  flush_diffs();
}

std::string risk_line(const Change& change) {
  std::string what = change.type == ChangeType::removed
                         ? fmt::format("{} {} exists only in OLD (missing from NEW)", change.kind,
                                       code_span(change.id))
                     : change.type == ChangeType::added
                         ? fmt::format("{} {} exists only in NEW (missing from OLD)", change.kind,
                                       code_span(change.id))
                         : fmt::format("{} {} differs", change.kind, code_span(change.id));
  std::vector<std::string> details;
  for (const ChangeDetail& detail : change.details) details.push_back(describe_detail(detail));
  if (!details.empty()) what += fmt::format(" — {}", fmt::join(details, "; "));
  if (change.counterpart) {
    what += change.type == ChangeType::added
                ? fmt::format(" (possibly replacing {})", code_span(*change.counterpart))
                : fmt::format(" (possibly replaced by {})", code_span(*change.counterpart));
  }
  return markdown_cell(what);
}

void conclusion(std::string& out, const DiffResult& result) {
  std::vector<const Change*> risky;
  for (const Change& change : result.changes) {
    if (change.impact >= kBreakingImpact) risky.push_back(&change);
  }
  std::stable_sort(risky.begin(), risky.end(),
                   [](const Change* a, const Change* b) { return a->impact > b->impact; });
  out += "\n## Conclusion\n\n";
  if (risky.empty()) {
    out += "None of the differences removes or narrows anything that code using OLD relies on.\n";
    return;
  }
  out += "The differences most likely to break something, first:\n\n";
  int n = 0;
  for (const Change* change : risky) out += fmt::format("{}. {}\n", ++n, risk_line(*change));
}

void migrations_sections(std::string& out, const DiffReport& report) {
  const MigrationAttribution& attribution = *report.attribution;
  out += fmt::format("\n## Migrations ({})\n\n", code_span(report.migrations_directory));
  out +=
      "Status judged from each migration's effects on the schema, found or not in each dump.\n\n";
  out += render_migration_status_markdown(
      {{report.old_input.input, attribution.old_status, attribution.old_ledger},
       {report.new_input.input, attribution.new_status, attribution.new_ledger}});
  out +=
      "\n## Unexplained drift\n\nDifferences that no migration makes (changes done by hand, or "
      "objects created outside migrations):\n\n";
  if (attribution.unexplained.empty()) out += "None.\n";
  for (const Change* change : attribution.unexplained) {
    out += fmt::format("- {} {} {}\n", change->kind, code_span(change->id),
                       change_type_name(change->type));
  }
  if (!attribution.uncertain.empty()) {
    out +=
        "\n## Possibly made by statements pgdrift cannot follow\n\nDifferences on objects that a "
        "migration's `DO` "
        "block names: what the block does is known only once a server runs it, so these are "
        "neither attributed nor "
        "counted as drift:\n\n";
  }
  for (const Change* change : attribution.uncertain) {
    out += fmt::format(
        "- {} {} {}: possibly {}\n", change->kind, code_span(change->id),
        change_type_name(change->type),
        fmt::join(attribution.possible_versions_by_change.at(change_key(*change)), ", "));
  }
  out += fmt::format(
      "\n## After the missing migrations\n\nApplying the {} missing migration{} to OLD in order "
      "({}) leaves ",
      attribution.missing_in_old.size(), attribution.missing_in_old.size() == 1 ? "" : "s",
      fmt::join(attribution.missing_in_old, ", "));
  if (attribution.after_missing.identical()) {
    out += "no difference with NEW.\n";
    return;
  }
  out += fmt::format("{} difference{} with NEW:\n\n", attribution.after_missing.changes.size(),
                     attribution.after_missing.changes.size() == 1 ? "" : "s");
  for (const Change& change : attribution.after_missing.changes) {
    out += fmt::format("- {} {} {}\n", change.kind, code_span(change.id),
                       change_type_name(change.type));
  }
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

void change_table(std::string& out, const DiffResult& result) {
  if (result.identical()) {
    out += "None.\n";
    return;
  }
  out += "| Object | Kind | Change | Details |\n|---|---|---|---|\n";
  for (const Change& change : result.changes) {
    out += fmt::format("| {} | {} | {} | {} |\n", markdown_cell(code_span(change.id)), change.kind,
                       change_type_name(change.type), details_cell(change));
  }
}

void drift_section(std::string& out, std::string_view side, const std::string& input,
                   const SideDrift& drift) {
  std::string basis = drift.from_ledger
                          ? fmt::format("the {} its ledger records",
                                        plural(drift.expected_migrations.size(), "migration"))
                          : fmt::format("the {} whose effects it shows",
                                        plural(drift.expected_migrations.size(), "migration"));
  out += fmt::format(
      "\n## Drift of {} (`{}`)\n\nWhat {} has beyond the schema replayed from {}: what was changed "
      "by hand.\n\n",
      side, markdown_cell(input), side, basis);
  change_table(out, drift.changes);
}

void dry_run_section(std::string& out, const DryRun& run) {
  out += fmt::format("\n## Dry run of the {} OLD has not recorded\n\n",
                     plural(run.migrations.size(), "migration"));
  out +=
      "Applied to OLD in order, each statement on its own, as `psql` runs a file without "
      "`ON_ERROR_STOP`";
  out +=
      run.migrations.empty() ? ".\n\n" : fmt::format(": {}.\n\n", fmt::join(run.migrations, ", "));
  out += fmt::format("**{} would fail.**\n\n", plural(run.failures.size(), "statement"));
  if (!run.failures.empty()) out += "| Migration | Where | Error |\n|---|---|---|\n";
  for (const DryRunFailure& failure : run.failures) {
    out += fmt::format("| {} | `{}:{}:{}` | {} |\n", failure.version,
                       markdown_cell(failure.where.file.str()), failure.where.line,
                       failure.where.column, markdown_cell(failure.message));
  }
  out += fmt::format("\nAfterwards OLD still differs from NEW in {}:\n\n",
                     plural(run.remaining.changes.size(), "object"));
  change_table(out, run.remaining);
}

void history_sections(std::string& out, const DiffReport& report) {
  const HistoryCheck& history = *report.history;
  drift_section(out, "OLD", report.old_input.input, history.old_drift);
  drift_section(out, "NEW", report.new_input.input, history.new_drift);
  dry_run_section(out, history.dry_run);
}

}  // namespace

std::string render_diff_markdown(const DiffReport& report) {
  const DiffResult& result = report.result;
  std::string out = "# Schema comparison\n\n";
  out += fmt::format("- **OLD**: `{}` ({} statements)\n- **NEW**: `{}` ({} statements)\n\n",
                     report.old_input.input, report.old_input.statements, report.new_input.input,
                     report.new_input.statements);
  if (result.identical()) {
    out += "**The schemas are identical.**\n\n";
    summary_table(out, result);
    // Both sides can carry the same hand-made change: drift is still worth showing.
    if (report.history) history_sections(out, report);
    return out;
  }
  out += fmt::format("**The schemas differ: {} difference{}.**\n\n", result.changes.size(),
                     result.changes.size() == 1 ? "" : "s");
  summary_table(out, result);
  kind_sections(out, report);
  if (report.attribution) migrations_sections(out, report);
  if (report.history) history_sections(out, report);
  out += render_impact_markdown(report.impact);
  conclusion(out, result);
  return out;
}

}  // namespace pgdrift
