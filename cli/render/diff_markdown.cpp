#include <fmt/format.h>

#include <algorithm>

#include "cli/render/detail_text.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/impact_report.hpp"
#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

constexpr int kBreakingImpact = 60;

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else out += c;
  }
  return out;
}

std::string change_word(const Change& change) {
  std::string word(change_type_name(change.type));
  if (!change.counterpart) return word;
  return change.type == ChangeType::removed ? fmt::format("{} (possibly renamed or replaced by `{}`)", word, *change.counterpart)
                                            : fmt::format("{} (possibly replacing `{}`)", word, *change.counterpart);
}

std::string migrations_cell(const DiffReport& report, const Change& change) {
  auto found = report.attribution->versions_by_change.find(change_key(change));
  if (found == report.attribution->versions_by_change.end()) {
    auto possible = report.attribution->possible_versions_by_change.find(change_key(change));
    if (possible == report.attribution->possible_versions_by_change.end()) return "**none** (unexplained)";
    return fmt::format("possibly {} (a DO block names it)", fmt::join(possible->second, ", "));
  }
  return fmt::format("{}", fmt::join(found->second, ", "));
}

std::string details_cell(const Change& change) {
  std::vector<std::string> lines;
  for (const ChangeDetail& detail : change.details) {
    lines.push_back(cell(describe_detail(detail)) + (detail.unified_diff.empty() ? "" : " (diff below)"));
  }
  return fmt::format("{}", fmt::join(lines, "<br>"));
}

void summary_table(std::string& out, const DiffResult& result) {
  out += "## Summary\n\n| Category | OLD | NEW | Added | Removed | Changed | Status |\n";
  out += "|---|---:|---:|---:|---:|---:|---|\n";
  for (const KindSummary& row : result.summary) {
    bool differs = row.added || row.removed || row.changed;
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", kind_heading(row.kind), row.old_count, row.new_count,
                       row.added, row.removed, row.changed, differs ? "**differs**" : "identical");
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
        out += fmt::format("\n`{}` {}:\n\n```diff\n{}```\n", change->id, detail.aspect, detail.unified_diff);
      }
    }
    with_diffs.clear();
  };
  for (const Change& change : result.changes) {
    if (change.kind != current) {
      flush_diffs();
      current = change.kind;
      out += fmt::format("\n## {}\n\n| Object | Change | Details |{}\n|---|---|---|{}\n", kind_heading(change.kind),
                         with_migrations ? " Migrations |" : "", with_migrations ? "---|" : "");
    }
    out += fmt::format("| `{}` | {} | {} |{}\n", cell(change.id), change_word(change), details_cell(change),
                       with_migrations ? " " + migrations_cell(report, change) + " |" : "");
    if (std::any_of(change.details.begin(), change.details.end(), [](const ChangeDetail& d) { return !d.unified_diff.empty(); })) {
      with_diffs.push_back(&change);
    }
  }
  flush_diffs();
}

std::string risk_line(const Change& change) {
  std::string what = change.type == ChangeType::removed ? fmt::format("{} `{}` exists only in OLD (missing from NEW)", change.kind, change.id)
                     : change.type == ChangeType::added ? fmt::format("{} `{}` exists only in NEW (missing from OLD)", change.kind, change.id)
                                                        : fmt::format("{} `{}` differs", change.kind, change.id);
  std::vector<std::string> details;
  for (const ChangeDetail& detail : change.details) details.push_back(describe_detail(detail));
  if (!details.empty()) what += fmt::format(" — {}", fmt::join(details, "; "));
  if (change.counterpart) {
    what += change.type == ChangeType::added ? fmt::format(" (possibly replacing `{}`)", *change.counterpart)
                                             : fmt::format(" (possibly replaced by `{}`)", *change.counterpart);
  }
  return cell(what);
}

void conclusion(std::string& out, const DiffResult& result) {
  std::vector<const Change*> risky;
  for (const Change& change : result.changes) {
    if (change.impact >= kBreakingImpact) risky.push_back(&change);
  }
  std::stable_sort(risky.begin(), risky.end(), [](const Change* a, const Change* b) { return a->impact > b->impact; });
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
  out += fmt::format("\n## Migrations (`{}`)\n\n", report.migrations_directory);
  out += "Status judged from each migration's effects on the schema, found or not in each dump.\n\n";
  out += render_migration_status_markdown({{report.old_input.input, attribution.old_status, attribution.old_ledger},
                                           {report.new_input.input, attribution.new_status, attribution.new_ledger}});
  out += "\n## Unexplained drift\n\nDifferences that no migration makes (changes done by hand, or objects created outside migrations):\n\n";
  if (attribution.unexplained.empty()) out += "None.\n";
  for (const Change* change : attribution.unexplained) {
    out += fmt::format("- {} `{}` {}\n", change->kind, cell(change->id), change_type_name(change->type));
  }
  if (!attribution.uncertain.empty()) {
    out += "\n## Possibly made by statements pgdrift cannot follow\n\nDifferences on objects that a migration's `DO` "
           "block names: what the block does is known only once a server runs it, so these are neither attributed nor "
           "counted as drift:\n\n";
  }
  for (const Change* change : attribution.uncertain) {
    out += fmt::format("- {} `{}` {}: possibly {}\n", change->kind, cell(change->id), change_type_name(change->type),
                       fmt::join(attribution.possible_versions_by_change.at(change_key(*change)), ", "));
  }
  out += fmt::format("\n## After the missing migrations\n\nApplying the {} missing migration{} to OLD in order ({}) leaves ",
                     attribution.missing_in_old.size(), attribution.missing_in_old.size() == 1 ? "" : "s",
                     fmt::join(attribution.missing_in_old, ", "));
  if (attribution.after_missing.identical()) {
    out += "no difference with NEW.\n";
    return;
  }
  out += fmt::format("{} difference{} with NEW:\n\n", attribution.after_missing.changes.size(),
                     attribution.after_missing.changes.size() == 1 ? "" : "s");
  for (const Change& change : attribution.after_missing.changes) {
    out += fmt::format("- {} `{}` {}\n", change.kind, cell(change.id), change_type_name(change.type));
  }
}

}  // namespace

std::string render_diff_markdown(const DiffReport& report) {
  const DiffResult& result = report.result;
  std::string out = "# Schema comparison\n\n";
  out += fmt::format("- **OLD**: `{}` ({} statements)\n- **NEW**: `{}` ({} statements)\n\n", report.old_input.input,
                     report.old_input.statements, report.new_input.input, report.new_input.statements);
  if (result.identical()) {
    out += "**The schemas are identical.**\n\n";
    summary_table(out, result);
    return out;
  }
  out += fmt::format("**The schemas differ: {} difference{}.**\n\n", result.changes.size(), result.changes.size() == 1 ? "" : "s");
  summary_table(out, result);
  kind_sections(out, report);
  if (report.attribution) migrations_sections(out, report);
  out += render_impact_markdown(report.impact);
  conclusion(out, result);
  return out;
}

}  // namespace pgdrift
