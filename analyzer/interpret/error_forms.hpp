#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// What PostgreSQL says when it refuses a statement, as the interpreter says it: templates
// whose {} are names, quoted as PostgreSQL quotes them. A report in another language reads a
// message back into its form and names and says it in its own words (report_strings_fr.cpp),
// as gettext translates by the English template: so every message is made from one of these.
namespace error_form {
inline constexpr std::string_view relation_exists = "relation {} already exists";
inline constexpr std::string_view relation_missing = "relation {} does not exist";
inline constexpr std::string_view column_exists = "column \"{}\" of relation {} already exists";
inline constexpr std::string_view column_missing = "column \"{}\" of relation {} does not exist";
inline constexpr std::string_view column_to_rename_missing = "column \"{}\" does not exist";
inline constexpr std::string_view query_column_missing = "column {}.{} does not exist";
inline constexpr std::string_view constraint_exists =
    "constraint \"{}\" for relation {} already exists";
inline constexpr std::string_view constraint_missing =
    "constraint \"{}\" of relation {} does not exist";
inline constexpr std::string_view matview_default =
    "ALTER action ALTER COLUMN ... SET DEFAULT cannot be performed on materialized view {}";
inline constexpr std::string_view extension_exists = "extension \"{}\" already exists";
inline constexpr std::string_view extension_missing = "extension \"{}\" does not exist";
inline constexpr std::string_view function_exists = "function {} already exists";
inline constexpr std::string_view function_missing = "function {} does not exist";
inline constexpr std::string_view aggregate_exists = "aggregate {} already exists";
inline constexpr std::string_view policy_exists = "policy \"{}\" for table {} already exists";
inline constexpr std::string_view policy_missing = "policy \"{}\" for table {} does not exist";
inline constexpr std::string_view schema_exists = "schema \"{}\" already exists";
inline constexpr std::string_view sequence_exists = "sequence {} already exists";
inline constexpr std::string_view sequence_missing = "sequence {} does not exist";
inline constexpr std::string_view trigger_exists = "trigger \"{}\" for relation {} already exists";
inline constexpr std::string_view event_trigger_exists = "event trigger \"{}\" already exists";
inline constexpr std::string_view event_trigger_missing = "event trigger \"{}\" does not exist";
inline constexpr std::string_view type_exists = "type {} already exists";
inline constexpr std::string_view type_missing = "type {} does not exist";
inline constexpr std::string_view enum_label_exists = "enum label \"{}\" already exists";
inline constexpr std::string_view publication_exists = "publication \"{}\" already exists";
inline constexpr std::string_view publication_missing = "publication \"{}\" does not exist";
inline constexpr std::string_view child_lacks_constraint =
    "child table is missing constraint \"{}\"";
inline constexpr std::string_view circular_inheritance =
    "circular inheritance not allowed: {} is already a child of {}";
// {} is the object's kind in the words of its CREATE statement: "operator class", "cast".
inline constexpr std::string_view object_exists = "{} {} already exists";
// {} is the kind as DROP and ALTER ... RENAME spell it: "TABLE", "FUNCTION".
inline constexpr std::string_view object_missing = "{} {} does not exist";
inline constexpr std::string_view object_to_rename_missing = "{} to rename does not exist";
// Statements the grammar rejects: libpg_query's most frequent messages.
inline constexpr std::string_view syntax_error_near = "syntax error at or near \"{}\"";
inline constexpr std::string_view syntax_error_at_end = "syntax error at end of input";
}  // namespace error_form

// Every form above, each before any more general one (object_exists and object_missing after
// the others that end as they do). A translation must have each: report_strings_fr.cpp
// checks it as it compiles.
inline constexpr std::array kAllErrorForms{
    error_form::relation_exists,
    error_form::relation_missing,
    error_form::column_exists,
    error_form::column_missing,
    error_form::column_to_rename_missing,
    error_form::query_column_missing,
    error_form::constraint_exists,
    error_form::constraint_missing,
    error_form::matview_default,
    error_form::extension_exists,
    error_form::extension_missing,
    error_form::function_exists,
    error_form::function_missing,
    error_form::aggregate_exists,
    error_form::policy_exists,
    error_form::policy_missing,
    error_form::schema_exists,
    error_form::sequence_exists,
    error_form::sequence_missing,
    error_form::trigger_exists,
    error_form::event_trigger_exists,
    error_form::event_trigger_missing,
    error_form::type_exists,
    error_form::type_missing,
    error_form::enum_label_exists,
    error_form::publication_exists,
    error_form::publication_missing,
    error_form::child_lacks_constraint,
    error_form::circular_inheritance,
    error_form::object_exists,
    error_form::object_missing,
    error_form::object_to_rename_missing,
    error_form::syntax_error_near,
    error_form::syntax_error_at_end,
};

// The arguments of a message of `form`, read back from its text (each taken as short as the
// rest of the text allows); nothing when the message is not of that form.
std::optional<std::vector<std::string>> error_form_arguments(std::string_view form,
                                                             std::string_view message);

}  // namespace pgdrift
