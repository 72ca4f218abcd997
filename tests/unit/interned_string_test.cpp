// Tests for InternedString: equal strings share one copy, whichever thread made them, and
// it compares and orders like the std::string it stands for.

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <thread>
#include <vector>

#include "parser/interned_string.hpp"

using pgdrift::InternedString;

TEST_CASE("equal strings are stored once", "[interned_string]") {
  std::string built = std::string("character varying") + "(255)";
  InternedString a(built);
  InternedString b("character varying(255)");
  CHECK(&a.str() == &b.str());
  CHECK(a == b);
  CHECK(a == "character varying(255)");
  CHECK(a == built);
  CHECK(a != InternedString("character varying(25)"));
  built.clear();  // the interned copy does not depend on where it came from
  CHECK(a.str() == "character varying(255)");
}

TEST_CASE("the empty string is the default value", "[interned_string]") {
  InternedString none;
  CHECK(none.empty());
  CHECK(none == "");
  CHECK(none == InternedString(std::string()));
  CHECK_FALSE(InternedString("text").empty());
}

TEST_CASE("orders by its text, not by where it is stored", "[interned_string]") {
  std::map<InternedString, int> by_name;
  for (const char* name : {"uuid", "bigint", "text", "", "boolean"}) by_name[name] = 0;
  std::vector<std::string> order;
  for (const auto& [name, count] : by_name) order.push_back(name);
  CHECK(order == std::vector<std::string>{"", "bigint", "boolean", "text", "uuid"});
  CHECK(fmt::format("[{}]", InternedString("jsonb")) == "[jsonb]");
}

TEST_CASE("threads interning the same strings get the same copies", "[interned_string]") {
  constexpr int kThreads = 4, kNames = 500;
  std::vector<std::vector<const std::string*>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < kNames; ++i) {
        seen[t].push_back(&InternedString("role_" + std::to_string(i)).str());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 1; t < kThreads; ++t) CHECK(seen[t] == seen[0]);
  CHECK(*seen[0][42] == "role_42");
}
