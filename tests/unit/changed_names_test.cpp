#include <catch2/catch.hpp>

#include "analyzer/impact/changed_names.hpp"

using namespace pgdrift;

namespace {

DiffResult diff_of(std::vector<std::pair<std::string, std::string>> kinds_and_ids) {
  DiffResult diff;
  for (auto& [kind, id] : kinds_and_ids) {
    Change change;
    change.kind = kind;
    change.id = id;
    diff.changes.push_back(change);
  }
  return diff;
}

}  // namespace

TEST_CASE("names_of_id: parts of stable ids, unquoted", "[impact]") {
  using Names = std::vector<std::string>;
  CHECK(names_of_id("public.orders.status") == Names{"public", "orders", "status"});
  CHECK(names_of_id("public.f(integer, numeric(10,2))") == Names{"public", "f"});
  CHECK(names_of_id("s.\"My.Table\"") == Names{"s", "My.Table"});
  CHECK(names_of_id("s.\"say \"\"hi\"\"(\"(text)") == Names{"s", "say \"hi\"("});
}

TEST_CASE("changed names: whole words in any case, a column through its table", "[impact]") {
  ChangedNames names(diff_of({{"column", "public.orders.status"}, {"function", "api.refresh()"}}));
  CHECK(names.mentioned_in("select count(*) from ORDERS"));
  CHECK(names.mentioned_in("perform api.Refresh()"));
  CHECK(names.mentioned_in("execute $q$select 1 from orders$q$"));  // dollar quotes cut words
  CHECK_FALSE(names.mentioned_in("select status from shipments"));  // the column alone
  CHECK_FALSE(names.mentioned_in("select 1 from orders_archive"));  // part of a word
  CHECK_FALSE(names.mentioned_in(""));
}

TEST_CASE("changed names: a name SQL must quote is found as text", "[impact]") {
  ChangedNames names(diff_of({{"table", "public.\"Odd Name\""}, {"view", "public.\"a$b\""}}));
  CHECK(names.mentioned_in("select 1 from public.\"Odd Name\""));
  CHECK(names.mentioned_in("select 1 from public.\"odd name\""));  // a superset is safe
  CHECK(names.mentioned_in("select * from a$b"));
  CHECK_FALSE(names.mentioned_in("select 1 from odd, name"));
}

TEST_CASE("changed names: a text with escapes may name anything", "[impact]") {
  ChangedNames names(diff_of({{"table", "public.data"}}));
  CHECK(names.mentioned_in("select 1 from U&\"d\\0061ta\""));
  CHECK_FALSE(names.mentioned_in("select 1 from other"));
}

TEST_CASE("changed names: a tree's names and literals, and a name alone", "[impact]") {
  ChangedNames names(diff_of({{"sequence", "public.counter"}}));
  ast::Field literal_fields[] = {{"sval", ast::Node::string_node("public.counter")}};
  ast::Node literal = ast::Node::object_node(ast::Name("String"), literal_fields);
  ast::Node items[] = {ast::Node::integer_node(1), literal};
  CHECK(names.mentioned_in(ast::Node::list_node(items)));
  CHECK_FALSE(names.mentioned_in(ast::Node::list_node(std::span(items, 1))));
  CHECK(names.holds("COUNTER"));
  CHECK_FALSE(names.holds("public"));
}
