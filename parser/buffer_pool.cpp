#include "parser/buffer_pool.hpp"

namespace pgdrift {

BufferPool::~BufferPool() {
  for (const Buffer& buffer : free_) upstream_->deallocate(buffer.data, buffer.bytes, buffer.alignment);
}

// Arenas grow their buffers in the same sizes (doubling from the same start), so a buffer
// of exactly the size asked is usually waiting.
void* BufferPool::do_allocate(std::size_t bytes, std::size_t alignment) {
  {
    std::lock_guard lock(mutex_);
    for (auto it = free_.rbegin(); it != free_.rend(); ++it) {
      if (it->bytes != bytes || it->alignment != alignment) continue;
      void* data = it->data;
      free_.erase(std::next(it).base());
      return data;
    }
  }
  return upstream_->allocate(bytes, alignment);
}

void BufferPool::do_deallocate(void* data, std::size_t bytes, std::size_t alignment) {
  std::lock_guard lock(mutex_);
  free_.push_back({data, bytes, alignment});
}

}  // namespace pgdrift
