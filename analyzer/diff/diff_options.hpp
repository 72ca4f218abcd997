#pragma once

#include <set>
#include <string>
#include <vector>

namespace pgdrift {

// What to compare: schema globs, aspects to leave out, and presets (see filters.cpp).
struct DiffOptions {
  std::vector<std::string> include_schemas;  // globs; empty: every schema
  std::vector<std::string> exclude_schemas;  // globs
  std::set<std::string> ignored_aspects;     // owner, grants, comment, ...
  bool supabase_preset = false;              // leave out what Supabase itself manages

  bool schema_included(const std::string& schema) const;
  bool aspect_ignored(const std::string& aspect) const { return ignored_aspects.contains(aspect); }
};

}  // namespace pgdrift
