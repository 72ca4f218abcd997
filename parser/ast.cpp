#include "parser/ast.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace pgdrift::ast {
namespace {

// The process-wide vocabulary of names. Ids are handed out under a lock; the text of an id
// is written before the id is, and never changes, so reading it needs no lock.
class Vocabulary {
 public:
  static constexpr std::size_t kCapacity = Name::kMaxNames;

  std::uint16_t id(std::string_view text) {
    std::lock_guard lock(mutex_);
    auto found = ids_.find(text);
    if (found != ids_.end()) return found->second;
    if (texts_.size() >= kCapacity) throw std::length_error("more than 8,191 distinct node tags and field names");
    const std::string& stored = texts_.emplace_back(text);
    auto id = static_cast<std::uint16_t>(texts_.size() - 1);
    views_[id] = stored;
    ids_.emplace(stored, id);
    return id;
  }
  std::string_view text(std::uint16_t id) const { return views_[id]; }

  static Vocabulary& instance() {
    static Vocabulary vocabulary;
    return vocabulary;
  }

 private:
  Vocabulary() { id(""); }

  std::mutex mutex_;
  std::deque<std::string> texts_;
  std::unordered_map<std::string_view, std::uint16_t> ids_;
  std::array<std::string_view, kCapacity> views_{};
};

// Each thread remembers the ids it has looked up: the vocabulary is small and every node
// of a parse tree asks for its tag and field names.
std::uint16_t cached_id(std::string_view text) {
  thread_local std::unordered_map<std::string_view, std::uint16_t> cache;
  auto found = cache.find(text);
  if (found != cache.end()) return found->second;
  std::uint16_t id = Vocabulary::instance().id(text);
  cache.emplace(Vocabulary::instance().text(id), id);
  return id;
}

}  // namespace

Name::Name(std::string_view text) : id_(text.empty() ? 0 : cached_id(text)) {}

std::string_view Name::text() const { return Vocabulary::instance().text(id_); }

Node Node::boolean_node(bool value) {
  Node node;
  node.set_kind_and_tag(Kind::boolean, Name());
  node.integer_ = value ? 1 : 0;
  return node;
}

Node Node::integer_node(std::int64_t value) {
  Node node;
  node.set_kind_and_tag(Kind::integer, Name());
  node.integer_ = value;
  return node;
}

Node Node::string_node(std::string_view text) {
  Node node;
  node.set_kind_and_tag(Kind::string, Name());
  node.chars_ = text.data();
  node.size_ = static_cast<std::uint32_t>(text.size());
  return node;
}

Node Node::object_node(Name tag, std::span<const Field> fields) {
  Node node;
  node.set_kind_and_tag(Kind::object, tag);
  node.fields_ = fields.data();
  node.size_ = static_cast<std::uint32_t>(fields.size());
  return node;
}

Node Node::list_node(std::span<const Node> items) {
  Node node;
  node.set_kind_and_tag(Kind::list, Name());
  node.items_ = items.data();
  node.size_ = static_cast<std::uint32_t>(items.size());
  return node;
}

std::string_view Node::text() const {
  if (kind() == Kind::string) return {chars_, size_};
  if (kind() == Kind::object) return tag().text();
  return {};
}

std::span<const Field> Node::fields() const {
  return kind() == Kind::object ? std::span<const Field>(fields_, size_) : std::span<const Field>{};
}

std::span<const Node> Node::items() const {
  return kind() == Kind::list ? std::span<const Node>(items_, size_) : std::span<const Node>{};
}

const Node* Node::get(std::string_view name) const {
  for (const Field& field : fields()) {
    if (field.name() == name) return &field.value;
  }
  return nullptr;
}

std::string_view Node::str(std::string_view name) const {
  const Node* value = get(name);
  return value && value->kind() == Kind::string ? value->text() : std::string_view{};
}

std::int64_t Node::integer_or(std::string_view name, std::int64_t fallback) const {
  const Node* value = get(name);
  return value && value->kind() == Kind::integer ? value->integer_ : fallback;
}

bool Node::flag(std::string_view name) const {
  const Node* value = get(name);
  return value && value->boolean();
}

std::span<const Node> Node::list(std::string_view name) const {
  const Node* value = get(name);
  return value ? value->items() : std::span<const Node>{};
}

std::span<const Node> Node::elements() const {
  if (kind() == Kind::list) return items();
  if (is("List")) return list("items");
  return {};
}

std::string_view Node::string_value() const {
  if (kind() == Kind::string) return text();
  if (is("String")) return str("sval");
  return {};
}

bool operator==(const Node& a, const Node& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Kind::null: return true;
    case Kind::boolean: return a.boolean() == b.boolean();
    case Kind::integer: return a.integer() == b.integer();
    case Kind::string: return a.text() == b.text();
    case Kind::list: return std::ranges::equal(a.items(), b.items());
    case Kind::object:
      return a.tag() == b.tag() && std::ranges::equal(a.fields(), b.fields(), [](const Field& x, const Field& y) {
               return x.name_id() == y.name_id() && x.value == y.value;
             });
  }
  return false;
}

std::string_view Arena::copy(std::string_view text) {
  if (text.empty()) return {};
  char* data = static_cast<char*>(memory_.allocate(text.size(), 1));
  std::memcpy(data, text.data(), text.size());
  return {data, text.size()};
}

Node make_string(Arena& arena, std::string_view text) { return Node::string_node(arena.copy(text)); }

Node make_list(Arena& arena, const std::vector<Node>& items) {
  std::span<Node> copy = arena.allocate_array<Node>(items.size());
  std::copy(items.begin(), items.end(), copy.begin());
  return Node::list_node(copy);
}

Node make_object(Arena& arena, std::string_view tag, const std::vector<Field>& fields) {
  std::span<Field> copy = arena.allocate_array<Field>(fields.size());
  std::copy(fields.begin(), fields.end(), copy.begin());
  return Node::object_node(Name(tag), copy);
}

Node copy_tree(const Node& node, Arena& arena) {
  switch (node.kind()) {
    case Kind::string:
      return make_string(arena, node.text());
    case Kind::list: {
      std::span<Node> items = arena.allocate_array<Node>(node.items().size());
      for (std::size_t i = 0; i < items.size(); ++i) items[i] = copy_tree(node.items()[i], arena);
      return Node::list_node(items);
    }
    case Kind::object: {
      std::span<Field> fields = arena.allocate_array<Field>(node.fields().size());
      for (std::size_t i = 0; i < fields.size(); ++i) {
        const Field& field = node.fields()[i];
        fields[i] = Field(field.name_id(), copy_tree(field.value, arena));
      }
      return Node::object_node(node.tag(), fields);
    }
    default:
      return node;
  }
}

}  // namespace pgdrift::ast
