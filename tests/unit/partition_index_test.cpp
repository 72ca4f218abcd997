// CREATE INDEX on a partitioned table attaches the index a partition already has when it is
// built the same way, as PostgreSQL does, instead of building another.
#include <catch2/catch.hpp>

#include "diff_test_support.hpp"

using namespace pgdrift;

namespace {

const char* kTables =
    "CREATE TABLE public.p (a integer, b integer) PARTITION BY RANGE (a);\n"
    "CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (10);\n";

}  // namespace

TEST_CASE("partition index: the partition's own index, built alike, is attached", "[partition-index]") {
  Catalog attached = testing::clean_catalog_of(std::string(kTables) +
                          "CREATE INDEX p_b ON ONLY public.p USING btree (b);\n"
                          "CREATE INDEX p1_own_b ON public.p1 USING btree (b);\n"
                          "ALTER INDEX public.p_b ATTACH PARTITION public.p1_own_b;\n");
  Catalog partition_first = testing::clean_catalog_of(std::string(kTables) +
                                 "CREATE INDEX p1_own_b ON public.p1 USING btree (b);\n"
                                 "CREATE INDEX p_b ON public.p USING btree (b);\n");
  CHECK(diff_catalogs(attached, partition_first, {}).identical());
  CHECK_FALSE(partition_first.indexes.contains({"public", "p1_b_idx"}));
}

TEST_CASE("partition index: an index built otherwise is not attached", "[partition-index]") {
  Catalog catalog = testing::clean_catalog_of(std::string(kTables) +
                         "CREATE INDEX p1_own_a ON public.p1 USING btree (a);\n"
                         "CREATE UNIQUE INDEX p1_own_b ON public.p1 USING btree (b);\n"
                         "CREATE INDEX p1_own_b_desc ON public.p1 USING btree (b DESC);\n"
                         "CREATE INDEX p_b ON public.p USING btree (b);\n");
  REQUIRE(catalog.indexes.contains({"public", "p1_b_idx"}));
  CHECK(catalog.indexes.at({"public", "p1_b_idx"}).attached_to == QualifiedName{"public", "p_b"});
  CHECK_FALSE(catalog.indexes.at({"public", "p1_own_a"}).attached_to);
  CHECK_FALSE(catalog.indexes.at({"public", "p1_own_b"}).attached_to);
  CHECK_FALSE(catalog.indexes.at({"public", "p1_own_b_desc"}).attached_to);
}
