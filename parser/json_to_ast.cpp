#include "parser/json_to_ast.hpp"

#include <cctype>

namespace pgdrift::ast {
namespace {

bool is_location_field(std::string_view key) {
  return key == "location" || key == "stmt_location" || key == "stmt_len";
}

bool is_node_wrapper(simdjson::dom::object object) {
  if (object.size() != 1) return false;
  std::string_view key = (*object.begin()).key;
  return !key.empty() && std::isupper(static_cast<unsigned char>(key[0]));
}

Node object_node(simdjson::dom::object object, std::string_view tag, Arena& arena) {
  std::size_t count = 0;
  for (auto field : object) {
    if (!is_location_field(field.key)) ++count;
  }
  std::span<Field> fields = arena.allocate_array<Field>(count);
  std::size_t i = 0;
  for (auto field : object) {
    if (is_location_field(field.key)) continue;
    fields[i].name = arena.intern(field.key);
    fields[i].value = from_json(field.value, arena);
    ++i;
  }
  Node node;
  node.kind = Kind::object;
  node.text = tag;
  node.fields = fields;
  return node;
}

}  // namespace

Node from_json(simdjson::dom::element element, Arena& arena) {
  Node node;
  switch (element.type()) {
    case simdjson::dom::element_type::OBJECT: {
      simdjson::dom::object object = element.get_object().value_unsafe();
      if (!is_node_wrapper(object)) return object_node(object, {}, arena);
      auto wrapped = *object.begin();
      simdjson::dom::object inner;
      if (wrapped.value.get_object().get(inner) != simdjson::SUCCESS) return from_json(wrapped.value, arena);
      return object_node(inner, arena.intern(wrapped.key), arena);
    }
    case simdjson::dom::element_type::ARRAY: {
      simdjson::dom::array array = element.get_array().value_unsafe();
      std::span<Node> items = arena.allocate_array<Node>(array.size());
      std::size_t i = 0;
      for (auto item : array) items[i++] = from_json(item, arena);
      node.kind = Kind::list;
      node.items = items;
      return node;
    }
    case simdjson::dom::element_type::STRING:
      node.kind = Kind::string;
      node.text = arena.copy(element.get_string().value_unsafe());
      return node;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
      node.kind = Kind::integer;
      node.integer = element.get_int64().value_unsafe();
      return node;
    case simdjson::dom::element_type::DOUBLE:
      node.kind = Kind::string;  // libpg_query writes floats as strings; this is only a fallback
      node.text = arena.copy(std::to_string(element.get_double().value_unsafe()));
      return node;
    case simdjson::dom::element_type::BOOL:
      node.kind = Kind::boolean;
      node.boolean = element.get_bool().value_unsafe();
      return node;
    case simdjson::dom::element_type::NULL_VALUE:
      return node;
  }
  return node;
}

}  // namespace pgdrift::ast
