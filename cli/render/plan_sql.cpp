#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/render/plan_report.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

bool runs(const PlanStep& step, const PlanOptions& options) {
  return !step.data_loss || options.allow_drops;
}

std::string commented(const std::string& text) {
  std::string out = "-- ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "-- ";
  }
  return out;
}

// Comment lines of a text that may span several lines.
std::string comment_lines(const std::string& text) { return commented(text) + "\n"; }

void write_header(std::string& out, const PlanReport& report) {
  int held_back = 0, held_with = 0;
  for (const PlanStep& step : report.plan.steps) {
    bool held = !runs(step, report.options);
    held_back += held && step.held_back_with.empty();
    held_with += held && !step.held_back_with.empty();
  }
  out += fmt::format("-- pgdrift plan: turns the schema of {} into the schema of {}\n",
                     report.old_input, report.new_input);
  out += "-- Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n";
  out += fmt::format("-- {} statements", report.plan.steps.size());
  if (held_back) {
    out += fmt::format("; {} of them lose data and are commented out", held_back);
    if (held_with) out += fmt::format(", with {} that cannot run without them", held_with);
    out += " (rerun with --allow-drops to include them)";
  }
  out += "\n";
  for (const std::string& warning : report.plan.warnings)
    out += comment_lines("warning: " + warning);
  out += "\n";
  out += "SET check_function_bodies = false;\n";
  std::vector<std::string> schemas;
  for (const std::string& schema : report.search_path) schemas.push_back(quote_identifier(schema));
  out += fmt::format("SELECT pg_catalog.set_config('search_path', {}, false);\n",
                     quote_literal(fmt::format("{}", fmt::join(schemas, ", "))));
}

void write_step(std::string& out, const PlanStep& step, const PlanOptions& options) {
  if (!step.hazard.empty()) out += comment_lines("hazard: " + step.hazard);
  if (runs(step, options)) {
    out += step.sql + "\n";
  } else {
    out += step.held_back_with.empty() ? "-- data loss: left out without --allow-drops\n"
                                       : comment_lines("held back with: " + step.held_back_with);
    out += comment_lines(step.sql);
  }
}

}  // namespace

std::string render_plan_sql(const PlanReport& report) {
  std::string out;
  write_header(out, report);
  if (report.plan.steps.empty()) {
    out += "\n-- Nothing to do: the schemas are the same.\n";
    return out;
  }
  bool in_transaction = false;
  std::string current_change;
  for (const PlanStep& step : report.plan.steps) {
    if (report.options.transaction && step.transactional && !in_transaction) {
      out += "\nBEGIN;\n";
      in_transaction = true;
      current_change.clear();
    }
    if (step.change != current_change) {
      out += "\n" + comment_lines(step.change);
      current_change = step.change;
    }
    write_step(out, step, report.options);
  }
  if (in_transaction) out += "\nCOMMIT;\n";
  return out;
}

}  // namespace pgdrift
