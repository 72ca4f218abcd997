// A statement PostgreSQL 15's grammar rejects is one error; the object it would have made is
// kept by name, and what later statements say of it causes no error or warning of its own.
#include <catch2/catch.hpp>

#include "diff_test_support.hpp"

using namespace pgdrift;

namespace {

const char* kLaterSyntax = R"sql(
CREATE TABLE public.parent (id integer PRIMARY KEY);
CREATE TABLE public.t (
    id integer NOT NULL,
    parent_id integer,
    twice integer GENERATED ALWAYS AS (id * 2) VIRTUAL
);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.parent(id);
CREATE INDEX t_parent_idx ON public.t USING btree (parent_id);
ALTER INDEX public.t_parent_idx SET (fillfactor = 80);
COMMENT ON INDEX public.t_parent_idx IS 'parents';
CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
ALTER TABLE public.t OWNER TO app;
COMMENT ON COLUMN public.t.id IS 'key';
GRANT SELECT ON TABLE public.t TO reader;
CREATE TABLE public.other (id integer);
ALTER TABLE public.missing ADD COLUMN a integer;
)sql";

Catalog read(const std::string& sql, Diagnostics& diagnostics) {
  return build_catalog(std::make_shared<ParsedScript>(read_script_text("dump.sql", sql)), diagnostics);
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.to_string());
  return out;
}

}  // namespace

TEST_CASE("unparsed object: one error, the object kept by name, no knock-on", "[unparsed-object]") {
  Diagnostics diagnostics;
  Catalog catalog = read(kLaterSyntax, diagnostics);
  // Reading reports the rejected statement; interpreting, only the error about an object
  // that exists nowhere.
  CHECK(messages(diagnostics) == std::vector<std::string>{"dump.sql:18:1: error: relation public.missing does not exist"});
  CHECK(catalog.others.contains("unparsed_table public.t"));
  CHECK(catalog.others.at("unparsed_table public.t").text.starts_with("CREATE TABLE public.t ( id integer NOT NULL,"));
  // Made by statements that failed only because of it: kept by name too.
  CHECK(catalog.others.contains("unparsed_index public.t_parent_idx"));
  CHECK(catalog.others.contains("unparsed_trigger public.t.t_touch"));
  CHECK_FALSE(catalog.tables.contains({"public", "t"}));
  CHECK(catalog.tables.contains({"public", "other"}));
}

TEST_CASE("unparsed object: compared by the statement's text", "[unparsed-object]") {
  Diagnostics diagnostics;
  Catalog a = read(kLaterSyntax, diagnostics);
  Catalog same = read(kLaterSyntax, diagnostics);
  CHECK(diff_catalogs(a, same, {}).identical());
  std::string changed_text = kLaterSyntax;
  changed_text.replace(changed_text.find("id * 2"), 6, "id * 3");
  Catalog b = read(changed_text, diagnostics);
  DiffResult result = diff_catalogs(a, b, {});
  REQUIRE(result.changes.size() == 1);
  CHECK(result.changes[0].kind == "unparsed_table");
  CHECK(result.changes[0].id == "public.t");
  REQUIRE(result.changes[0].details.size() == 1);
  CHECK(result.changes[0].details[0].aspect == "definition");
}
