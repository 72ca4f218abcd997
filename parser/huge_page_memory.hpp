#pragma once

#include <memory_resource>

namespace pgdrift {

// Memory for arenas: blocks of a megabyte or more are 2 MiB-aligned and marked for
// transparent huge pages (madvise), smaller ones come from the heap. A dump's parse trees
// fill tens of megabytes; touching them page by page cost about a fifth of the CPU time
// of `inspect` in page faults (a virtual machine makes each fault dear).
std::pmr::memory_resource* huge_page_memory();

}  // namespace pgdrift
