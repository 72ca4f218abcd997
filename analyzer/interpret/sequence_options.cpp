#include "analyzer/interpret/sequence_options.hpp"

#include <charconv>

namespace pgdrift {

std::optional<std::int64_t> integer_argument(const ast::Node* argument) {
  if (!argument) return std::nullopt;
  if (argument->is("Integer")) return argument->integer_or("ival", 0);
  std::string_view text = argument->is("Float") ? argument->str("fval") : argument->string_value();
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

void apply_sequence_options(Context& context, Sequence& sequence, std::span<const ast::Node> options) {
  SequenceOptions& o = sequence.options;
  for (const ast::Node& option : options) {
    std::string_view name = option.str("defname");
    const ast::Node* argument = option.get("arg");
    if (name == "as" && argument) {
      o.data_type = context.type(*argument);
    } else if (name == "start") {
      o.start = integer_argument(argument);
    } else if (name == "increment") {
      o.increment = integer_argument(argument);
    } else if (name == "minvalue") {
      o.min_value = integer_argument(argument);
    } else if (name == "maxvalue") {
      o.max_value = integer_argument(argument);
    } else if (name == "cache") {
      o.cache = integer_argument(argument);
    } else if (name == "cycle") {
      o.cycle = argument && argument->is("Boolean") ? argument->flag("boolval") : true;
    } else if (name == "sequence_name" && argument) {
      sequence.name = context.qualified_from_list(argument->elements(), true);
    } else if (name == "owned_by" && argument) {
      auto parts = argument->elements();
      if (parts.size() == 1 && parts[0].string_value() == "none") {
        sequence.owned_by_table = {};
        sequence.owned_by_column.clear();
      } else if (parts.size() >= 2) {
        sequence.owned_by_column = std::string(parts.back().string_value());
        sequence.owned_by_table = context.qualified_from_list(parts.first(parts.size() - 1), false);
      }
    }
  }
}

}  // namespace pgdrift
