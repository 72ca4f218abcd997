#include "analyzer/plan/dependency_graph.hpp"

#include <algorithm>

namespace pgdrift {

void DependencyGraph::add_node(const std::string& node) { nodes_.insert(node); }

void DependencyGraph::add_edge(const std::string& dependent, const std::string& dependency) {
  if (dependent == dependency) return;
  nodes_.insert(dependent);
  dependencies_[dependent].push_back(dependency);
  dependents_[dependency].push_back(dependent);
}

const std::vector<std::string>& DependencyGraph::dependents(const std::string& node) const {
  static const std::vector<std::string> none;
  auto found = dependents_.find(node);
  return found == dependents_.end() ? none : found->second;
}

const std::vector<std::string>& DependencyGraph::dependencies(const std::string& node) const {
  static const std::vector<std::string> none;
  auto found = dependencies_.find(node);
  return found == dependencies_.end() ? none : found->second;
}

std::unordered_map<std::string, int> DependencyGraph::depths() const {
  std::unordered_map<std::string, int> depth;
  std::unordered_set<std::string> in_progress;
  // Iterative depth-first search: chains of views can be long.
  struct Frame {
    const std::string* node;
    std::size_t next = 0;
  };
  for (const std::string& root : nodes_) {
    if (depth.contains(root)) continue;
    std::vector<Frame> stack{{&root}};
    in_progress.insert(root);
    while (!stack.empty()) {
      Frame& frame = stack.back();
      auto edges = dependencies_.find(*frame.node);
      if (edges != dependencies_.end() && frame.next < edges->second.size()) {
        const std::string& next = edges->second[frame.next++];
        if (!depth.contains(next) && !in_progress.contains(next)) {
          in_progress.insert(next);
          stack.push_back({&next});
        }
        continue;
      }
      int own = 0;
      if (edges != dependencies_.end()) {
        for (const std::string& dependency : edges->second) {
          auto known = depth.find(dependency);
          if (known != depth.end()) own = std::max(own, known->second + 1);
        }
      }
      depth[*frame.node] = own;
      in_progress.erase(*frame.node);
      stack.pop_back();
    }
  }
  return depth;
}

}  // namespace pgdrift
