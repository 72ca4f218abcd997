#include "analyzer/plan/dependency_graph.hpp"

#include <algorithm>

namespace pgdrift {

int DependencyGraph::id_of(const std::string& name) {
  auto [found, inserted] = ids_.try_emplace(name, static_cast<int>(nodes_.size()));
  if (inserted) nodes_.push_back({&found->first, false, {}, {}});
  return found->second;
}

void DependencyGraph::add_node(const std::string& node) { nodes_[id_of(node)].listed = true; }

void DependencyGraph::add_edge(const std::string& dependent, const std::string& dependency) {
  if (dependent == dependency) return;
  int from = id_of(dependent);
  int to = id_of(dependency);
  nodes_[from].listed = true;
  nodes_[from].dependencies.push_back(to);
  nodes_[to].dependents.push_back(from);
}

std::vector<std::string> DependencyGraph::names_of(const std::vector<int>& ids) const {
  std::vector<std::string> names;
  names.reserve(ids.size());
  for (int id : ids) names.push_back(*nodes_[id].name);
  return names;
}

std::vector<std::string> DependencyGraph::dependents(const std::string& node) const {
  auto found = ids_.find(node);
  return found == ids_.end() ? std::vector<std::string>{}
                             : names_of(nodes_[found->second].dependents);
}

std::vector<std::string> DependencyGraph::dependencies(const std::string& node) const {
  auto found = ids_.find(node);
  return found == ids_.end() ? std::vector<std::string>{}
                             : names_of(nodes_[found->second].dependencies);
}

std::unordered_map<std::string, int> DependencyGraph::depths() const {
  constexpr int unknown = -1;
  std::vector<int> depth(nodes_.size(), unknown);
  std::vector<bool> in_progress(nodes_.size(), false);
  // Iterative depth-first search: chains of views can be long.
  struct Frame {
    int node;
    std::size_t next = 0;
  };
  for (int root = 0; root < static_cast<int>(nodes_.size()); ++root) {
    if (!nodes_[root].listed || depth[root] != unknown) continue;
    std::vector<Frame> stack{{root}};
    in_progress[root] = true;
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const std::vector<int>& edges = nodes_[frame.node].dependencies;
      if (frame.next < edges.size()) {
        int next = edges[frame.next++];
        if (depth[next] == unknown && !in_progress[next]) {
          in_progress[next] = true;
          stack.push_back({next});
        }
        continue;
      }
      int own = 0;
      for (int dependency : edges) {
        if (depth[dependency] != unknown) own = std::max(own, depth[dependency] + 1);
      }
      depth[frame.node] = own;
      in_progress[frame.node] = false;
      stack.pop_back();
    }
  }
  std::unordered_map<std::string, int> named;
  named.reserve(nodes_.size());
  for (std::size_t id = 0; id < nodes_.size(); ++id) {
    if (depth[id] != unknown) named.emplace(*nodes_[id].name, depth[id]);
  }
  return named;
}

}  // namespace pgdrift
