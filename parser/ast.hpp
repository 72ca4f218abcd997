#pragma once

#include <cstdint>
#include <memory_resource>
#include <span>
#include <string_view>
#include <vector>

namespace pgdrift::ast {

// Our compact form of a libpg_query parse tree: the same shape as PostgreSQL's nodes
// (tags such as "CreateStmt", fields such as "relation"), without source locations, so
// two trees compare equal exactly when the SQL means the same to the grammar.
// Nodes are immutable and live in an Arena owned by whoever keeps the tree.
//
// Trees are a good part of pgdrift's memory, so a node and a field are 16 bytes each: node
// tags and field names are 13-bit numbers into one process-wide vocabulary (see Name),
// packed with the kind; strings and arrays are a pointer and a 32-bit length; a field is
// its value's node, with the field's name in the node's last two bytes.

enum class Kind : std::uint8_t { null, boolean, integer, string, object, list };

// A node tag or field name, interned once per process: tags and field names come from
// libpg_query's fixed vocabulary and from the analyzer's own code, a few hundred in all.
class Name {
 public:
  static constexpr std::size_t kMaxNames = 1 << 13;

  Name() = default;
  explicit Name(std::string_view text);  // interns it; throws std::length_error past kMaxNames
  std::string_view text() const;
  bool operator==(const Name& other) const { return id_ == other.id_; }

 private:
  friend class Node;
  friend class Field;
  static Name from_id(std::uint16_t id) {
    Name name;
    name.id_ = id;
    return name;
  }

  std::uint16_t id_ = 0;  // 0: the empty name (an untagged object)
};

class Field;

class Node {
 public:
  Node() = default;
  static Node boolean_node(bool value);
  static Node integer_node(std::int64_t value);
  // Views: the text, fields or items must outlive the node (an arena's, or static).
  static Node string_node(std::string_view text);
  static Node object_node(Name tag, std::span<const Field> fields);
  static Node list_node(std::span<const Node> items);

  Kind kind() const { return static_cast<Kind>(kind_and_tag_ & 7u); }
  bool boolean() const { return kind() == Kind::boolean && integer_ != 0; }
  std::int64_t integer() const { return kind() == Kind::integer ? integer_ : 0; }
  std::string_view text() const;  // string value, or the tag of an object ("" if untagged)
  Name tag() const { return Name::from_id(static_cast<std::uint16_t>(kind_and_tag_ >> 3)); }
  std::span<const Field> fields() const;  // object fields, in libpg_query's order
  std::span<const Node> items() const;    // list items

  bool is(std::string_view tag) const { return kind() == Kind::object && this->tag().text() == tag; }
  bool is_null() const { return kind() == Kind::null; }

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

 private:
  friend class Field;
  void set_kind_and_tag(Kind kind, Name tag) {
    kind_and_tag_ = static_cast<std::uint16_t>(static_cast<unsigned>(kind) | (static_cast<unsigned>(tag.id_) << 3));
  }

  union {
    std::int64_t integer_ = 0;  // integer, or boolean (0 or 1)
    const char* chars_;
    const Field* fields_;
    const Node* items_;
  };
  std::uint32_t size_ = 0;           // string length, number of fields or of items
  std::uint16_t kind_and_tag_ = 0;   // Kind in the low 3 bits, the tag's Name above
  std::uint16_t field_name_ = 0;     // set by Field: the name of the field this is the value of
};

// A field of an object node. Assigning to `value` drops the name: make a new Field instead.
class Field {
 public:
  Field() = default;
  Field(Name name, Node value) : value(value) { this->value.field_name_ = name.id_; }
  Field(std::string_view name, Node value) : Field(Name(name), value) {}
  std::string_view name() const { return name_id().text(); }
  Name name_id() const { return Name::from_id(value.field_name_); }

  Node value;
};

static_assert(sizeof(Node) == 16 && sizeof(Field) == 16);

bool operator==(const Node& a, const Node& b);

// Memory for nodes and their strings; freed all at once.
class Arena {
 public:
  Arena() = default;
  explicit Arena(std::pmr::memory_resource* upstream) : memory_(kFirstBuffer, upstream) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  std::string_view copy(std::string_view text);
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
  static constexpr std::size_t kFirstBuffer = 64 * 1024;
  std::pmr::monotonic_buffer_resource memory_{kFirstBuffer};
};

// Building nodes (for trees the analyzer rewrites or makes).
Node make_string(Arena& arena, std::string_view text);
Node make_list(Arena& arena, const std::vector<Node>& items);
Node make_object(Arena& arena, std::string_view tag, const std::vector<Field>& fields);

// The same tree with every node and string in `arena`, to outlive the arena it was parsed
// into. Trees are at most kMaxNesting objects deep (see json_to_ast.hpp).
Node copy_tree(const Node& node, Arena& arena);

}  // namespace pgdrift::ast
