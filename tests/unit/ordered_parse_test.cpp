// Tests for parse_in_order: blocks come back in order, and parsing stays a few blocks ahead
// of delivery whatever the number of threads, so a long script's trees are never all in
// memory at once.

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <memory_resource>
#include <string>
#include <vector>

#include "parser/ordered_parse.hpp"
#include "parser/script.hpp"

namespace {

// Counts the bytes its users hold, and the most they held at once.
class CountingMemory : public std::pmr::memory_resource {
 public:
  std::size_t peak() const { return peak_; }
  std::size_t total() const { return total_; }

 private:
  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    std::size_t now = held_ += bytes;
    total_ += bytes;
    std::size_t peak = peak_;
    while (now > peak && !peak_.compare_exchange_weak(peak, now)) {
    }
    return std::pmr::new_delete_resource()->allocate(bytes, alignment);
  }
  void do_deallocate(void* pointer, std::size_t bytes, std::size_t alignment) override {
    held_ -= bytes;
    std::pmr::new_delete_resource()->deallocate(pointer, bytes, alignment);
  }
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override {
    return this == &other;
  }

  std::atomic<std::size_t> held_ = 0, peak_ = 0, total_ = 0;
};

}  // namespace

TEST_CASE("parse_in_order: a long script is never parsed whole before it is delivered",
          "[parallel]") {
  std::deque<std::string> texts;
  std::vector<pgdrift::ScriptStatement> statements;
  for (int i = 0; i < 6400; ++i) {
    texts.push_back(fmt::format(
        "CREATE TABLE t{} (a integer NOT NULL, b text DEFAULT 'x' CHECK (b <> ''))", i));
    pgdrift::ScriptStatement statement;
    statement.text = texts.back();
    statements.push_back(statement);
  }
  for (unsigned threads : {1u, 2u, 4u}) {
    INFO("threads: " << threads);
    CountingMemory memory;
    std::size_t next = 0;
    bool in_order = true;
    pgdrift::parse_in_order(statements, threads, memory, [&](pgdrift::ParsedBlock& block) {
      if (block.begin != next || block.results.empty()) in_order = false;
      next = block.begin + block.results.size();
    });
    CHECK(in_order);
    CHECK(next == statements.size());
    // 200 blocks: the parser may run a few blocks ahead, never most of the way.
    CHECK(memory.peak() * 10 < memory.total());
  }
}
