#pragma once

#include <cstddef>
#include <functional>

#include <pthread.h>

namespace pgdrift {

// A thread with a stack of a chosen size, joined on destruction. The stack is reserved,
// not committed: only the pages a deep recursion reaches are ever used. If the thread
// cannot be made, the work runs at once on the calling thread.
class StackThread {
 public:
  StackThread(std::size_t stack_size, std::function<void()> work);
  StackThread(const StackThread&) = delete;
  StackThread& operator=(const StackThread&) = delete;
  ~StackThread();

  bool started() const { return started_; }  // false: the work ran on the calling thread

 private:
  static void* run(void* self);

  std::function<void()> work_;
  void* stack_ = nullptr;
  std::size_t mapped_size_ = 0;
  pthread_t thread_{};
  bool started_ = false;
};

}  // namespace pgdrift
