#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// Which objects of one catalog depend on which (see plan_nodes.hpp for node names).
class DependencyGraph {
 public:
  void add_node(const std::string& node);
  void add_edge(const std::string& dependent, const std::string& dependency);
  bool contains(const std::string& node) const { return nodes_.contains(node); }
  const std::vector<std::string>& dependents(const std::string& node) const;
  const std::vector<std::string>& dependencies(const std::string& node) const;
  // Longest chain of dependencies below each node (0: depends on nothing): creating in
  // increasing depth, or dropping in decreasing depth, respects every edge. Cycles are cut.
  std::unordered_map<std::string, int> depths() const;

 private:
  std::unordered_set<std::string> nodes_;
  std::unordered_map<std::string, std::vector<std::string>> dependencies_;
  std::unordered_map<std::string, std::vector<std::string>> dependents_;
};

DependencyGraph build_dependency_graph(const Catalog& catalog);

}  // namespace pgdrift
