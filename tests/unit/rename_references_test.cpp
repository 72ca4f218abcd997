// Renames in the statement interpreter: what PostgreSQL binds by OID follows the new name,
// and a copy of the catalog taken before the rename keeps the old trees.
#include <catch2/catch.hpp>

#include "diff_test_support.hpp"
#include "parser/deparser.hpp"

using namespace pgdrift;
using pgdrift::testing::catalog_of;

namespace {

const char* kSchema = R"sql(
CREATE SEQUENCE s;
CREATE TABLE t (id integer PRIMARY KEY, title text CHECK (title <> ''),
                code integer DEFAULT nextval('s'), source regclass DEFAULT 'public.t'::regclass);
CREATE TABLE r (id integer, t_id integer REFERENCES t (id));
CREATE INDEX t_title_idx ON t (lower(title));
CREATE VIEW v AS SELECT t.id, t.title, r.id AS review FROM t JOIN r ON r.t_id = t.id;
)sql";

void apply(Catalog& catalog, const std::string& sql) {
  Diagnostics diagnostics;
  Interpreter interpreter(catalog, diagnostics, true);
  interpreter.apply(std::make_shared<ParsedScript>(read_script_text("migration.sql", sql)));
  for (const Diagnostic& diagnostic : diagnostics) {
    INFO(diagnostic.message);
    REQUIRE(diagnostic.severity == Severity::warning);
  }
}

std::string sql(Expr tree) { return deparse_statement(*tree).value_or("?"); }
std::string expression(Expr tree) { return deparse_expression(*tree).value_or("?"); }

}  // namespace

TEST_CASE("renamed relations: views, defaults and keys follow", "[interpret][rename]") {
  Catalog catalog = catalog_of(kSchema);
  apply(catalog, "ALTER TABLE t RENAME TO u; ALTER SEQUENCE s RENAME TO s2;");
  const Table& table = catalog.tables.at({"public", "u"});
  CHECK(expression(table.find_column("code")->default_value) == "nextval('s2')");
  CHECK(expression(table.find_column("source")->default_value) == "'public.u'::regclass");
  CHECK(sql(catalog.views.at({"public", "v"}).query) ==
        "SELECT u.id, u.title, r.id AS review FROM u JOIN r ON r.t_id = u.id");
  CHECK(catalog.tables.at({"public", "r"}).constraints.begin()->second.referenced_table ==
        QualifiedName{"public", "u"});
}

TEST_CASE("renamed columns: expressions follow, view outputs keep their names",
          "[interpret][rename]") {
  Catalog catalog = catalog_of(kSchema);
  apply(catalog,
        "ALTER TABLE t RENAME COLUMN title TO name; ALTER TABLE t RENAME COLUMN id TO t_key;");
  const Table& table = catalog.tables.at({"public", "t"});
  CHECK(expression(table.constraints.at("t_title_check").check) == "name <> ''");
  CHECK(sql(catalog.indexes.at({"public", "t_title_idx"}).definition) ==
        "CREATE INDEX t_title_idx ON t USING btree (lower(name))");
  // r.id is another table's column of the same name: it stays.
  CHECK(sql(catalog.views.at({"public", "v"}).query) ==
        "SELECT t.t_key AS id, t.name AS title, r.id AS review FROM t JOIN r ON r.t_id = t.t_key");
  const Constraint& foreign_key = catalog.tables.at({"public", "r"}).constraints.at("r_t_id_fkey");
  CHECK(foreign_key.referenced_columns == std::vector<std::string>{"t_key"});
}

TEST_CASE("a copy of the catalog taken before a rename keeps its trees", "[interpret][rename]") {
  Catalog before = catalog_of(kSchema);
  Catalog after = before;  // shares the trees
  apply(after, "ALTER TABLE t RENAME COLUMN title TO name; ALTER TABLE t RENAME TO u;");
  CHECK(sql(before.views.at({"public", "v"}).query) ==
        "SELECT t.id, t.title, r.id AS review FROM t JOIN r ON r.t_id = t.id");
  CHECK(expression(before.tables.at({"public", "t"}).constraints.at("t_title_check").check) ==
        "title <> ''");
}

TEST_CASE("a table moved to another schema takes its indexes and sequences along",
          "[interpret][rename]") {
  Catalog catalog = catalog_of(R"sql(
    CREATE SCHEMA app;
    CREATE TABLE t (id serial PRIMARY KEY, v text);
    CREATE INDEX t_v_idx ON t (v);
    CREATE VIEW w AS SELECT id FROM t;
  )sql");
  apply(catalog, "ALTER TABLE t SET SCHEMA app;");
  CHECK(catalog.tables.contains({"app", "t"}));
  CHECK_FALSE(catalog.tables.contains({"public", "t"}));
  CHECK(catalog.indexes.at({"app", "t_v_idx"}).table == QualifiedName{"app", "t"});
  CHECK(catalog.sequences.at({"app", "t_id_seq"}).owned_by_table == QualifiedName{"app", "t"});
  CHECK(expression(catalog.tables.at({"app", "t"}).find_column("id")->default_value) ==
        "nextval('app.t_id_seq'::regclass)");
  CHECK(sql(catalog.views.at({"public", "w"}).query) == "SELECT id FROM app.t");
}

TEST_CASE("an extension moved to another schema", "[interpret][rename]") {
  Catalog catalog = catalog_of("CREATE SCHEMA extensions; CREATE EXTENSION pg_trgm WITH SCHEMA public;");
  apply(catalog, "ALTER EXTENSION pg_trgm SET SCHEMA extensions;");
  CHECK(catalog.extensions.at("pg_trgm").schema == "extensions");
}
