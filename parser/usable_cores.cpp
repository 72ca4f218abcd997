#include "parser/usable_cores.hpp"

#include <sched.h>

#include <algorithm>
#include <thread>

namespace pgdrift {

unsigned usable_cores() {
  // std::thread::hardware_concurrency counts the machine's processors, not the ones the
  // scheduler lets this process use: more parser threads than those only compete.
  cpu_set_t allowed;
  if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
    return static_cast<unsigned>(std::max(1, CPU_COUNT(&allowed)));
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace pgdrift
