#include "analyzer/plan/sequence_position.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {

std::vector<std::string> move_position_into_range(const Sequence& old_sequence, const Sequence& sequence) {
  SequenceRange before = sequence_range(old_sequence.options);
  SequenceRange after = sequence_range(sequence.options);
  if (after.min <= before.min && after.max >= before.max) return {};
  std::string name = sql_name(sequence.name);
  std::vector<std::string> statements;
  // setval only accepts values inside the bounds the sequence has at the time.
  if (after.min > before.max || after.max < before.min) {
    statements.push_back(fmt::format("ALTER SEQUENCE {} AS bigint MINVALUE {} MAXVALUE {};", name, std::min(before.min, after.min),
                                     std::max(before.max, after.max)));
  }
  // Outside the new range, the next value is the bound it starts from, or the sequence
  // is used up at the bound it runs to, as it was.
  bool ascending = sequence.options.increment.value_or(1) > 0;
  statements.push_back(fmt::format(
      "SELECT pg_catalog.setval({0}, CASE WHEN last_value < {1} THEN {1} WHEN last_value > {2} THEN {2} ELSE last_value END, "
      "is_called AND last_value {3} {4}) FROM {5};",
      quote_literal(name), after.min, after.max, ascending ? ">=" : "<=", ascending ? after.min : after.max, name));
  return statements;
}

}  // namespace pgdrift
