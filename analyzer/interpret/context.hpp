#pragma once

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

// What a statement handler works with: the catalog it changes, where to report, and the
// session state (search_path) earlier statements set.
class Context {
 public:
  Context(Catalog& catalog, Diagnostics& diagnostics);

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

  void warn(std::string message) const;
  void error(std::string message) const;
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
