#include <fmt/format.h>

#include <limits>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/sql_text.hpp"

namespace pgdrift {
namespace {

SequenceRange type_range(const std::string& type) {
  if (type == "smallint") return {std::numeric_limits<std::int16_t>::min(), std::numeric_limits<std::int16_t>::max()};
  if (type == "integer") return {std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
  return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
}

}  // namespace

SequenceRange sequence_range(const SequenceOptions& options) {
  std::int64_t increment = options.increment.value_or(1);
  SequenceRange range = type_range(options.data_type);
  return {options.min_value.value_or(increment > 0 ? 1 : range.min), options.max_value.value_or(increment > 0 ? range.max : -1)};
}

// Every option spelled out with PostgreSQL's defaults filled in, so the same text both
// creates a sequence and resets one whose options were set differently.
std::string sequence_options_sql(const SequenceOptions& options) {
  std::int64_t increment = options.increment.value_or(1);
  auto [min, max] = sequence_range(options);
  std::int64_t start = options.start.value_or(increment > 0 ? min : max);
  return fmt::format("START WITH {} INCREMENT BY {} MINVALUE {} MAXVALUE {} CACHE {}{}", start, increment, min, max,
                     options.cache.value_or(1), options.cycle ? " CYCLE" : " NO CYCLE");
}

std::string create_sequence_sql(const Sequence& sequence) {
  return fmt::format("CREATE {}SEQUENCE {} AS {} {}", sequence.unlogged ? "UNLOGGED " : "", sql_name(sequence.name),
                     sequence.options.data_type, sequence_options_sql(sequence.options));
}

}  // namespace pgdrift
