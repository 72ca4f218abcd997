#include "analyzer/model/known_ground.hpp"

namespace pgdrift {

bool from_known_ground(const ObjectMeta& meta) { return meta.defined_at.file.str().starts_with("platform:"); }

}  // namespace pgdrift
