#include <fmt/format.h>

#include <algorithm>

#include "cli/render/html_text.hpp"
#include "cli/render/report_figures.hpp"
#include "cli/render/report_render.hpp"

namespace pgdrift {
namespace {

// One file that opens anywhere, offline: the style is inline and nothing is fetched.
constexpr std::string_view kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1b1b1b}
h1{font-size:1.6em}h2,h3,h4{display:inline;font-size:1.15em}h3{font-size:1.05em}h4{font-size:1em}
summary{cursor:pointer;margin:.6em 0}details{margin:.4em 0 .4em .2em}
details details{margin-left:1em}
table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:.25em .6em;
text-align:left;vertical-align:top}th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font:.92em ui-monospace,monospace;background:#f4f4f4;padding:0 .2em;overflow-wrap:anywhere}
pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow-x:auto;font:.88em/1.35 ui-monospace,monospace}
pre span{display:block}.add{background:#e6ffec;color:#116329}.del{background:#ffebe9;color:#82071e}
.hunk{color:#6639ba}.breaks{color:#82071e;font-weight:600}.note{color:#555}.error{color:#82071e}
)";

// A catalog sentence takes names already formatted; HTML escapes the sentence itself too, so
// the renderer gives it markers, escapes the sentence, then puts each name where its marker is.
std::string marker(std::size_t index) { return fmt::format("\x01{}\x02", index); }

std::string sentence(const std::string& text, const std::vector<std::string>& names = {}) {
  std::string out = html_text(text);
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string mark = marker(i);
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at)) {
      std::string name = html_name(names[i]);
      out.replace(at, mark.size(), name);
      at += name.size();
    }
  }
  return out;
}

// A unified diff with its added, removed and hunk lines styled.
std::string diff_block(const std::string& diff) {
  std::string out = "<pre class=\"diff\">";
  std::size_t start = 0;
  while (start < diff.size()) {
    std::size_t end = diff.find('\n', start);
    if (end == std::string::npos) end = diff.size();
    std::string_view line(diff.data() + start, end - start);
    std::string_view style = line.starts_with("+++") || line.starts_with("---") ? "hunk"
                             : line.starts_with("@@")                           ? "hunk"
                             : line.starts_with("+")                            ? "add"
                             : line.starts_with("-")                            ? "del"
                                                                                : "ctx";
    out += fmt::format("<span class=\"{}\">{}</span>", style, html_text(line));
    start = end + 1;
  }
  return out + "</pre>\n";
}

class HtmlReport {
 public:
  HtmlReport(const AuditReport& report, const ReportStrings& words) : report_(report), s_(words) {}

  std::string render() {
    head();
    render_sections(report_, *this);
    out_ += "</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  template <typename Renderer>
  friend void pgdrift::render_sections(const AuditReport&, Renderer&);
  const AuditReport& report_;
  const ReportStrings& s_;
  std::string out_;
  int section_ = 0;

  void head() {
    out_ += fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        html_text(s_.language()),
        html_text(s_.title_of(report_.old_counts.input, report_.new_counts.input)), kStyle,
        html_text(s_.title()));
  }

  // A collapsible numbered section, open: closed sections would hide the report from print.
  void open_section(const std::string& id, const std::string& text) {
    out_ += fmt::format("<details open id=\"{}\"><summary><h2>{}. {}</h2></summary>\n", id,
                        ++section_, html_text(text));
  }
  // A folding part of a section, open.
  void open_fold(const std::string& text) {
    out_ += fmt::format("<details open><summary><h3>{}</h3></summary>\n", html_text(text));
  }
  void close() { out_ += "</details>\n"; }
  // A list's opening tag, or the sentence that says there is nothing to list.
  void open_list(std::string_view tag, bool empty, const std::string& nothing) {
    if (empty)
      paragraph(html_text(nothing));
    else
      out_ += fmt::format("<{}>\n", tag);
  }
  void paragraph(const std::string& html) { out_ += fmt::format("<p>{}</p>\n", html); }

  void inputs() {
    out_ += "<ul class=\"inputs\">\n";
    for (const SideCounts* side : {&report_.old_counts, &report_.new_counts}) {
      out_ += fmt::format("<li><strong>{}</strong>: {} ({})</li>\n",
                          html_text(s_.side(side == &report_.old_counts ? "old" : "new")),
                          html_name(side->input), html_text(s_.statements(side->statements)));
    }
    if (report_.comparison.migrations)
      out_ +=
          fmt::format("<li><strong>{}</strong>: {}</li>\n", html_text(s_.migrations_directory()),
                      html_name(report_.comparison.migrations->directory));
    out_ += "</ul>\n";
  }

  static std::string location(const SourceLocation& where) {
    return fmt::format("{}:{}:{}", where.file.str(), where.line, where.column);
  }

  void errors() {
    if (report_.errors.empty()) return;
    out_ += fmt::format("<p class=\"error\"><strong>{}</strong></p>\n<ul class=\"error\">\n",
                        html_text(s_.errors_heading()));
    for (const Diagnostic& error : report_.errors)
      out_ += fmt::format("<li>{}: {}</li>\n", html_name(location(error.where)),
                          html_lines(error.message));
    out_ += "</ul>\n";
  }

  // --- Executive summary ---------------------------------------------------------------

  std::string optional_count(const std::optional<int>& count) const {
    return html_text(count ? std::to_string(*count) : s_.not_known());
  }

  void count_row(const std::string& key, const std::string& label, const std::string& old_count,
                 const std::string& new_count) {
    out_ += fmt::format(
        "<tr data-count=\"{}\"><th scope=\"row\">{}</th><td class=\"n\">{}</td><td "
        "class=\"n\">{}</td></tr>\n",
        html_text(key), html_text(label), old_count, new_count);
  }

  void summary() {
    out_ += fmt::format("<section id=\"summary\"><h2>{}. {}</h2>\n", ++section_,
                        html_text(s_.summary_heading()));
    paragraph(fmt::format("<strong>{}</strong>",
                          html_text(s_.verdict(report_.comparison.result.changes.size()))));
    out_ += fmt::format(
        "<table id=\"counts\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        html_text(s_.category()), html_text(s_.side("old")), html_text(s_.side("new")));
    for (const std::string& kind : summary_kinds(report_)) {
      count_row(kind, s_.kind_plural(kind), std::to_string(count_of(report_.old_counts, kind)),
                std::to_string(count_of(report_.new_counts, kind)));
    }
    count_row("migrations_recorded", s_.migrations_recorded(),
              optional_count(report_.old_counts.migrations_recorded),
              optional_count(report_.new_counts.migrations_recorded));
    count_row("migrations_applied", s_.migrations_applied(),
              optional_count(report_.old_counts.migrations_applied),
              optional_count(report_.new_counts.migrations_applied));
    out_ += "</tbody></table>\n";
    key_figures();
    out_ += "</section>\n";
  }

  void key_figures() {
    const SchemaComparison& comparison = report_.comparison;
    out_ += "<ul class=\"key\">\n";
    if (comparison.migrations) {
      const HistoryCheck& history = comparison.migrations->history;
      for (const auto& [side, drift] :
           {std::pair{"old", &history.old_drift}, std::pair{"new", &history.new_drift}}) {
        out_ += fmt::format("<li>{}</li>\n",
                            html_text(s_.key_drift(side, drift->changes.changes.size())));
      }
      out_ += fmt::format("<li>{}</li>\n",
                          html_text(s_.key_dry_run(history.dry_run.migrations.size(),
                                                   history.dry_run.failures.size(),
                                                   history.dry_run.remaining.changes.size())));
    }
    out_ +=
        fmt::format("<li>{}</li>\n</ul>\n", html_text(s_.key_impact(breaking_uses(comparison))));
    if (!comparison.migrations) paragraph(html_text(s_.without_migrations()));
  }

  // --- Differences -----------------------------------------------------------------------

  std::string change_cell(const Change& change) const {
    std::string word = s_.change_type(change.type);
    if (!change.counterpart) return html_text(word);
    std::string other = change.type == ChangeType::removed ? s_.possibly_replaced_by(marker(0))
                                                           : s_.possibly_replacing(marker(0));
    return sentence(fmt::format("{} ({})", word, other), {*change.counterpart});
  }

  std::string details_cell(const Change& change) const {
    std::vector<std::string> lines;
    for (const ChangeDetail& detail : change.details) {
      lines.push_back(html_lines(s_.detail(detail)) +
                      (detail.unified_diff.empty() ? "" : " " + html_text(s_.body_diff_below())));
    }
    return fmt::format("{}", fmt::join(lines, "<br>"));
  }

  static bool has_body_diff(const Change& change) {
    return std::any_of(change.details.begin(), change.details.end(),
                       [](const ChangeDetail& detail) { return !detail.unified_diff.empty(); });
  }

  void body_diffs(const std::vector<const Change*>& changes) {
    for (const Change* change : changes) {
      for (const ChangeDetail& detail : change->details) {
        if (detail.unified_diff.empty()) continue;
        out_ += fmt::format("<details open class=\"body-diff\"><summary>{}</summary>\n",
                            sentence(s_.body_diff_of(marker(0), detail.aspect), {change->id}));
        out_ += diff_block(detail.unified_diff);
        out_ += fmt::format("<p class=\"note\">{}</p>\n</details>\n", html_text(s_.diff_legend()));
      }
    }
  }

  void differences() {
    const DiffResult& result = report_.comparison.result;
    open_section("differences", s_.differences_heading());
    if (result.identical()) paragraph(html_text(s_.none()));
    bool attributed = report_.comparison.migrations.has_value();
    for (auto first = result.changes.begin(); first != result.changes.end();) {
      auto last = std::find_if(first, result.changes.end(),
                               [&](const Change& change) { return change.kind != first->kind; });
      out_ += fmt::format(
          "<details open class=\"kind\"><summary><h3>{} ({})</h3></summary>\n<table><thead><tr>"
          "<th>{}</th><th>{}</th><th>{}</th>{}</tr></thead><tbody>\n",
          html_text(s_.kind_plural(first->kind)), last - first, html_text(s_.object()),
          html_text(s_.change()), html_text(s_.details()),
          attributed ? "<th>" + html_text(s_.migrations_column()) + "</th>" : "");
      std::vector<const Change*> with_diffs;
      for (auto change = first; change != last; ++change) {
        out_ += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}</td>{}</tr>\n", html_name(change->id),
            change_cell(*change), details_cell(*change),
            attributed ? "<td>" + html_text(migrations_of(report_, *change, s_)) + "</td>" : "");
        if (has_body_diff(*change)) with_diffs.push_back(&*change);
      }
      out_ += "</tbody></table>\n";
      body_diffs(with_diffs);
      close();
      first = last;
    }
    close();
  }

  // --- Migrations per side ---------------------------------------------------------------

  void ledger_findings(const std::string& input, const std::optional<LedgerFindings>& findings) {
    if (!findings || findings->empty()) return;
    paragraph(fmt::format("<strong>{}</strong>", sentence(s_.ledger_of(marker(0)), {input})));
    out_ += "<ul>\n";
    for (const EditedMigration& edited : findings->edited)
      out_ += fmt::format("<li>{}</li>\n",
                          html_lines(s_.edited_migration(edited.migration->file.version,
                                                         edited.migration->file.name)));
    for (const LedgerRow& row : findings->without_file)
      out_ +=
          fmt::format("<li>{}</li>\n", html_lines(s_.recorded_without_file(row.version, row.name)));
    for (const RepeatedVersion& repeated : findings->repeated)
      out_ += fmt::format("<li>{}</li>\n",
                          html_lines(s_.recorded_twice(repeated.version, repeated.times)));
    out_ += "</ul>\n";
  }

  void migrations() {
    const MigrationAttribution& attribution = report_.comparison.migrations->attribution;
    open_section("migrations", s_.migrations_heading());
    paragraph(html_text(s_.migrations_intro()));
    out_ += fmt::format(
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        html_text(s_.version()), html_text(s_.name()), html_text(s_.side("old")),
        html_text(s_.side("new")));
    for (std::size_t i = 0; i < attribution.old_status.size(); ++i) {
      const MigrationFile& file = attribution.old_status[i].migration->file;
      out_ += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                          html_name(file.version), html_lines(file.name),
                          html_text(s_.migration_state(attribution.old_status[i])),
                          html_text(s_.migration_state(attribution.new_status[i])));
    }
    out_ += "</tbody></table>\n<ul>\n";
    out_ += fmt::format("<li><strong>{}</strong>: {}</li>\n", html_text(s_.side("old")),
                        html_text(s_.state_counts(attribution.old_status)));
    out_ += fmt::format("<li><strong>{}</strong>: {}</li>\n</ul>\n", html_text(s_.side("new")),
                        html_text(s_.state_counts(attribution.new_status)));
    ledger_findings(report_.old_counts.input, attribution.old_ledger);
    ledger_findings(report_.new_counts.input, attribution.new_ledger);
    close();
  }

  // --- Drift, dry run --------------------------------------------------------------------

  void change_table(const DiffResult& changes) {
    if (changes.identical()) {
      paragraph(html_text(s_.none()));
      return;
    }
    out_ += fmt::format(
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        html_text(s_.object()), html_text(s_.kind_column()), html_text(s_.change()),
        html_text(s_.details()));
    for (const Change& change : changes.changes) {
      out_ += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                          html_name(change.id), html_text(s_.kind(change.kind)),
                          html_text(s_.change_type(change.type)), details_cell(change));
    }
    out_ += "</tbody></table>\n";
    std::vector<const Change*> with_diffs;
    for (const Change& change : changes.changes)
      if (has_body_diff(change)) with_diffs.push_back(&change);
    body_diffs(with_diffs);
  }

  void drift() {
    const HistoryCheck& history = report_.comparison.migrations->history;
    open_section("drift", s_.drift_heading());
    paragraph(html_text(s_.drift_intro()));
    for (const auto& [side, drift] :
         {std::pair<std::string, const SideDrift*>{"old", &history.old_drift},
          std::pair<std::string, const SideDrift*>{"new", &history.new_drift}}) {
      const SideCounts& counts = side == "old" ? report_.old_counts : report_.new_counts;
      out_ += fmt::format("<details open class=\"side\"><summary><h3>{} ({}) — {}</h3></summary>\n",
                          html_text(s_.side(side)), html_name(counts.input),
                          drift->changes.changes.size());
      paragraph(
          html_text(s_.drift_basis(side, drift->from_ledger, drift->expected_migrations.size())));
      if (drift->changes.identical())
        paragraph(html_text(s_.no_drift()));
      else
        change_table(drift->changes);
      close();
    }
    close();
  }

  void dry_run() {
    const DryRun& run = report_.comparison.migrations->history.dry_run;
    open_section("dry-run", s_.dry_run_heading());
    std::string intro = html_text(s_.dry_run_intro(run.migrations.size()));
    for (const std::string& version : run.migrations) intro += " " + html_name(version);
    paragraph(intro);
    paragraph(
        fmt::format("<strong>{}</strong>", html_text(s_.dry_run_failures(run.failures.size()))));
    if (!run.failures.empty())
      out_ +=
          fmt::format("<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                      html_text(s_.version()), html_text(s_.where()), html_text(s_.error()));
    for (const DryRunFailure& failure : run.failures) {
      out_ +=
          fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", html_name(failure.version),
                      html_name(location(failure.where)), html_lines(s_.dry_run_error(failure)));
    }
    if (!run.failures.empty()) out_ += "</tbody></table>\n";
    paragraph(html_text(s_.dry_run_remaining(run.remaining.changes.size())));
    change_table(run.remaining);
    close();
  }

  // --- Impact ----------------------------------------------------------------------------

  void impact() {
    open_section("impact", s_.impact_heading());
    if (report_.comparison.impact.empty()) {
      paragraph(html_text(s_.no_impact()));
      close();
      return;
    }
    paragraph(html_text(s_.impact_intro()));
    out_ += "<ul class=\"impact\">\n";
    for (const ImpactEntry& entry : report_.comparison.impact) {
      out_ += "<li>" + sentence(s_.impact_subject(entry.kind, marker(0), entry.change), {entry.id});
      if (entry.used_by.empty()) {
        out_ += fmt::format(": {}</li>\n", html_text(s_.used_by_nothing()));
        continue;
      }
      out_ += "\n<ul>\n";
      for (const ImpactUse& use : entry.used_by) {
        std::string text =
            sentence(s_.impact_use(use, marker(0), use.column.empty() ? "" : marker(1)),
                     {use.id, use.column});
        out_ += fmt::format("<li{}>{}</li>\n", use.breaks ? " class=\"breaks\"" : "", text);
      }
      out_ += "</ul></li>\n";
    }
    out_ += "</ul>\n";
    close();
  }

  // --- Recommended actions ---------------------------------------------------------------

  void sql_block(const std::string& label, const std::vector<ResolutionStep>& steps) {
    paragraph(html_text(label) + ":");
    if (steps.empty()) {
      paragraph(html_text(s_.no_sql()));
      return;
    }
    std::string sql = steps_sql(steps, s_);
    out_ += fmt::format("<pre class=\"sql\">{}</pre>\n", html_text(sql));
  }

  void actions() {
    const RecommendedActions& actions = *report_.actions;
    open_section("actions", s_.actions_heading());
    open_fold(s_.apply_heading());
    open_list("ol", actions.apply_in_order.empty(), s_.nothing_to_apply());
    for (const MigrationToApply& migration : actions.apply_in_order) {
      out_ += fmt::format("<li>{} {}: {}</li>\n", html_name(migration.version),
                          html_lines(migration.name), html_text(s_.advice(migration)));
    }
    if (!actions.apply_in_order.empty()) out_ += "</ol>\n";
    close();
    open_fold(s_.resolve_heading());
    paragraph(html_text(s_.resolve_intro()));
    if (actions.drift.empty()) paragraph(html_text(s_.none()));
    for (const DriftResolution& resolution : actions.drift) {
      out_ += fmt::format("<details class=\"resolution\"><summary><h4>{}</h4></summary>\n",
                          sentence(s_.drift_item(resolution.side, resolution.change.kind, marker(0),
                                                 resolution.change.type),
                                   {resolution.change.id}));
      sql_block(s_.capture(), resolution.capture);
      sql_block(s_.revert(), resolution.revert);
      close();
    }
    close();
    hazards(actions);
    close();
  }

  void hazards(const RecommendedActions& actions) {
    open_fold(s_.hazards_heading());
    open_list("ul", actions.hazards.empty(), s_.no_hazards());
    for (const ActionHazard& hazard : actions.hazards) {
      out_ +=
          fmt::format("<li>{} · {} {} · {}: {}</li>\n", html_text(s_.side(hazard.side)),
                      html_text(s_.kind(hazard.kind)), html_name(hazard.id),
                      html_text(s_.action(hazard.action)), html_lines(s_.hazard(hazard.hazard)));
    }
    if (!actions.hazards.empty()) out_ += "</ul>\n";
    if (!actions.plan_warnings.empty()) {
      paragraph(html_text(s_.plan_warnings()));
      out_ += "<ul>\n";
      for (const std::string& warning : actions.plan_warnings)
        out_ += fmt::format("<li>{}</li>\n", html_lines(warning));
      out_ += "</ul>\n";
    }
    close();
  }

  // --- What schema-only dumps cannot tell ------------------------------------------------

  // The marker of an unknown's name, after the object's kind in the report's language.
  std::string subject_marker(const Unknown& unknown) const {
    if (unknown.object_kind.empty()) return marker(0);
    return fmt::format("{} {}", s_.kind(unknown.object_kind), marker(0));
  }

  void unknowns() {
    open_section("unknowns", s_.unknowns_heading());
    paragraph(html_text(s_.unknowns_intro()));
    out_ += "<ul>\n";
    for (const Unknown& unknown : report_.unknowns)
      out_ += fmt::format("<li>{}</li>\n", sentence(s_.unknown(unknown, subject_marker(unknown)),
                                                    {unknown.subject}));
    out_ += fmt::format("<li>{}</li>\n</ul>\n", html_text(s_.always_unknown()));
    close();
  }
};

}  // namespace

std::string render_report_html(const AuditReport& report, const ReportStrings& strings) {
  return HtmlReport(report, strings).render();
}

}  // namespace pgdrift
