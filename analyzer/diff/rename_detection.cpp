#include "analyzer/diff/rename_detection.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "analyzer/diff/routine_body.hpp"
#include "analyzer/diff/view_columns.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/normalize/expression_normalizer.hpp"

namespace pgdrift {
namespace {

constexpr double kResemblance = 0.5;

struct Features {
  std::string name;  // schema.name, without arguments
  std::set<std::string> items;
};

using FeatureMap = std::map<std::string, Features>;  // by "kind id"

std::string key(const std::string& kind, const std::string& id) { return kind + " " + id; }

// Features of the objects named in `wanted` ("kind id" keys) only: computing a routine's
// normalized body costs a parse.
FeatureMap features_of(const Catalog& catalog, const std::set<std::string>& wanted) {
  FeatureMap features;
  ast::Arena arena;
  ExpressionNormalizer normalizer(arena);
  for (const auto& [name, table] : catalog.tables) {
    if (!wanted.contains(key("table", object_id(name)))) continue;
    Features& f = features[key("table", object_id(name))];
    f.name = object_id(name);
    for (const Column& column : table.columns) f.items.insert(column.name + " " + column.type.str());
  }
  for (const auto& [name, view] : catalog.views) {
    std::string view_key = key(view.materialized ? "materialized_view" : "view", object_id(name));
    if (!wanted.contains(view_key)) continue;
    Features& f = features[view_key];
    f.name = object_id(name);
    for (const OutputColumn& column : output_columns(view, normalizer.normalize(view.query))) f.items.insert(column.name);
  }
  for (const auto& [id, routine] : catalog.routines) {
    if (!wanted.contains(key(routine_kind_name(routine.kind), id))) continue;
    Features& f = features[key(routine_kind_name(routine.kind), id)];
    f.name = object_id(routine.name);
    for (const std::string& line : normalized_body(routine).lines) f.items.insert(line);
  }
  return features;
}

double resemblance(const Features& a, const Features& b) {
  if (a.name == b.name) return 1.0;  // same routine name, other argument types
  if (a.items.empty() || b.items.empty()) return 0.0;
  std::size_t common = 0;
  for (const std::string& item : a.items) common += b.items.contains(item);
  return static_cast<double>(common) / static_cast<double>(a.items.size() + b.items.size() - common);
}

}  // namespace

void detect_renames(const Catalog& old_catalog, const Catalog& new_catalog, std::vector<Change>& changes) {
  std::vector<Change*> removed, added;
  for (Change& change : changes) {
    if (change.type == ChangeType::removed) removed.push_back(&change);
    if (change.type == ChangeType::added) added.push_back(&change);
  }
  if (removed.empty() || added.empty()) return;
  std::set<std::string> removed_keys, added_keys;
  for (const Change* change : removed) removed_keys.insert(key(change->kind, change->id));
  for (const Change* change : added) added_keys.insert(key(change->kind, change->id));
  FeatureMap old_features = features_of(old_catalog, removed_keys);
  FeatureMap new_features = features_of(new_catalog, added_keys);
  struct Candidate {
    double score;
    Change* from;
    Change* to;
  };
  std::vector<Candidate> candidates;
  for (Change* from : removed) {
    auto a = old_features.find(key(from->kind, from->id));
    if (a == old_features.end()) continue;
    for (Change* to : added) {
      if (to->kind != from->kind) continue;
      auto b = new_features.find(key(to->kind, to->id));
      if (b == new_features.end()) continue;
      double score = resemblance(a->second, b->second);
      if (score >= kResemblance) candidates.push_back({score, from, to});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
  for (const Candidate& candidate : candidates) {
    if (candidate.from->counterpart || candidate.to->counterpart) continue;
    candidate.from->counterpart = candidate.to->id;
    candidate.to->counterpart = candidate.from->id;
  }
}

}  // namespace pgdrift
