#pragma once

#include "analyzer/model/object_meta.hpp"
#include "analyzer/plan/object_ref.hpp"
#include "analyzer/plan/plan_context.hpp"

namespace pgdrift {

// Owner, comment and privileges of an object: for one just created (`old_meta` null), what
// NEW states; for one on both sides, what differs.
void plan_meta(PlanContext& context, const std::string& node, const ObjectRef& ref, const ObjectMeta* old_meta,
               const ObjectMeta& new_meta);

}  // namespace pgdrift
