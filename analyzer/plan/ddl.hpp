#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "analyzer/model/catalog.hpp"
#include "analyzer/plan/object_ref.hpp"

namespace pgdrift {

// The SQL that creates each kind of object as the model describes it (pg_dump's spelling
// where it has one), without a trailing semicolon. Throw UnwritableSql (sql_text.hpp) when
// a part cannot be written.

// Tables
// The sequence of an identity column (nothing: not known).
using IdentityOptions = std::function<const Sequence*(const Table&, const Column&)>;
std::string column_definition(const Table& table, const Column& column, const IdentityOptions& identity_options);
std::string create_table_sql(const Table& table, const IdentityOptions& identity_options);
std::string attach_partition_sql(const Table& partition);  // ALTER TABLE parent ATTACH PARTITION ...
std::string constraint_definition(const Constraint& constraint);  // PRIMARY KEY (a), CHECK (...), ...
std::string identity_clause(char identity);  // GENERATED ALWAYS AS IDENTITY, ...
// The identity clause with its sequence's options: GENERATED ... AS IDENTITY (START WITH ...)
std::string identity_definition(const Table& table, const Column& column, const IdentityOptions& identity_options);

// Views, routines, types, sequences
std::string create_view_sql(const View& view, bool or_replace);
std::string routine_signature(const Routine& routine);  // schema.f(integer, text), as DROP names it
std::string routine_keyword(const Routine& routine);    // FUNCTION, PROCEDURE or AGGREGATE
std::string create_routine_sql(const Routine& routine, bool or_replace);
// ALTER FUNCTION f() SET name TO value, or RESET name when the routine has no such setting.
std::string alter_routine_setting_sql(const Routine& routine, const std::string& name);
std::string create_type_sql(const UserType& type);
std::string type_keyword(const UserType& type);  // TYPE or DOMAIN
std::string domain_constraint_definition(const DomainConstraint& constraint);
std::string sequence_options_sql(const SequenceOptions& options);  // START WITH 1 INCREMENT BY 1 ... (not the type)
std::string create_sequence_sql(const Sequence& sequence);
// MINVALUE and MAXVALUE with PostgreSQL's defaults for the type and direction filled in.
struct SequenceRange {
  std::int64_t min, max;
};
SequenceRange sequence_range(const SequenceOptions& options);

// Objects of a table
std::string create_index_sql(const Index& index);
std::string create_trigger_sql(const Trigger& trigger);
std::string create_policy_sql(const Policy& policy);

// Schema-level objects
std::string create_schema_sql(const Schema& schema);
std::string create_extension_sql(const Extension& extension);
std::string create_publication_sql(const Publication& publication);
// "TABLE ONLY t (columns) WHERE (...)", as CREATE and ALTER PUBLICATION name a table.
std::string published_table(const PublishedTable& table);
std::string create_event_trigger_sql(const EventTrigger& trigger);
// How SQL names an object the model keeps whole (nothing when its kind has no known form).
std::optional<ObjectRef> other_object_ref(const OtherObject& other);
// DROP of an object the model keeps whole; nothing when its kind has no known form.
std::optional<std::string> drop_other_object_sql(const OtherObject& other);

}  // namespace pgdrift
