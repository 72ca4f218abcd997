#include "parser/interned_string.hpp"

#include <functional>
#include <mutex>
#include <unordered_set>

namespace pgdrift {
namespace {

// Lets the pool be searched with a string_view, without building a std::string first.
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

const std::string* intern(std::string_view text) {
  static std::mutex mutex;
  // Never freed: objects keep pointers into it until the process ends.
  static auto* pool = new std::unordered_set<std::string, TransparentHash, std::equal_to<>>;
  std::lock_guard lock(mutex);
  auto found = pool->find(text);
  if (found == pool->end()) found = pool->emplace(text).first;
  return &*found;
}

}  // namespace

InternedString::InternedString(std::string_view text)
    : text_(text.empty() ? &kEmpty : intern(text)) {}

}  // namespace pgdrift
