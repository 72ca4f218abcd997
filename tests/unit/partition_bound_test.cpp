// A timestamptz partition bound is a value: pg_dump prints it in the TimeZone it runs in, so
// the same bound reads '2022-04-01 01:00:00+01' in one dump and '2022-04-01 00:00:00+00' in
// another.
#include <catch2/catch.hpp>

#include "diff_test_support.hpp"

using namespace pgdrift;

namespace {

std::string dump(const std::string& key_type, const std::string& from, const std::string& to, bool attach) {
  std::string sql = "CREATE TABLE public.events (at " + key_type + " NOT NULL) PARTITION BY RANGE (at);\n";
  std::string bound = " FOR VALUES FROM ('" + from + "') TO ('" + to + "')";
  if (!attach) return sql + "CREATE TABLE public.events_q2 PARTITION OF public.events" + bound + ";\n";
  return sql + "CREATE TABLE public.events_q2 (at " + key_type + " NOT NULL);\n" +
         "ALTER TABLE ONLY public.events ATTACH PARTITION public.events_q2" + bound + ";\n";
}

}  // namespace

TEST_CASE("partition bound: a timestamptz bound in another zone is the same bound", "[partition-bound]") {
  for (bool attach : {false, true}) {
    Catalog in_utc = testing::clean_catalog_of(dump("timestamp with time zone", "2022-03-31 23:30:00+00", "2022-07-01 00:00:00+00", attach));
    Catalog in_paris = testing::clean_catalog_of(dump("timestamptz", "2022-04-01 01:30:00+02", "2022-07-01 02:00:00+02", attach));
    Catalog odd_offset = testing::clean_catalog_of(dump("timestamptz", "2022-03-31 23:30:00+0:00", "2022-06-30 19:00:00-05", attach));
    CHECK(diff_catalogs(in_utc, in_paris, {}).identical());
    CHECK(diff_catalogs(in_utc, odd_offset, {}).identical());
  }
}

TEST_CASE("partition bound: other instants, and timestamps without a zone, still differ", "[partition-bound]") {
  Catalog a = testing::clean_catalog_of(dump("timestamptz", "2022-04-01 00:00:00+00", "2022-07-01 00:00:00+00", false));
  Catalog b = testing::clean_catalog_of(dump("timestamptz", "2022-04-01 00:00:00+01", "2022-07-01 00:00:00+00", false));
  CHECK_FALSE(diff_catalogs(a, b, {}).identical());
  Catalog plain = testing::clean_catalog_of(dump("timestamp", "2022-04-01 00:00:00", "2022-07-01 00:00:00", false));
  Catalog plain_written_otherwise = testing::clean_catalog_of(dump("timestamp", "2022-04-01 01:00:00", "2022-07-01 00:00:00", false));
  CHECK_FALSE(diff_catalogs(plain, plain_written_otherwise, {}).identical());
}
