#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pgdrift {

enum class ChangeType { added, removed, changed };

std::string_view change_type_name(ChangeType type);

// One aspect of an object that differs, in the user's terms ("default", "allowed_values",
// "output_columns", "body", ...). Values are display text; lists carry set differences.
struct ChangeDetail {
  std::string aspect;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
  std::vector<std::string> only_old;  // allowed_values: values allowed only in OLD
  std::vector<std::string> only_new;
  std::vector<std::string> added;     // output_columns, grants: items present only in NEW
  std::vector<std::string> removed;   // ... only in OLD
  std::vector<std::string> changed;   // ... on both sides, different
  std::string unified_diff;           // body: a unified diff of the normalized text
};

// An object added, removed or changed from OLD to NEW.
struct Change {
  std::string kind;  // kind_name() of the object (or an OtherObject kind)
  std::string id;    // stable id, as `inspect --list` prints it
  ChangeType type = ChangeType::changed;
  std::vector<ChangeDetail> details;
  std::optional<std::string> counterpart;  // "possibly renamed or replaced by/from" this id
  int impact = 0;  // higher: more likely to break something (see impact.cpp)
};

// Per-kind counts for the summary table.
struct KindSummary {
  std::string kind;
  int old_count = 0;
  int new_count = 0;
  int added = 0;
  int removed = 0;
  int changed = 0;
};

struct DiffResult {
  std::vector<Change> changes;
  std::vector<KindSummary> summary;
  bool identical() const { return changes.empty(); }
};

}  // namespace pgdrift
