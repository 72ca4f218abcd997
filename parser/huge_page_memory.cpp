#include "parser/huge_page_memory.hpp"

#include <sys/mman.h>

#include <cstdlib>
#include <new>

namespace pgdrift {
namespace {

constexpr std::size_t kHugePage = 2u << 20;
constexpr std::size_t kWorthAHugePage = 1u << 20;

class HugePageResource final : public std::pmr::memory_resource {
  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    if (bytes < kWorthAHugePage) return std::pmr::new_delete_resource()->allocate(bytes, alignment);
    std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* block = std::aligned_alloc(kHugePage, rounded);
    if (!block) throw std::bad_alloc();
    madvise(block, rounded, MADV_HUGEPAGE);  // a hint: without THP the block is used as it is
    return block;
  }

  void do_deallocate(void* block, std::size_t bytes, std::size_t alignment) override {
    if (bytes < kWorthAHugePage) return std::pmr::new_delete_resource()->deallocate(block, bytes, alignment);
    std::free(block);
  }

  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }
};

}  // namespace

std::pmr::memory_resource* huge_page_memory() {
  static HugePageResource resource;
  return &resource;
}

}  // namespace pgdrift
