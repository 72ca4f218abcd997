#include <fmt/format.h>

#include <map>

#include "cli/render/detail_text.hpp"
#include "cli/render/report_strings.hpp"

namespace pgdrift {
namespace {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

class EnglishStrings final : public ReportStrings {
 public:
  std::string title() const override { return "Schema audit report"; }
  std::string colon() const override { return ": "; }
  std::string colon_end() const override { return ":"; }
  std::string language() const override { return "en"; }
  std::string title_of(const std::string& old_input, const std::string& new_input) const override {
    return fmt::format("Schema audit report: {} (OLD) and {} (NEW)", old_input, new_input);
  }
  std::string diff_legend() const override {
    return "Lines marked - are OLD's only, lines marked + NEW's only.";
  }
  std::string side(std::string_view side) const override { return side == "old" ? "OLD" : "NEW"; }
  std::string statements(int count) const override {
    return plural(count, "statement", "statements");
  }
  std::string migrations_directory() const override { return "Migrations"; }
  std::string verdict(std::size_t differences) const override {
    if (differences == 0) return "The schemas are identical.";
    return fmt::format("The schemas differ: {}.", plural(differences, "difference", "differences"));
  }

  std::string summary_heading() const override { return "Executive summary"; }
  std::string differences_heading() const override { return "Differences"; }
  std::string migrations_heading() const override { return "Migrations per side"; }
  std::string drift_heading() const override { return "Drift per side"; }
  std::string dry_run_heading() const override {
    return "Dry run of the migrations OLD has not recorded";
  }
  std::string impact_heading() const override { return "Impact"; }
  std::string actions_heading() const override { return "Recommended actions"; }
  std::string unknowns_heading() const override { return "What schema-only dumps cannot tell"; }
  std::string errors_heading() const override { return "Input errors"; }

  std::string category() const override { return "Category"; }
  std::string kind_plural(const std::string& kind) const override { return kind_heading(kind); }
  std::string kind(const std::string& kind) const override {
    std::string word = kind;
    for (char& c : word) c = c == '_' ? ' ' : c;
    return word;
  }
  std::string migrations_recorded() const override { return "Migrations recorded"; }
  std::string migrations_applied() const override {
    return "Migrations applied (by their effects)";
  }
  std::string not_known() const override { return "not known"; }
  std::string key_drift(const std::string& side_name, std::size_t items) const override {
    return fmt::format("Drift of {}: {} its migration history does not explain.", side(side_name),
                       plural(items, "object", "objects"));
  }
  std::string key_dry_run(std::size_t migrations, std::size_t failures,
                          std::size_t remaining) const override {
    return fmt::format(
        "Dry run on OLD of the {} it has not recorded: {} would fail; {} would still differ from "
        "NEW.",
        plural(migrations, "migration", "migrations"), plural(failures, "statement", "statements"),
        plural(remaining, "object", "objects"));
  }
  std::string key_impact(std::size_t breaking) const override {
    return fmt::format(
        "Impact: {} on one side would fail against the other.",
        plural(breaking, "object that uses a difference", "objects that use a difference"));
  }
  std::string without_migrations() const override {
    return "Without --migrations, the drift, the dry run and the recommended actions are left out: "
           "they compare each "
           "side with its own migration history.";
  }

  std::string object() const override { return "Object"; }
  std::string kind_column() const override { return "Kind"; }
  std::string change() const override { return "Change"; }
  std::string details() const override { return "Details"; }
  std::string migrations_column() const override { return "Migrations"; }
  std::string change_type(ChangeType type) const override {
    switch (type) {
      case ChangeType::added:
        return "added";
      case ChangeType::removed:
        return "removed";
      case ChangeType::changed:
        return "changed";
    }
    return "changed";
  }
  std::string possibly_replaced_by(const std::string& name) const override {
    return fmt::format("possibly renamed or replaced by {}", name);
  }
  std::string possibly_replacing(const std::string& name) const override {
    return fmt::format("possibly replacing {}", name);
  }
  std::string unexplained() const override { return "none (unexplained)"; }
  std::string possibly_made_by(const std::string& versions) const override {
    return fmt::format("possibly {} (a DO block names it)", versions);
  }
  std::string detail(const ChangeDetail& detail) const override { return describe_detail(detail); }
  std::string body_diff_below() const override { return "(diff below)"; }
  std::string body_diff_of(const std::string& name, const std::string& aspect) const override {
    return fmt::format("{} {}:", name, aspect);
  }
  std::string none() const override { return "None."; }

  std::string version() const override { return "Version"; }
  std::string name() const override { return "Name"; }
  std::string migration_state(const MigrationStatus& status) const override {
    std::string state(migration_state_name(status.state));
    if (!status.recorded) return state;
    return fmt::format("{} ({})", state, *status.recorded ? "recorded" : "not recorded");
  }
  std::string migrations_intro() const override {
    return "Each migration's status on each side, judged from its effects on the schema (found or "
           "not in the dump) "
           "and from the side's history table (recorded or not).";
  }
  std::string state_counts(const std::vector<MigrationStatus>& statuses) const override {
    std::vector<std::string> parts;
    for (auto [state, n] : migrations_per_state(statuses))
      parts.push_back(fmt::format("{} {}", n, migration_state_name(state)));
    return fmt::format("by their effects: {}", fmt::join(parts, ", "));
  }
  std::string edited_migration(const std::string& version, const std::string& name) const override {
    return fmt::format("edited after it was applied: {} {}", version, name);
  }
  std::string recorded_without_file(const std::string& version,
                                    const std::string& name) const override {
    return fmt::format("recorded without a migration file: {} {}", version, name);
  }
  std::string recorded_twice(const std::string& version, int times) const override {
    return fmt::format("recorded {} times: {}", times, version);
  }
  std::string ledger_of(const std::string& input) const override {
    return fmt::format("The history table of {}", input);
  }

  std::string drift_intro() const override {
    return "What each side has beyond the schema its own migrations give: what was changed by "
           "hand, whole objects "
           "as well as aspects of objects a migration made.";
  }
  std::string drift_basis(const std::string& side_name, bool from_ledger,
                          std::size_t migrations) const override {
    return fmt::format("{} compared with the schema replayed from the {} {}.", side(side_name),
                       plural(migrations, "migration", "migrations"),
                       from_ledger ? "its ledger records" : "whose effects it shows");
  }
  std::string no_drift() const override {
    return "No drift: the side is exactly what its migrations make.";
  }

  std::string dry_run_intro(std::size_t migrations) const override {
    return fmt::format(
        "The {} OLD has not recorded, applied offline to OLD's schema in order, each statement on "
        "its own as psql "
        "runs a file without ON_ERROR_STOP.",
        plural(migrations, "migration", "migrations"));
  }
  std::string dry_run_failures(std::size_t failures) const override {
    return fmt::format("{} would fail.", plural(failures, "statement", "statements"));
  }
  std::string where() const override { return "Where"; }
  std::string error() const override { return "Error"; }
  std::string dry_run_error(const DryRunFailure& failure) const override { return failure.message; }
  std::string dry_run_remaining(std::size_t remaining) const override {
    return fmt::format("Afterwards OLD would still differ from NEW in {}:",
                       plural(remaining, "object", "objects"));
  }

  std::string impact_intro() const override {
    return "What uses each difference, on either side; what would fail first comes first.";
  }
  std::string no_impact() const override {
    return "No difference is something another object can use.";
  }
  std::string impact_subject(const std::string& kind_name, const std::string& name,
                             const std::optional<ChangeType>& type) const override {
    std::string where = !type                          ? "not compared"
                        : *type == ChangeType::added   ? "only in NEW"
                        : *type == ChangeType::removed ? "only in OLD"
                                                       : "changed";
    return fmt::format("{} {} ({})", kind(kind_name), name, where);
  }
  std::string used_by_nothing() const override { return "used by nothing"; }
  std::string impact_use(const ImpactUse& use, const std::string& name,
                         const std::string& column) const override {
    std::string what = column.empty() ? "uses it" : fmt::format("reads its column {}", column);
    std::string user = fmt::format("{}'s {} {} {}", side(use.side), kind(use.kind), name, what);
    if (!use.breaks) return user;
    return fmt::format("{}: fails against {}, which lacks it", user,
                       side(use.side == "old" ? "new" : "old"));
  }

  std::string apply_heading() const override { return "Migrations to apply on OLD, in this order"; }
  std::string nothing_to_apply() const override {
    return "OLD has recorded every migration: nothing to apply.";
  }
  std::string advice(const MigrationToApply& migration) const override {
    switch (migration.advice) {
      case MigrationAdvice::apply:
        return "apply it: every statement runs";
      case MigrationAdvice::record_only:
        return fmt::format(
            "record it in the history table without running it: its effects are already there, "
            "made by hand, and {} "
            "of it would fail",
            plural(migration.failures, "statement", "statements"));
      case MigrationAdvice::fix_then_apply:
        return fmt::format("fix it, then apply it: {} would fail (see the dry run)",
                           plural(migration.failures, "statement", "statements"));
    }
    return "";
  }
  std::string resolve_heading() const override { return "Resolving each drift item"; }
  std::string resolve_intro() const override {
    return "For each item, two ways out, both written by pgdrift's plan generator: capture it as a "
           "new migration "
           "(the history then makes what the side has), or revert it on the side (the side then is "
           "what its history "
           "makes).";
  }
  std::string drift_item(const std::string& side_name, const std::string& kind_name,
                         const std::string& name, ChangeType type) const override {
    std::string what = type == ChangeType::added     ? "only on the side"
                       : type == ChangeType::removed ? "missing from the side"
                                                     : "changed by hand";
    return fmt::format("{}: {} {} ({})", side(side_name), kind(kind_name), name, what);
  }
  std::string capture() const override { return "Capture as a new migration"; }
  std::string revert() const override { return "Revert on the side"; }
  std::string no_sql() const override {
    return "No statement of its own: the statements of another item cover it (a table dropped or "
           "created with its indexes).";
  }
  std::string data_loss() const override { return "loses data"; }
  std::string hazards_heading() const override { return "Hazards of these statements"; }
  std::string no_hazards() const override {
    return "None of these statements takes a lasting lock, rewrites or scans a table.";
  }
  std::string action(const std::string& action_name) const override {
    return action_name == "capture" ? "capture" : "revert";
  }
  std::string hazard(const std::string& plan_hazard) const override { return plan_hazard; }
  std::string plan_warnings() const override { return "What the plans could not express:"; }

  std::string unknowns_intro() const override {
    return "A schema-only dump holds no rows and no server settings, so these were not judged:";
  }
  std::string unknown(const Unknown& item, const std::string& subject) const override {
    std::string where = item.side.empty() ? "" : fmt::format(" (on {})", side(item.side));
    switch (item.kind) {
      case UnknownKind::extension_version:
        return fmt::format(
            "the version of extension {}{}: no statement names it, and pg_dump never writes it",
            subject, where);
      case UnknownKind::migration_effects:
        return fmt::format(
            "whether migration {} ran: it changes no schema object, or does so in statements "
            "replay cannot follow",
            subject);
      case UnknownKind::uncertain_change:
        return fmt::format("who made {}: a migration's DO block names it", subject);
      case UnknownKind::table_rows:
        return fmt::format(
            "whether OLD's rows satisfy {} once the missing migrations run: a value in use can "
            "make the statement fail",
            subject);
    }
    return subject;
  }
  std::string always_unknown() const override {
    return "roles and their attributes, the server's version and settings, and the data in every "
           "table.";
  }
};

}  // namespace

const ReportStrings& english_report_strings() {
  static const EnglishStrings strings;
  return strings;
}

}  // namespace pgdrift
