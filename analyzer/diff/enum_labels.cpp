#include "analyzer/diff/enum_labels.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

bool has(const std::vector<std::string>& labels, const std::string& label) {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

// Same length, and every place that differs holds a label only that side has.
std::vector<std::pair<std::string, std::string>> renames(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  std::vector<std::pair<std::string, std::string>> pairs;
  if (before.size() != after.size()) return {};
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i] == after[i]) continue;
    if (has(after, before[i]) || has(before, after[i])) return {};
    pairs.emplace_back(before[i], after[i]);
  }
  return pairs;
}

std::vector<std::string> only_in(const std::vector<std::string>& labels, const std::vector<std::string>& other) {
  std::vector<std::string> result;
  for (const std::string& label : labels) {
    if (!has(other, label)) result.push_back(label);
  }
  return result;
}

}  // namespace

EnumLabelChanges enum_label_changes(const std::vector<std::string>& old_labels, const std::vector<std::string>& new_labels) {
  EnumLabelChanges changes;
  changes.renamed = renames(old_labels, new_labels);
  if (!changes.renamed.empty()) return changes;
  changes.added = only_in(new_labels, old_labels);
  changes.removed = only_in(old_labels, new_labels);
  std::vector<std::string> kept_before, kept_after;
  for (const std::string& label : old_labels) {
    if (has(new_labels, label)) kept_before.push_back(label);
  }
  for (const std::string& label : new_labels) {
    if (has(old_labels, label)) kept_after.push_back(label);
  }
  changes.reordered = kept_before != kept_after;
  return changes;
}

}  // namespace pgdrift
