// Fuzz entry point: a script interpreted into a catalog while it is read, as a dump is
// (then once more onto that catalog, strictly, as a migration is replayed onto a dump), and
// the catalog listed.
#include "analyzer/listing/object_listing.hpp"
#include "analyzer/migrations/ledger.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pgdrift;
  auto schema = fuzz::load("fuzz.sql", fuzz::as_text(data, size));
  if (!schema) return 0;
  Catalog& catalog = schema->catalog;
  auto script = fuzz::read("fuzz.sql", fuzz::as_text(data, size));
  fuzz::require(script != nullptr);  // read as the loaded schema was
  Interpreter(catalog, schema->diagnostics, /*strict=*/true).apply(script);
  std::vector<ListedObject> objects = list_objects(catalog);
  count_objects(objects);
  recorded_migrations(catalog);
  return 0;
}
