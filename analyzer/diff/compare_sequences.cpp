#include <fmt/format.h>

#include <limits>

#include "analyzer/diff/compare.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

std::int64_t type_maximum(const std::string& type) {
  if (type == "smallint") return std::numeric_limits<std::int16_t>::max();
  if (type == "integer") return std::numeric_limits<std::int32_t>::max();
  return std::numeric_limits<std::int64_t>::max();
}

std::int64_t type_minimum(const std::string& type) {
  if (type == "smallint") return std::numeric_limits<std::int16_t>::min();
  if (type == "integer") return std::numeric_limits<std::int32_t>::min();
  return std::numeric_limits<std::int64_t>::min();
}

// Options as PostgreSQL stores them: what is not written takes the type's defaults.
struct EffectiveOptions {
  std::int64_t increment, min_value, max_value, start, cache;
};

EffectiveOptions effective(const SequenceOptions& o) {
  EffectiveOptions e{};
  e.increment = o.increment.value_or(1);
  bool ascending = e.increment > 0;
  e.min_value = o.min_value.value_or(ascending ? 1 : type_minimum(o.data_type));
  e.max_value = o.max_value.value_or(ascending ? type_maximum(o.data_type) : -1);
  e.start = o.start.value_or(ascending ? e.min_value : e.max_value);
  e.cache = o.cache.value_or(1);
  return e;
}

std::string owned_by(const Sequence& sequence) {
  if (sequence.owned_by_column.empty()) return "";
  return member_id(sequence.owned_by_table, sequence.owned_by_column);
}

void compare_sequence(Comparison& comparison, const Sequence& a, const Sequence& b) {
  std::vector<ChangeDetail> details;
  EffectiveOptions x = effective(a.options);
  EffectiveOptions y = effective(b.options);
  comparison.compare_value(details, "data_type", a.options.data_type, b.options.data_type);
  comparison.compare_value(details, "increment", std::to_string(x.increment), std::to_string(y.increment));
  comparison.compare_value(details, "min_value", std::to_string(x.min_value), std::to_string(y.min_value));
  comparison.compare_value(details, "max_value", std::to_string(x.max_value), std::to_string(y.max_value));
  comparison.compare_value(details, "start", std::to_string(x.start), std::to_string(y.start));
  comparison.compare_value(details, "cache", std::to_string(x.cache), std::to_string(y.cache));
  comparison.compare_flag(details, "cycle", a.options.cycle, b.options.cycle);
  comparison.compare_value(details, "owned_by", owned_by(a), owned_by(b));
  comparison.compare_meta(details, a.meta, b.meta, "OBJECT_SEQUENCE");
  comparison.changed("sequence", object_id(a.name), std::move(details));
}

}  // namespace

void compare_sequences(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.sequences, comparison.new_catalog.sequences,
      [&](const QualifiedName& name, const Sequence&) { comparison.removed("sequence", object_id(name)); },
      [&](const QualifiedName& name, const Sequence&) { comparison.added("sequence", object_id(name)); },
      [&](const QualifiedName&, const Sequence& a, const Sequence& b) { compare_sequence(comparison, a, b); });
}

}  // namespace pgdrift
