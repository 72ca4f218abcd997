#include "parser/ast.hpp"

#include <algorithm>
#include <cstring>

namespace pgdrift::ast {

const Node* Node::get(std::string_view name) const {
  for (const Field& field : fields) {
    if (field.name == name) return &field.value;
  }
  return nullptr;
}

std::string_view Node::str(std::string_view name) const {
  const Node* value = get(name);
  return value && value->kind == Kind::string ? value->text : std::string_view{};
}

std::int64_t Node::integer_or(std::string_view name, std::int64_t fallback) const {
  const Node* value = get(name);
  return value && value->kind == Kind::integer ? value->integer : fallback;
}

bool Node::flag(std::string_view name) const {
  const Node* value = get(name);
  return value && value->kind == Kind::boolean && value->boolean;
}

std::span<const Node> Node::list(std::string_view name) const {
  const Node* value = get(name);
  return value && value->kind == Kind::list ? value->items : std::span<const Node>{};
}

std::span<const Node> Node::elements() const {
  if (kind == Kind::list) return items;
  if (is("List")) return list("items");
  return {};
}

std::string_view Node::string_value() const {
  if (kind == Kind::string) return text;
  if (is("String")) return str("sval");
  return {};
}

bool operator==(const Node& a, const Node& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::null: return true;
    case Kind::boolean: return a.boolean == b.boolean;
    case Kind::integer: return a.integer == b.integer;
    case Kind::string: return a.text == b.text;
    case Kind::list: return std::equal(a.items.begin(), a.items.end(), b.items.begin(), b.items.end());
    case Kind::object:
      return a.text == b.text &&
             std::equal(a.fields.begin(), a.fields.end(), b.fields.begin(), b.fields.end(),
                        [](const Field& x, const Field& y) { return x.name == y.name && x.value == y.value; });
  }
  return false;
}

std::string_view Arena::copy(std::string_view text) {
  if (text.empty()) return {};
  char* data = static_cast<char*>(memory_.allocate(text.size(), 1));
  std::memcpy(data, text.data(), text.size());
  return {data, text.size()};
}

Node make_string(Arena& arena, std::string_view text) {
  Node node;
  node.kind = Kind::string;
  node.text = arena.copy(text);
  return node;
}

Node make_list(Arena& arena, const std::vector<Node>& items) {
  std::span<Node> copy = arena.allocate_array<Node>(items.size());
  std::copy(items.begin(), items.end(), copy.begin());
  Node node;
  node.kind = Kind::list;
  node.items = copy;
  return node;
}

Node make_object(Arena& arena, std::string_view tag, const std::vector<Field>& fields) {
  std::span<Field> copy = arena.allocate_array<Field>(fields.size());
  std::copy(fields.begin(), fields.end(), copy.begin());
  Node node;
  node.kind = Kind::object;
  node.text = arena.intern(tag);
  node.fields = copy;
  return node;
}

std::string_view Arena::intern(std::string_view text) {
  auto found = interned_.find(text);
  if (found != interned_.end()) return *found;
  return *interned_.insert(copy(text)).first;
}

}  // namespace pgdrift::ast
