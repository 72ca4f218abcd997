#pragma once

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// Which objects of one catalog depend on which (see plan_nodes.hpp for node names).
class DependencyGraph {
 public:
  DependencyGraph() = default;
  DependencyGraph(DependencyGraph&&) = default;
  DependencyGraph& operator=(DependencyGraph&&) = default;
  DependencyGraph(const DependencyGraph&) = delete;  // nodes point into ids_' keys
  DependencyGraph& operator=(const DependencyGraph&) = delete;

  void add_node(const std::string& node);
  void add_edge(const std::string& dependent, const std::string& dependency);
  bool contains(const std::string& node) const { return ids_.contains(node); }
  std::vector<std::string> dependents(const std::string& node) const;
  std::vector<std::string> dependencies(const std::string& node) const;
  // Longest chain of dependencies below each node (0: depends on nothing): creating in
  // increasing depth, or dropping in decreasing depth, respects every edge. Cycles are cut.
  std::unordered_map<std::string, int> depths() const;

 private:
  // Nodes are numbered as they are first named: a dump of 3,000 tables makes some 200,000
  // edges, and keeping each end's name in both directions cost more than building the rest.
  // Only nodes added or with dependencies count as nodes; a dependency alone is a name.
  struct Node {
    const std::string* name;
    bool listed = false;
    std::vector<int> dependencies;
    std::vector<int> dependents;
  };
  std::unordered_map<std::string, int> ids_;
  std::deque<Node> nodes_;  // a deque: growing it moves no node

  int id_of(const std::string& name);
  std::vector<std::string> names_of(const std::vector<int>& ids) const;
};

DependencyGraph build_dependency_graph(const Catalog& catalog);

}  // namespace pgdrift
