// Tests for usable_cores: it counts the processors the scheduler lets this process use,
// which `taskset` or a container's cpuset may make fewer than the machine has.

#include <catch2/catch.hpp>

#include <sched.h>

#include <thread>

#include "parser/usable_cores.hpp"

TEST_CASE("usable_cores: at least one, at most the machine's", "[cores]") {
  unsigned cores = pgdrift::usable_cores();
  CHECK(cores >= 1);
  CHECK(cores <= std::max(1u, std::thread::hardware_concurrency()));
}

TEST_CASE("usable_cores: a thread pinned to one processor may use one", "[cores]") {
  cpu_set_t allowed;
  REQUIRE(sched_getaffinity(0, sizeof allowed, &allowed) == 0);
  int first = 0;
  while (!CPU_ISSET(first, &allowed)) ++first;
  unsigned seen = 0;
  std::thread pinned([&] {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(first, &one);
    if (sched_setaffinity(0, sizeof one, &one) == 0) seen = pgdrift::usable_cores();
  });
  pinned.join();
  CHECK(seen == 1);
}
