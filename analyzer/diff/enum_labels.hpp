#pragma once

#include <string>
#include <utility>
#include <vector>

namespace pgdrift {

// How an enum's labels changed. A label replaced at the same place by one OLD did not
// have is a rename (ALTER TYPE ... RENAME VALUE keeps the rows that hold it), when every
// other label keeps its place; otherwise labels are added or removed, and those kept may
// have moved.
struct EnumLabelChanges {
  std::vector<std::pair<std::string, std::string>> renamed;  // old label, new label
  std::vector<std::string> added;
  std::vector<std::string> removed;
  bool reordered = false;  // labels on both sides are not in the same order
};

EnumLabelChanges enum_label_changes(const std::vector<std::string>& old_labels, const std::vector<std::string>& new_labels);

}  // namespace pgdrift
