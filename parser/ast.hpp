#pragma once

#include <cstdint>
#include <memory_resource>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pgdrift::ast {

// Our compact form of a libpg_query parse tree: the same shape as PostgreSQL's nodes
// (tags such as "CreateStmt", fields such as "relation"), without source locations, so
// two trees compare equal exactly when the SQL means the same to the grammar.
// Nodes are immutable and live in an Arena owned by whoever keeps the tree.

enum class Kind : std::uint8_t { null, boolean, integer, string, object, list };

struct Field;

class Node {
 public:
  Kind kind = Kind::null;
  bool boolean = false;
  std::int64_t integer = 0;
  std::string_view text;           // string value, or the tag of an object ("" if untagged)
  std::span<const Field> fields;   // object fields, in libpg_query's order
  std::span<const Node> items;     // list items

  bool is(std::string_view tag) const { return kind == Kind::object && text == tag; }
  bool is_null() const { return kind == Kind::null; }

  // Field access; a field libpg_query left out has PostgreSQL's zero value.
  const Node* get(std::string_view name) const;
  std::string_view str(std::string_view name) const;
  std::int64_t integer_or(std::string_view name, std::int64_t fallback) const;
  bool flag(std::string_view name) const;
  std::span<const Node> list(std::string_view name) const;

  // The items of a list, whether written as a JSON array or as a {"List": {"items": ...}} node.
  std::span<const Node> elements() const;

  // The string inside a {"String": {"sval": ...}} node (the form of names in lists).
  std::string_view string_value() const;
};

struct Field {
  std::string_view name;
  Node value;
};

bool operator==(const Node& a, const Node& b);

// Memory for nodes and their strings; freed all at once.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  std::string_view copy(std::string_view text);
  // Like copy, but returns the same view for equal texts: node tags and field names come
  // from a small vocabulary, so each is stored once.
  std::string_view intern(std::string_view text);
  template <typename T>
  std::span<T> allocate_array(std::size_t count) {
    if (count == 0) return {};
    T* data = static_cast<T*>(memory_.allocate(sizeof(T) * count, alignof(T)));
    for (std::size_t i = 0; i < count; ++i) new (data + i) T{};
    return {data, count};
  }
  template <typename T>
  T* make(T value) {
    T* data = static_cast<T*>(memory_.allocate(sizeof(T), alignof(T)));
    return new (data) T(std::move(value));
  }

 private:
  std::pmr::monotonic_buffer_resource memory_{64 * 1024};
  std::unordered_set<std::string_view> interned_;
};

// Building nodes (for trees the analyzer rewrites or makes).
Node make_string(Arena& arena, std::string_view text);
Node make_list(Arena& arena, const std::vector<Node>& items);
Node make_object(Arena& arena, std::string_view tag, const std::vector<Field>& fields);

}  // namespace pgdrift::ast
