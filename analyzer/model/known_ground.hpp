#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// What a database has that its statements did not create: a platform's own objects (a
// Supabase project's auth.users, storage.objects, auth.uid(), the supabase_realtime
// publication, the grants and default privileges it sets) and the objects an extension
// brings when it is created (pg_cron's cron.job). They are known, but not the user's: the
// interpreter takes one into a catalog when a statement names it, and reports and counts
// leave it out unless the user's statements change it.
class KnownGround {
 public:
  virtual ~KnownGround() = default;
  // The platform's objects (null: no platform).
  virtual std::shared_ptr<const Catalog> platform() const = 0;
  // The objects an extension brings (null: not described).
  virtual std::shared_ptr<const Catalog> extension(std::string_view name) const = 0;
  // The search_path the platform's sessions start with (Supabase's roles add `extensions`).
  virtual std::vector<std::string> search_path() const = 0;
};

// Whether an object was defined by a ground file (a platform's or an extension's), not by
// the user's input. Ground files are read under names that start with "platform:".
bool from_known_ground(const ObjectMeta& meta);

}  // namespace pgdrift
