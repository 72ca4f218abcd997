#include "parser/ordered_parse.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "parser/parser_thread.hpp"
#include "parser/stack_thread.hpp"

namespace pgdrift {
namespace {

// Threads take the next block when they finish one: statements differ a lot in cost (a
// CREATE TABLE or a view against a GRANT), and a dump groups them by kind, so fixed shares
// of the list would leave one thread with most of the work.
constexpr std::size_t kBlockSize = 32;
constexpr std::size_t kBlocksAhead = 4;

// Blocks between the parser threads and the thread they are delivered to.
class BlockQueue {
 public:
  explicit BlockQueue(std::size_t count) : blocks_(count) {}

  // The next block to parse, waiting while parsing is far ahead of delivery if `may_wait`;
  // nothing when every block is taken or delivery stopped.
  std::optional<std::size_t> claim(bool may_wait) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !may_wait || stopped_ || next_ < delivered_ + kBlocksAhead; });
    if (stopped_ || next_ >= blocks_.size()) return std::nullopt;
    return next_++;
  }

  void finish(std::size_t index, ParsedBlock block) {
    std::lock_guard lock(mutex_);
    blocks_[index] = std::move(block);
    changed_.notify_all();
  }

  ParsedBlock take(std::size_t index) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return blocks_[index].has_value(); });
    ParsedBlock block = std::move(*blocks_[index]);
    blocks_[index].reset();
    delivered_ = index + 1;
    changed_.notify_all();
    return block;
  }

  // Releases waiting parser threads and gives them no more work.
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }

  std::size_t size() const { return blocks_.size(); }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::optional<ParsedBlock>> blocks_;
  std::size_t next_ = 0;
  std::size_t delivered_ = 0;
  bool stopped_ = false;
};

ParsedBlock parse_block(std::span<const ScriptStatement> statements, std::size_t begin,
                        std::pmr::memory_resource& memory) {
  ParsedBlock block;
  block.begin = begin;
  block.arena = std::make_unique<ast::Arena>(&memory);
  std::size_t end = std::min(statements.size(), begin + kBlockSize);
  block.results.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i)
    block.results.push_back(parse_statement(statements[i].text, *block.arena));
  return block;
}

// A parser thread's stack is sized for the longest statement it may parse.
std::size_t parser_stack_size(std::span<const ScriptStatement> statements) {
  std::size_t longest = 0;
  for (const ScriptStatement& statement : statements)
    longest = std::max(longest, statement.text.size());
  return parse_stack_size(longest);
}

struct StopOnExit {
  BlockQueue& queue;
  ~StopOnExit() { queue.stop(); }
};

}  // namespace

void parse_in_order(std::span<const ScriptStatement> statements, unsigned threads,
                    std::pmr::memory_resource& memory,
                    const std::function<void(ParsedBlock&)>& deliver) {
  BlockQueue queue((statements.size() + kBlockSize - 1) / kBlockSize);
  // A thread that parses on the delivering thread (the parser thread runs while its caller
  // waits, a StackThread that could not start runs on it) must not wait for delivery.
  auto parse_blocks = [&](bool may_wait) {
    while (auto index = queue.claim(may_wait))
      queue.finish(*index, parse_block(statements, *index * kBlockSize, memory));
  };
  std::size_t stack_size = parser_stack_size(statements);
  std::vector<std::unique_ptr<StackThread>> workers;
  StopOnExit stop_on_exit{queue};  // before the workers are joined, even when `deliver` throws
  // The long-lived parser thread saves starting a thread for each of many short scripts
  // (migrations, function bodies), but its caller waits: a long script would be parsed
  // whole before its first block is delivered.
  bool short_script = queue.size() <= kBlocksAhead;
  if (threads > 1 || !short_script ||
      !run_on_parser_thread(stack_size, [&] { parse_blocks(false); })) {
    const std::thread::id delivering = std::this_thread::get_id();
    for (unsigned t = 0; t < std::max(1u, threads); ++t) {
      workers.push_back(std::make_unique<StackThread>(
          stack_size, [&, delivering] { parse_blocks(std::this_thread::get_id() != delivering); }));
    }
  }
  for (std::size_t index = 0; index < queue.size(); ++index) {
    ParsedBlock block = queue.take(index);
    deliver(block);
  }
}

}  // namespace pgdrift
