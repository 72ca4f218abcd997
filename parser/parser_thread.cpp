#include "parser/parser_thread.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "parser/stack_thread.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {
namespace {

// Enough for any statement up to a megabyte (see parse_stack_size); the stack is only
// reserved, and pages are used as deep recursion reaches them.
constexpr std::size_t kLongestStatement = 1 << 20;

class ParserThread {
 public:
  ParserThread() : thread_(parse_stack_size(kLongestStatement), [this] { serve(); }) {}

  bool started() const { return thread_.started(); }

  void run(const std::function<void()>& work) {
    std::lock_guard one_at_a_time(submit_);
    std::unique_lock lock(mutex_);
    job_ = &work;
    wake_.notify_all();
    wake_.wait(lock, [this] { return job_ == nullptr; });
  }

 private:
  void serve() {
    // StackThread runs the work on the creating thread when it cannot start one.
    if (std::this_thread::get_id() == creator_) return;
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_.wait(lock, [this] { return job_ != nullptr; });
      (*job_)();
      job_ = nullptr;
      wake_.notify_all();
    }
  }

  std::mutex submit_;
  std::mutex mutex_;
  std::condition_variable wake_;
  const std::function<void()>* job_ = nullptr;
  std::thread::id creator_ = std::this_thread::get_id();
  StackThread thread_;  // last: starts once the members above exist
};

}  // namespace

bool run_on_parser_thread(std::size_t stack_needed, const std::function<void()>& work) {
  if (stack_needed > parse_stack_size(kLongestStatement)) return false;
  // Never destroyed: the thread waits for work until the process ends.
  static ParserThread* thread = new ParserThread;
  if (!thread->started()) return false;
  thread->run(work);
  return true;
}

}  // namespace pgdrift
