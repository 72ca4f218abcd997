// A trigger's function is bound by OID: a dump that names it through its search_path (as
// pg_dump 9.x wrote them) and one that names it qualified describe the same trigger.
#include <catch2/catch.hpp>

#include "diff_test_support.hpp"

using namespace pgdrift;

namespace {

std::string dump(const std::string& search_path, const std::string& function, const std::string& table) {
  return "SET search_path = " + search_path + ";\n"
         "CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n"
         "CREATE TABLE public.t (id integer);\n"
         "CREATE TRIGGER t_touch BEFORE UPDATE ON " + table + " FOR EACH ROW EXECUTE PROCEDURE " + function + "();\n"
         "CREATE TRIGGER t_same BEFORE UPDATE ON " + table +
         " FOR EACH ROW EXECUTE PROCEDURE suppress_redundant_updates_trigger();\n";
}

}  // namespace

TEST_CASE("trigger function name: found on the search_path or written qualified, the same", "[trigger-function-name]") {
  Catalog old_style = testing::clean_catalog_of(dump("public, pg_catalog", "touch", "t"));
  Catalog qualified = testing::clean_catalog_of(dump("''", "public.touch", "public.t"));
  CHECK(diff_catalogs(old_style, qualified, {}).identical());
}

TEST_CASE("trigger function name: another function is still a difference", "[trigger-function-name]") {
  Catalog a = testing::clean_catalog_of(dump("''", "public.touch", "public.t"));
  Catalog b = testing::clean_catalog_of(dump("''", "public.touch", "public.t") +
                   "CREATE FUNCTION public.touch2() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n"
                   "CREATE OR REPLACE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION touch2();\n");
  bool trigger_changed = false;
  for (const Change& change : diff_catalogs(a, b, {}).changes) trigger_changed |= change.id == "public.t.t_touch";
  CHECK(trigger_changed);
}
