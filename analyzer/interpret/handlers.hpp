#pragma once

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// One handler per kind of statement (the node tag libpg_query gives it); each lives in
// the file named after the statement it interprets.
void create_schema(Context&, const ast::Node&);
void create_extension(Context&, const ast::Node&);
void create_table(Context&, const ast::Node&);
void create_foreign_table(Context&, const ast::Node&);
void alter_table(Context&, const ast::Node&);
void alter_composite_type(Context&, const ast::Node&);  // ALTER TYPE ... ADD/DROP/ALTER ATTRIBUTE
void create_index(Context&, const ast::Node&);
void create_view(Context&, const ast::Node&);
void create_table_as(Context&, const ast::Node&);
void create_sequence(Context&, const ast::Node&);
void alter_sequence(Context&, const ast::Node&);
void create_function(Context&, const ast::Node&);
void define_object(Context&, const ast::Node&);
void create_enum(Context&, const ast::Node&);
void create_composite_type(Context&, const ast::Node&);
void create_range(Context&, const ast::Node&);
void create_domain(Context&, const ast::Node&);
void alter_enum(Context&, const ast::Node&);
void alter_domain(Context&, const ast::Node&);
void create_trigger(Context&, const ast::Node&);
void create_event_trigger(Context&, const ast::Node&);
void create_policy(Context&, const ast::Node&);
void alter_policy(Context&, const ast::Node&);
void grant(Context&, const ast::Node&);
void alter_default_privileges(Context&, const ast::Node&);
void comment_on(Context&, const ast::Node&);
void alter_owner(Context&, const ast::Node&);
void create_publication(Context&, const ast::Node&);
void alter_publication(Context&, const ast::Node&);
void set_variable(Context&, const ast::Node&);
void select_statement(Context&, const ast::Node&);
void keep_other_object(Context&, const ast::Node&);
void drop_object(Context&, const ast::Node&);
void rename_object(Context&, const ast::Node&);
void alter_object_schema(Context&, const ast::Node&);
void alter_function(Context&, const ast::Node&);
void alter_event_trigger(Context&, const ast::Node&);
void keep_history_rows(Context&, const ast::Node&);  // COPY and INSERT
void do_block(Context&, const ast::Node&);

// Statements that do not change a schema: data, sessions, transactions, maintenance, roles.
bool changes_no_schema(std::string_view tag);

// The handler of the statement's kind (what the interpreter does with each statement; a
// DO block applies the statements it runs with it).
void apply_statement(Context&, const ast::Node&);

// The statement that creates an object kept whole, with the name in `names_field` qualified
// as created: a plan runs it with an empty search_path, and a comparison should not see
// whether the name was written with its schema.
Expr keep_qualified(Context&, const ast::Node& statement, std::string_view names_field, const QualifiedName& name);

// Puts an object kept whole into the catalog, as `statement` (its CREATE) makes it. One with
// a name (what errors about it name) that is already there is an error, as in PostgreSQL,
// unless the statement says IF NOT EXISTS (the first stays) or OR REPLACE (it replaces the
// definition); an object kept by its statement's text (no name) is that statement again.
void install_other_object(Context&, OtherObject other, const ast::Node& statement, const std::string& name);

}  // namespace pgdrift
