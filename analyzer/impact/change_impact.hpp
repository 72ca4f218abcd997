#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// An object of one side that uses a difference.
struct ImpactUse {
  std::string side;  // "old" or "new": the side whose object uses it
  std::string kind;  // of the user (see ReferenceUser)
  std::string id;
  // The other side lacks what it uses (the object, or the column of a relation both have):
  // loading or running the user there fails.
  bool breaks = false;
  std::string column = {};  // a view's output column it reads, when the entry is the view
};

// One difference and what uses it on either side.
struct ImpactEntry {
  std::string kind;  // of the object that differs: table, column, view, function, ...
  std::string id;
  std::optional<ChangeType>
      change;  // as the diff lists it; none when the diff leaves it out (filters)
  std::vector<ImpactUse> used_by;  // breaking uses first

  bool breaks() const { return !used_by.empty() && used_by.front().breaks; }
};

// For every difference that something can use (relations, columns, routines, types), what on
// either side uses it, found in each side's reference graph: first the differences that make
// something fail on the other side, then those whose users may see a change (a changed type,
// body, query or signature, values no longer allowed, grants taken), then those nothing uses.
std::vector<ImpactEntry> impact_of_changes(const DiffResult& diff, const Catalog& old_catalog,
                                           const Catalog& new_catalog);

}  // namespace pgdrift
