#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/sequence_options.hpp"

#include <fmt/format.h>

#include "analyzer/model/object_id.hpp"

namespace pgdrift {

void create_sequence(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("sequence");
  if (!relation) return;
  Sequence sequence;
  sequence.name = context.name_for_creation(*relation);
  sequence.unlogged = relation->str("relpersistence") == "u";
  sequence.meta = context.new_object_meta("sequences", sequence.name.schema);
  if (context.catalog.sequences.contains(sequence.name)) {
    if (!statement.flag("if_not_exists"))
      context.error(fmt::format(error_form::sequence_exists, object_id(sequence.name)),
                    {"duplicate_table", {sequence.name.name}});
    return;
  }
  apply_sequence_options(context, sequence, statement.list("options"));
  QualifiedName name = sequence.name;
  context.catalog.sequences[name] = std::move(sequence);
}

void alter_sequence(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("sequence");
  if (!relation) return;
  QualifiedName name = context.resolve_relation(*relation);
  auto found = context.catalog.sequences.find(name);
  if (found == context.catalog.sequences.end()) {
    if (!statement.flag("missing_ok"))
      context.error(fmt::format(error_form::sequence_missing, object_id(name)),
                    {"undefined_table", {name.name}});
    return;
  }
  apply_sequence_options(context, found->second, statement.list("options"));
}

}  // namespace pgdrift
