#pragma once

#include <cstddef>
#include <memory_resource>
#include <mutex>
#include <utility>
#include <vector>

namespace pgdrift {

// Memory for arenas that come and go (a block of statements' trees, freed once
// interpreted): buffers given back are kept for the next arena instead of being returned
// to the system, where every fresh page costs a page fault. Thread-safe; everything goes
// back to `upstream` when the pool is destroyed.
class BufferPool final : public std::pmr::memory_resource {
 public:
  explicit BufferPool(std::pmr::memory_resource* upstream) : upstream_(upstream) {}
  BufferPool(const BufferPool&) = delete;
  BufferPool& operator=(const BufferPool&) = delete;
  ~BufferPool() override;

 private:
  struct Buffer {
    void* data;
    std::size_t bytes;
    std::size_t alignment;
  };

  void* do_allocate(std::size_t bytes, std::size_t alignment) override;
  void do_deallocate(void* data, std::size_t bytes, std::size_t alignment) override;
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }

  std::pmr::memory_resource* upstream_;
  std::mutex mutex_;
  std::vector<Buffer> free_;
};

}  // namespace pgdrift
