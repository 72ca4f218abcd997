#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/diff/diff_options.hpp"
#include "analyzer/model/catalog.hpp"
#include "analyzer/normalize/expression_normalizer.hpp"

namespace pgdrift {

// The state one diff works with: options, the normalizer for expressions, and the changes
// found so far. The compare_*.cpp files add to it, one kind of object each.
class Comparison {
 public:
  Comparison(const Catalog& old_catalog, const Catalog& new_catalog, const DiffOptions& options);

  const Catalog& old_catalog;
  const Catalog& new_catalog;
  const DiffOptions& options;
  std::vector<Change> changes;

  // Expressions are equal when their canonical forms are (see expression_normalizer.hpp).
  // `relation`: the table the expressions belong to (policies, CHECKs), see ExpressionNormalizer.
  bool same_expression(Expr a, Expr b, std::string_view relation = {});
  const ast::Node* canonical(Expr expression, std::string_view relation = {});
  // SQL text of an expression for reports ("" for none).
  static std::string show(Expr expression);

  void added(std::string kind, std::string id);
  void removed(std::string kind, std::string id);
  // Records a change when `details` is not empty.
  void changed(std::string kind, std::string id, std::vector<ChangeDetail> details);

  // Adds a detail unless the aspect is ignored or the values are equal.
  void compare_value(std::vector<ChangeDetail>& details, const std::string& aspect, const std::string& old_value,
                     const std::string& new_value);
  void compare_expression(std::vector<ChangeDetail>& details, const std::string& aspect, Expr old_value, Expr new_value,
                          std::string_view relation = {});
  void compare_flag(std::vector<ChangeDetail>& details, const std::string& aspect, bool old_value, bool new_value);
  // Owner, comment and privileges (object_type as in GRANT: OBJECT_TABLE, OBJECT_FUNCTION, ...).
  void compare_meta(std::vector<ChangeDetail>& details, const ObjectMeta& old_meta, const ObjectMeta& new_meta,
                    std::string_view object_type);
  bool ignored(const std::string& aspect) const { return options.aspect_ignored(aspect); }

 private:
  ast::Arena arena_;
  ExpressionNormalizer normalizer_;
};

// Walks two maps in key order, calling the matching callback for keys on one side or both.
template <typename Map, typename OnlyOld, typename OnlyNew, typename Both>
void compare_maps(const Map& old_map, const Map& new_map, OnlyOld only_old, OnlyNew only_new, Both both) {
  auto o = old_map.begin();
  auto n = new_map.begin();
  while (o != old_map.end() || n != new_map.end()) {
    if (n == new_map.end() || (o != old_map.end() && o->first < n->first)) {
      only_old(o->first, o->second);
      ++o;
    } else if (o == old_map.end() || n->first < o->first) {
      only_new(n->first, n->second);
      ++n;
    } else {
      both(o->first, o->second, n->second);
      ++o;
      ++n;
    }
  }
}

}  // namespace pgdrift
