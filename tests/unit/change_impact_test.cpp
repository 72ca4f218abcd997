#include <catch2/catch.hpp>

#include "analyzer/impact/change_impact.hpp"
#include "diff_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::clean_catalog_of;

namespace {

std::vector<ImpactEntry> impact_of(const std::string& old_sql, const std::string& new_sql) {
  Catalog a = clean_catalog_of(old_sql);
  Catalog b = clean_catalog_of(new_sql);
  return impact_of_changes(diff_catalogs(a, b, {}), a, b);
}

const ImpactEntry& entry(const std::vector<ImpactEntry>& impact, const std::string& id) {
  auto found =
      std::find_if(impact.begin(), impact.end(), [&](const ImpactEntry& e) { return e.id == id; });
  REQUIRE(found != impact.end());
  return *found;
}

}  // namespace

TEST_CASE("a column only NEW has breaks NEW's users against OLD", "[impact]") {
  auto impact = impact_of(
      "CREATE TABLE public.t (a integer);",
      "CREATE TABLE public.t (a integer, b integer);\n"
      "CREATE VIEW public.v AS SELECT b FROM public.t;\n"
      "CREATE FUNCTION public.f() RETURNS bigint LANGUAGE sql AS $$ SELECT count(a) FROM t $$;");
  const ImpactEntry& b = entry(impact, "public.t.b");
  CHECK(b.kind == "column");
  CHECK(b.change == ChangeType::added);
  REQUIRE(b.used_by.size() == 1);
  CHECK(b.used_by[0].side == "new");
  CHECK(b.used_by[0].kind == "view");
  CHECK(b.used_by[0].id == "public.v");
  CHECK(b.used_by[0].breaks);
  CHECK(impact.front().id == "public.t.b");  // what breaks comes first
}

TEST_CASE("what only OLD has and nothing uses is listed last, used by nothing", "[impact]") {
  auto impact = impact_of(
      "CREATE TABLE public.t (a integer);\n"
      "CREATE VIEW public.unused AS SELECT a FROM public.t;\n"
      "CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;\n"
      "CREATE VIEW public.calls AS SELECT public.g() AS one;",
      "CREATE TABLE public.t (a integer);\n"
      "CREATE VIEW public.calls AS SELECT 1 AS one;");
  const ImpactEntry& g = entry(impact, "public.g()");
  REQUIRE(g.used_by.size() == 1);
  CHECK(g.used_by[0].side == "old");
  CHECK(g.used_by[0].id == "public.calls");
  CHECK(g.used_by[0].breaks);
  CHECK(entry(impact, "public.unused").used_by.empty());
  CHECK(impact.front().id == "public.g()");
}

TEST_CASE("a view's output column only one side has breaks the views that read it", "[impact]") {
  auto impact = impact_of(
      "CREATE TABLE public.t (a integer, b integer);\n"
      "CREATE VIEW public.v AS SELECT a FROM public.t;\n"
      "CREATE VIEW public.reads_a AS SELECT a FROM public.v;",
      "CREATE TABLE public.t (a integer, b integer);\n"
      "CREATE VIEW public.v AS SELECT a, b FROM public.t;\n"
      "CREATE VIEW public.reads_a AS SELECT a FROM public.v;\n"
      "CREATE VIEW public.reads_b AS SELECT b FROM public.v;");
  const ImpactEntry& v = entry(impact, "public.v");
  REQUIRE_FALSE(v.used_by.empty());
  CHECK(v.used_by[0].id == "public.reads_b");
  CHECK(v.used_by[0].column == "b");
  CHECK(v.used_by[0].breaks);
  for (const ImpactUse& use : v.used_by) CHECK((use.id != "public.reads_a" || !use.breaks));
}

TEST_CASE("a changed function body lists its callers on both sides, none breaking", "[impact]") {
  const char* caller = "CREATE VIEW public.v AS SELECT public.f() AS x;\n";
  auto impact = impact_of(
      std::string("CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;\n") +
          caller,
      std::string("CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$;\n") +
          caller);
  const ImpactEntry& f = entry(impact, "public.f()");
  CHECK(f.change == ChangeType::changed);
  REQUIRE(f.used_by.size() == 2);
  CHECK_FALSE(f.used_by[0].breaks);
  CHECK(f.used_by[0].side == "new");
  CHECK(f.used_by[1].side == "old");
}

TEST_CASE("differences nothing can use have no impact entries", "[impact]") {
  auto impact = impact_of("CREATE TABLE public.t (a integer);\nCREATE INDEX i ON public.t (a);",
                          "CREATE TABLE public.t (a integer);");
  CHECK(impact.empty());
}

TEST_CASE("a body is read when it names a changed object in any case or quoting", "[impact]") {
  const char* old_sql =
      "CREATE TABLE public.\"Odd Name\" (a integer);\n"
      "CREATE TABLE public.plain (a integer);\n"
      "CREATE FUNCTION public.reads_odd() RETURNS bigint LANGUAGE plpgsql AS $$\n"
      "BEGIN RETURN (SELECT count(a) FROM public.\"Odd Name\"); END $$;\n"
      "CREATE FUNCTION public.reads_plain() RETURNS bigint LANGUAGE sql AS $$\n"
      "SELECT count(a) FROM PUBLIC.PLAIN $$;";
  auto impact = impact_of(old_sql,
                          "CREATE TABLE public.\"Odd Name\" (b integer);\n"
                          "CREATE TABLE public.plain (b integer);");
  const ImpactEntry& odd = entry(impact, "public.\"Odd Name\".a");
  REQUIRE(odd.used_by.size() == 1);
  CHECK(odd.used_by[0].id == "public.reads_odd()");
  CHECK(odd.used_by[0].breaks);
  const ImpactEntry& plain = entry(impact, "public.plain.a");
  REQUIRE(plain.used_by.size() == 1);
  CHECK(plain.used_by[0].id == "public.reads_plain()");
}

TEST_CASE("a trigger function reading NEW.column is listed though it names no table", "[impact]") {
  const char* function =
      "CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$\n"
      "BEGIN NEW.touched := now(); RETURN NEW; END $$;\n";
  auto impact = impact_of(
      std::string("CREATE TABLE public.t (a integer, touched timestamptz);\n") + function +
          "CREATE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION "
          "public.stamp();",
      std::string("CREATE TABLE public.t (a integer);\n") + function +
          "CREATE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION "
          "public.stamp();");
  const ImpactEntry& touched = entry(impact, "public.t.touched");
  bool listed = std::any_of(touched.used_by.begin(), touched.used_by.end(),
                            [](const ImpactUse& use) { return use.id == "public.stamp()"; });
  CHECK(listed);
}

TEST_CASE("a table's own expressions are read when one of its columns changes", "[impact]") {
  auto impact = impact_of(
      "CREATE TABLE public.t (a integer, owner text);\n"
      "ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n"
      "CREATE POLICY mine ON public.t USING (owner = current_user);\n"
      "CREATE SEQUENCE public.counter;\n"
      "CREATE TABLE public.u (n bigint DEFAULT nextval('public.counter'::regclass));",
      "CREATE TABLE public.t (a integer);\n"
      "ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n"
      "CREATE TABLE public.u (n bigint);");
  const ImpactEntry& owner = entry(impact, "public.t.owner");
  bool policy_listed = std::any_of(owner.used_by.begin(), owner.used_by.end(),
                                   [](const ImpactUse& use) { return use.kind == "policy"; });
  CHECK(policy_listed);
  const ImpactEntry& counter = entry(impact, "public.counter");
  bool default_listed = std::any_of(counter.used_by.begin(), counter.used_by.end(),
                                    [](const ImpactUse& use) { return use.kind == "default"; });
  CHECK(default_listed);
}
