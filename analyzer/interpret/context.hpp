#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/model/catalog.hpp"
#include "analyzer/model/known_ground.hpp"
#include "analyzer/types/type_name.hpp"
#include "parser/ast.hpp"
#include "parser/diagnostic.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

class DependentsIndex;

// What an error is about: PostgreSQL's condition name for it (what an EXCEPTION clause names
// to catch it: duplicate_table, undefined_object, ...) and the object's name, after its
// table's name for a table's member.
struct ErrorSubject {
  std::string_view condition;
  std::vector<std::string> names;
};

// A BEGIN ... EXCEPTION block of a DO block being followed: its handlers, and whether an
// error one of them catches occurred (PostgreSQL then undoes the block).
struct ExceptionScope {
  struct Handler {
    std::vector<std::string> conditions;
    bool raises = false;  // RAISE again: the error goes on, as if not caught
  };
  std::vector<Handler> handlers;
  const ExceptionScope* outer = nullptr;
  mutable std::optional<std::string> caught;  // the condition of the error caught

  // The handler PostgreSQL runs for an error of `condition`: the first that names it.
  const Handler* handler_for(std::string_view condition) const;
  bool catches(std::string_view condition) const;
  // Whether this block or one around it caught an error: the rest of it does not run.
  bool interrupted() const;
};

// What a statement handler works with: the catalog it changes, where to report, and the
// session state (search_path) earlier statements set.
class Context {
 public:
  Context(Catalog& catalog, Diagnostics& diagnostics);
  // The same session (search_path, role, statement, strictness) over another catalog.
  Context(const Context& session, Catalog& catalog, Diagnostics& diagnostics);
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  Catalog& catalog;
  Diagnostics& diagnostics;
  std::vector<std::string> search_path{"public"};
  const ParsedStatement* statement = nullptr;
  // Migrations are held to what PostgreSQL would accept (dropping what does not exist is an
  // error); dumps are not (pg_dump --clean starts by dropping what the script creates later).
  bool strict = false;
  // The role the statements run as, when known: its ALTER DEFAULT PRIVILEGES FOR ROLE apply
  // to what they create (migrations are taken to run as postgres, as Supabase runs them).
  std::string session_role;
  // What the platform and extensions provide (null: nothing): an object they know is taken
  // into the catalog when a statement names it (see ground_adoption.cpp).
  const KnownGround* known = nullptr;
  // What uses which table, when the caller keeps it up to date as statements are applied
  // (`pgdrift lint` does): a column rename looks there for the views, routine bodies and
  // foreign keys to rewrite, not through the whole catalog. Null: the whole catalog.
  DependentsIndex* dependents = nullptr;

  // The innermost BEGIN ... EXCEPTION block being followed, if any (see do_block.cpp).
  const ExceptionScope* exception_scope = nullptr;
  // How many DO blocks (a DO in an EXECUTE in a DO...) are being followed.
  int do_block_depth = 0;
  // Whether the statement met an error about an object kept by name only, because the
  // grammar rejected its statement (see unparsed_object.hpp): that error was not reported.
  mutable bool followed_unparsed = false;

  void warn(std::string message) const;
  // What PostgreSQL would refuse. An error an EXCEPTION block being followed catches is no
  // error; one about an object a DO block not followed may have made or removed is a warning;
  // one about an object whose statement the grammar rejected follows from that error: none.
  void error(std::string message) const;
  void error(std::string message, ErrorSubject subject) const;
  SourceLocation here() const;

  // Name resolution as PostgreSQL does it, against the catalog built so far.
  std::string creation_schema() const;
  QualifiedName name_for_creation(const ast::Node& range_var) const;
  QualifiedName resolve_relation(const ast::Node& range_var) const;
  QualifiedName resolve_relation_name(std::string_view schema, std::string_view name) const;
  QualifiedName qualified_from_list(std::span<const ast::Node> names, bool for_creation) const;
  std::string type(const ast::Node& type_name) const;
  std::string type_without_modifiers(const ast::Node& type_name) const;
  QualifiedName resolve_type_name(std::span<const ast::Node> names) const;
  QualifiedName resolve_function_name(std::span<const ast::Node> names) const;

  // The meta of an object being created: where, and the privileges ALTER DEFAULT
  // PRIVILEGES gives new objects of that kind (tables, sequences, functions, types, schemas).
  ObjectMeta new_object_meta(std::string_view default_privilege_kind, const std::string& schema) const;

  // Takes the object a statement names from the known ground when the catalog lacks it;
  // whether the catalog has it then.
  bool adopt_relation(const QualifiedName& name) const;
  bool adopt_routines(const QualifiedName& name) const;  // every overload of the name
  bool adopt_type(const QualifiedName& name) const;
  bool adopt_schema(const std::string& name) const;
  bool adopt_publication(const std::string& name) const;
  // Takes every object an extension brings, once it is created.
  void adopt_extension_objects(std::string_view extension) const;

  // A tree the catalog keeps, copied out of the statement's (freed once interpreted).
  Expr keep(const ast::Node* node) const;

 private:
  TypeSchemaLookup type_lookup_;
};

}  // namespace pgdrift
