// Fuzz entry point: a script interpreted into a catalog, as a dump is (then once more onto
// that catalog, strictly, as a migration is replayed onto a dump), and the catalog listed.
#include "analyzer/listing/object_listing.hpp"
#include "analyzer/migrations/ledger.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pgdrift;
  auto script = fuzz::read("fuzz.sql", fuzz::as_text(data, size));
  if (!script) return 0;
  Diagnostics diagnostics;
  Catalog catalog = build_catalog(script, diagnostics);
  Interpreter(catalog, diagnostics, /*strict=*/true).apply(script);
  std::vector<ListedObject> objects = list_objects(catalog);
  count_objects(objects);
  recorded_migrations(catalog);
  return 0;
}
