#include "parser/json_to_ast.hpp"

#include <cctype>
#include <optional>
#include <string>

namespace pgdrift::ast {
namespace {

// libpg_query 15's JSON writer prints an Integer node only when its value is positive:
// 0, -1 and -5 all come out as {}. The protobuf output is right but much slower, so the
// value is read back from the SQL text where a location says where it was written.
std::int64_t integer_written_at(std::string_view sql, std::int64_t location) {
  if (location < 0 || static_cast<std::size_t>(location) >= sql.size()) return 0;
  std::size_t at = static_cast<std::size_t>(location);
  while (at < sql.size() && !std::isdigit(static_cast<unsigned char>(sql[at]))) {
    // skip an option's keyword ("INCREMENT BY -1"), keep a sign right before the digits
    ++at;
  }
  std::size_t end = at;
  while (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end]))) ++end;
  if (end == at) return 0;
  std::int64_t value = std::stoll(std::string(sql.substr(at, end - at)));
  std::size_t before = at;
  while (before > static_cast<std::size_t>(location) && sql[before - 1] == ' ') --before;
  return before > static_cast<std::size_t>(location) && sql[before - 1] == '-' ? -value : value;
}

std::int64_t location_of(simdjson::dom::object object) {
  std::int64_t location = -1;
  if (object["location"].get(location) != simdjson::SUCCESS) return -1;
  return location;
}

// {"ival": value}, tagged `tag` ("" when it is the untagged inside of an A_Const).
Node integer_object(std::int64_t value, Arena& arena, std::string_view tag = {}) {
  static const Name kIval("ival");
  std::span<Field> fields = arena.allocate_array<Field>(1);
  fields[0] = Field(kIval, Node::integer_node(value));
  return Node::object_node(Name(tag), fields);
}

bool is_empty_object(simdjson::dom::element element) {
  simdjson::dom::object object;
  return element.get_object().get(object) == simdjson::SUCCESS && object.size() == 0;
}

// TypeName.arrayBounds: [] is written [{"Integer": {}}] for -1 ("no bound"), the only
// non-positive bound the grammar makes.
Node array_bounds(Node bounds, Arena& arena) {
  std::span<Node> items = arena.allocate_array<Node>(bounds.items().size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Node& bound = bounds.items()[i];
    items[i] = bound.is("Integer") && !bound.get("ival") ? integer_object(-1, arena, "Integer") : bound;
  }
  return Node::list_node(items);
}

// DefineStmt.args of an aggregate: [arguments, number of direct arguments], the number
// being -1 for a plain aggregate (an ordered-set one with no direct argument, 0, is rare).
Node aggregate_arguments(Node args, Arena& arena) {
  if (args.items().size() != 2 || !args.items()[1].is("Integer") || args.items()[1].get("ival")) return args;
  std::span<Node> items = arena.allocate_array<Node>(2);
  items[0] = args.items()[0];
  items[1] = integer_object(-1, arena, "Integer");
  return Node::list_node(items);
}

bool is_location_field(std::string_view key) {
  return key == "location" || key == "stmt_location" || key == "stmt_len";
}

bool is_node_wrapper(simdjson::dom::object object) {
  if (object.size() != 1) return false;
  std::string_view key = (*object.begin()).key;
  return !key.empty() && std::isupper(static_cast<unsigned char>(key[0]));
}

// ALTER ... SET STATISTICS -1 (the default) and 0: an AlterTableCmd has no location, so its
// value is read after the statement's one STATISTICS keyword (0 where there are several:
// pg_dump writes one per statement, and never a negative target).
std::int64_t statistics_target_written(std::string_view sql) {
  std::string lower(sql);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t at = lower.find("statistics");
  if (at == std::string::npos || lower.find("statistics", at + 1) != std::string::npos) return 0;
  return integer_written_at(sql, static_cast<std::int64_t>(at));
}

// Where a field holds an Integer written as {} (see integer_written_at), its real value.
std::optional<Node> repaired_integer(std::string_view tag, std::string_view key, simdjson::dom::element value,
                                     simdjson::dom::object parent, Arena& arena, std::string_view sql) {
  if (tag == "A_Const" && key == "ival" && is_empty_object(value)) {
    return integer_object(integer_written_at(sql, location_of(parent)), arena);
  }
  std::string_view subtype;
  if (tag == "AlterTableCmd" && key == "def" && parent["subtype"].get(subtype) == simdjson::SUCCESS &&
      subtype == "AT_SetStatistics") {
    simdjson::dom::object wrapper;
    simdjson::dom::element inner;
    if (value.get_object().get(wrapper) == simdjson::SUCCESS && wrapper["Integer"].get(inner) == simdjson::SUCCESS &&
        is_empty_object(inner)) {
      return integer_object(statistics_target_written(sql), arena, "Integer");
    }
  }
  if (tag == "DefElem" && key == "arg") {
    simdjson::dom::object wrapper;
    simdjson::dom::element inner;
    if (value.get_object().get(wrapper) == simdjson::SUCCESS && wrapper["Integer"].get(inner) == simdjson::SUCCESS &&
        is_empty_object(inner)) {
      return integer_object(integer_written_at(sql, location_of(parent)), arena, "Integer");
    }
  }
  return std::nullopt;
}

Node convert(simdjson::dom::element element, Arena& arena, std::string_view sql, int depth);

Node object_fields(simdjson::dom::object object, std::string_view tag, Arena& arena, std::string_view sql,
                   int depth) {
  std::size_t count = 0;
  for (auto field : object) {
    if (!is_location_field(field.key)) ++count;
  }
  std::span<Field> fields = arena.allocate_array<Field>(count);
  std::size_t i = 0;
  for (auto field : object) {
    if (is_location_field(field.key)) continue;
    std::optional<Node> repaired = repaired_integer(tag, field.key, field.value, object, arena, sql);
    Node value = repaired ? *repaired : convert(field.value, arena, sql, depth);
    if (field.key == "arrayBounds") value = array_bounds(value, arena);
    if (tag == "DefineStmt" && field.key == "args") value = aggregate_arguments(value, arena);
    fields[i++] = Field(Name(field.key), value);
  }
  return Node::object_node(Name(tag), fields);
}

// An object `depth` levels deep: a parse node, or an untagged part of one (a UNION's larg).
Node object_node(simdjson::dom::object object, std::string_view tag, Arena& arena, std::string_view sql, int depth) {
  if (depth > kMaxNesting) throw NestingTooDeep{location_of(object)};
  try {
    return object_fields(object, tag, arena, sql, depth);
  } catch (NestingTooDeep& too_deep) {
    if (too_deep.location < 0) too_deep.location = location_of(object);
    throw;
  }
}

Node convert(simdjson::dom::element element, Arena& arena, std::string_view sql, int depth) {
  switch (element.type()) {
    case simdjson::dom::element_type::OBJECT: {
      simdjson::dom::object object = element.get_object().value_unsafe();
      if (!is_node_wrapper(object)) return object_node(object, {}, arena, sql, depth + 1);
      auto wrapped = *object.begin();
      simdjson::dom::object inner;
      if (wrapped.value.get_object().get(inner) != simdjson::SUCCESS) return convert(wrapped.value, arena, sql, depth);
      return object_node(inner, wrapped.key, arena, sql, depth + 1);
    }
    case simdjson::dom::element_type::ARRAY: {
      simdjson::dom::array array = element.get_array().value_unsafe();
      std::span<Node> items = arena.allocate_array<Node>(array.size());
      std::size_t i = 0;
      for (auto item : array) items[i++] = convert(item, arena, sql, depth);
      return Node::list_node(items);
    }
    case simdjson::dom::element_type::STRING:
      return Node::string_node(arena.copy(element.get_string().value_unsafe()));
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
      return Node::integer_node(element.get_int64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
      // libpg_query writes floats as strings; this is only a fallback
      return Node::string_node(arena.copy(std::to_string(element.get_double().value_unsafe())));
    case simdjson::dom::element_type::BOOL:
      return Node::boolean_node(element.get_bool().value_unsafe());
    case simdjson::dom::element_type::NULL_VALUE:
      return Node{};
  }
  return Node{};
}

}  // namespace

Node from_json(simdjson::dom::element element, Arena& arena, std::string_view sql) {
  return convert(element, arena, sql, 0);
}

}  // namespace pgdrift::ast
