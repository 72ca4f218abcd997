#include "parser/stack_thread.hpp"

#include <sys/mman.h>
#include <unistd.h>

namespace pgdrift {

StackThread::StackThread(std::size_t stack_size, std::function<void()> work) : work_(std::move(work)) {
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  std::size_t size = (stack_size + page - 1) / page * page;
  mapped_size_ = size + page;  // and a guard page below it
  void* memory = ::mmap(nullptr, mapped_size_, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (memory != MAP_FAILED) {
    stack_ = memory;
    ::mprotect(memory, page, PROT_NONE);
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstack(&attributes, static_cast<char*>(memory) + page, size);
    started_ = pthread_create(&thread_, &attributes, &StackThread::run, this) == 0;
    pthread_attr_destroy(&attributes);
  }
  if (!started_) work_();
}

StackThread::~StackThread() {
  if (started_) pthread_join(thread_, nullptr);
  if (stack_) ::munmap(stack_, mapped_size_);
}

void* StackThread::run(void* self) {
  static_cast<StackThread*>(self)->work_();
  return nullptr;
}

}  // namespace pgdrift
