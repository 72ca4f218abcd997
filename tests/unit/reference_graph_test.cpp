#include <catch2/catch.hpp>

#include <algorithm>

#include "analyzer/references/reference_graph.hpp"
#include "diff_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::clean_catalog_of;

namespace {

const char* kTables = R"(
CREATE TABLE public.a (id integer, name text, shared text);
CREATE TABLE public.b (id integer, a_id integer, amount numeric, shared text);
)";

ResolvedReferences uses_of(const Catalog& catalog, const std::string& id) {
  for (ReferenceUser& user : build_reference_graph(catalog)) {
    if (user.id == id) return user.uses;
  }
  FAIL("no user " << id);
  return {};
}

bool reads(const ResolvedReferences& uses, const std::string& table, const std::string& column) {
  return uses.columns.contains({{"public", table}, column});
}

}  // namespace

TEST_CASE("a view's columns resolve through aliases, joins and subqueries", "[references]") {
  Catalog catalog = clean_catalog_of(std::string(kTables) + R"(
CREATE VIEW public.v AS SELECT x.name, amount FROM public.a x JOIN public.b y ON y.a_id = x.id;
CREATE VIEW public.w AS SELECT s.amount FROM (SELECT amount FROM public.b) s
  WHERE EXISTS (SELECT 1 FROM public.a WHERE a.id = s.amount);
)");
  ResolvedReferences v = uses_of(catalog, "public.v");
  CHECK(reads(v, "a", "name"));
  CHECK(reads(v, "b", "amount"));  // unqualified: only b has it
  CHECK(reads(v, "b", "a_id"));
  CHECK_FALSE(reads(v, "a", "amount"));
  CHECK_FALSE(reads(v, "b", "name"));
  ResolvedReferences w = uses_of(catalog, "public.w");
  CHECK(reads(w, "b", "amount"));
  CHECK(reads(w, "a", "id"));
  CHECK_FALSE(reads(w, "b", "id"));  // a.id names a, not every relation with an id
}

TEST_CASE("a CTE's name is not a relation, its query's columns are", "[references]") {
  Catalog catalog = clean_catalog_of(std::string(kTables) + R"(
CREATE VIEW public.v AS WITH a AS (SELECT id, amount FROM public.b) SELECT a.amount FROM a;
)");
  ResolvedReferences v = uses_of(catalog, "public.v");
  CHECK(reads(v, "b", "amount"));
  CHECK_FALSE(reads(v, "a", "amount"));
}

TEST_CASE("SQL and PL/pgSQL bodies: columns read and written, routines called", "[references]") {
  Catalog catalog = clean_catalog_of(std::string(kTables) + R"(
CREATE FUNCTION public.helper(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
CREATE FUNCTION public.f(p integer) RETURNS numeric LANGUAGE sql AS $$ SELECT sum(amount) FROM b WHERE a_id = helper(p) $$;
CREATE FUNCTION public.g(p integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO a (id, name) VALUES (p, 'x');
  UPDATE b SET amount = 0 WHERE a_id = p;
END $$;
)");
  ResolvedReferences f = uses_of(catalog, "public.f(integer)");
  CHECK(reads(f, "b", "amount"));
  CHECK(reads(f, "b", "a_id"));
  CHECK(f.routines.contains("public.helper(integer)"));
  ResolvedReferences g = uses_of(catalog, "public.g(integer)");
  CHECK(reads(g, "a", "name"));
  CHECK(reads(g, "b", "amount"));
  CHECK_FALSE(reads(g, "a", "amount"));
}

TEST_CASE("a trigger function reads its tables' NEW row; a trigger uses its function",
          "[references]") {
  Catalog catalog = clean_catalog_of(std::string(kTables) + R"(
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.shared := 'x'; RETURN NEW; END $$;
CREATE FUNCTION public.check_amount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.amount < 0 THEN RAISE EXCEPTION 'negative'; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER t BEFORE INSERT ON public.b FOR EACH ROW EXECUTE FUNCTION public.stamp();
CREATE TRIGGER u BEFORE INSERT ON public.b FOR EACH ROW EXECUTE FUNCTION public.check_amount();
)");
  ResolvedReferences stamp = uses_of(catalog, "public.stamp()");
  CHECK(reads(stamp, "b", "shared"));  // an assignment's target
  CHECK_FALSE(reads(stamp, "a", "shared"));
  CHECK(reads(uses_of(catalog, "public.check_amount()"), "b", "amount"));
  CHECK(uses_of(catalog, "public.b.t").routines.contains("public.stamp()"));
}

TEST_CASE("policies, defaults, CHECKs and generated columns read their own table's columns",
          "[references]") {
  Catalog catalog = clean_catalog_of(R"(
CREATE SEQUENCE public.s;
CREATE TABLE public.t (id integer DEFAULT nextval('public.s'), lo integer, hi integer CHECK (hi > lo),
                       width integer GENERATED ALWAYS AS (hi - lo) STORED);
CREATE POLICY p ON public.t USING (lo > 0);
)");
  CHECK(uses_of(catalog, "public.t.id").relations.contains({"public", "s"}));
  CHECK(reads(uses_of(catalog, "public.t.p"), "t", "lo"));
  CHECK(reads(uses_of(catalog, "public.t.t_check"), "t", "hi"));
  ResolvedReferences width = uses_of(catalog, "public.t.width");
  CHECK(reads(width, "t", "hi"));
  CHECK_FALSE(
      width.relations.contains({"public", "t"}));  // its own table is no use of another object
}
