// Sequences: CREATE / DROP, ALTER SEQUENCE for options and OWNED BY. The sequences of
// identity columns belong to their column and are left to it.
#include <fmt/format.h>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sequence_position.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

ObjectRef sequence_ref(const Sequence& sequence) {
  return {"SEQUENCE", sql_name(sequence.name), "SEQUENCE", "SEQUENCE", sql_name(sequence.name), "", "OBJECT_SEQUENCE", sequence.name.schema};
}

std::string owned_by(const Sequence& sequence) {
  if (sequence.owned_by_table.name.empty()) return "NONE";
  return sql_name(sequence.owned_by_table) + "." + quote_identifier(sequence.owned_by_column);
}

void set_owned_by(PlanContext& context, const Sequence& sequence) {
  context.add(StepPhase::create, sequence_owner_node(sequence.name),
              fmt::format("ALTER SEQUENCE {} OWNED BY {};", sql_name(sequence.name), owned_by(sequence)));
}

void create_sequence(PlanContext& context, const Sequence& sequence) {
  context.add(StepPhase::create, sequence_node(sequence.name), create_sequence_sql(sequence) + ";");
  if (!sequence.owned_by_table.name.empty()) set_owned_by(context, sequence);
  plan_meta(context, sequence_node(sequence.name), sequence_ref(sequence), nullptr, sequence.meta);
}

void change_sequence(PlanContext& context, const Sequence& old_sequence, const Sequence& sequence, const Change& change) {
  // A sequence that belongs to a table has the table's owner: ALTER TABLE ... OWNER moves it.
  ObjectRef ref = sequence_ref(sequence);
  if (!old_sequence.owned_by_table.name.empty() && !sequence.owned_by_table.name.empty()) ref.owner_keyword.clear();
  bool options_changed = false;
  for (const char* aspect : {"data_type", "increment", "min_value", "max_value", "start", "cache", "cycle"}) {
    options_changed |= PlanContext::has_aspect(change, aspect);
  }
  if (options_changed) {
    for (std::string& statement : move_position_into_range(old_sequence, sequence)) {
      context.add(StepPhase::create, sequence_node(sequence.name), std::move(statement));
    }
    // An identity sequence's type follows its column, whose type may change after this
    // statement: the type is set here too, or a new MAXVALUE may not fit the old one.
    context.add(StepPhase::create, sequence_node(sequence.name),
                fmt::format("ALTER SEQUENCE {} AS {} {};", sql_name(sequence.name), sequence.options.data_type,
                            sequence_options_sql(sequence.options)));
  }
  if (PlanContext::has_aspect(change, "owned_by") && !sequence.for_identity) set_owned_by(context, sequence);
  plan_meta(context, sequence_node(sequence.name), ref, &old_sequence.meta, sequence.meta);
}

// A sequence kept while the table or column that owns it is dropped (or the table dropped
// and created again) is let go of first, or DROP TABLE / DROP COLUMN would take it along.
void release_from_dropped_owner(PlanContext& context, const Sequence& old_sequence, const Sequence& sequence) {
  if (old_sequence.owned_by_table.name.empty()) return;
  const Change* table_change = context.change("table", object_id(old_sequence.owned_by_table));
  const Change* column_change =
      context.change("column", member_id(old_sequence.owned_by_table, old_sequence.owned_by_column));
  bool table_recreated = context.recreated(table_node(old_sequence.owned_by_table));
  bool table_dropped = table_change && table_change->type == ChangeType::removed;
  bool column_dropped = column_change && column_change->type == ChangeType::removed;
  if (!table_recreated && !table_dropped && !column_dropped) return;
  const char* owner = table_recreated ? "table that owns it is created again"
                      : table_dropped ? "table that owns it is dropped"
                                      : "column that owns it is dropped";
  context.implementing(fmt::format("sequence {} kept while the {}", object_id(old_sequence.name), owner));
  if (table_recreated && sequence.owned_by_table == old_sequence.owned_by_table) set_owned_by(context, sequence);
  context.add(StepPhase::drop, sequence_owner_node(old_sequence.name),
              fmt::format("ALTER SEQUENCE {} OWNED BY NONE;", sql_name(old_sequence.name)));
}

// A sequence whose name passes between an identity column and a serial or standalone
// sequence is another sequence: the identity one comes and goes with its column (ADD and
// DROP IDENTITY), the other is dropped before or created after it.
bool plan_identity_swap(PlanContext& context, const Sequence& old_sequence, const Sequence& sequence) {
  if (old_sequence.for_identity == sequence.for_identity) return false;
  context.implementing(fmt::format("sequence {} changed between identity and not", object_id(sequence.name)));
  if (sequence.for_identity) {
    context.add(StepPhase::drop, sequence_node(old_sequence.name), fmt::format("DROP SEQUENCE IF EXISTS {};", sql_name(old_sequence.name)));
  } else {
    create_sequence(context, sequence);
  }
  return true;
}

}  // namespace

void plan_sequences(PlanContext& context) {
  for (const auto& [name, sequence] : context.old_catalog.sequences) {
    const Change* change = context.change("sequence", object_id(name));
    if (sequence.for_identity || !change || change->type != ChangeType::removed) continue;
    context.implementing(fmt::format("sequence {} removed", object_id(name)));
    // A sequence owned by a dropped column or table is already gone with it.
    bool owned = !sequence.owned_by_table.name.empty();
    context.add(StepPhase::drop, sequence_node(name), fmt::format("DROP SEQUENCE {}{};", owned ? "IF EXISTS " : "", sql_name(name)));
  }
  for (const auto& [name, sequence] : context.new_catalog.sequences) {
    const Change* change = context.change("sequence", object_id(name));
    auto kept = context.old_catalog.sequences.find(name);
    if (kept != context.old_catalog.sequences.end() && plan_identity_swap(context, kept->second, sequence)) continue;
    if (kept != context.old_catalog.sequences.end() && !sequence.for_identity) release_from_dropped_owner(context, kept->second, sequence);
    if (!change || (sequence.for_identity && change->type != ChangeType::changed)) continue;
    context.implementing(fmt::format("sequence {} {}", object_id(name), change_type_name(change->type)));
    auto old_sequence = context.old_catalog.sequences.find(name);
    if (change->type == ChangeType::added) create_sequence(context, sequence);
    else if (old_sequence != context.old_catalog.sequences.end()) change_sequence(context, old_sequence->second, sequence, *change);
  }
}

}  // namespace pgdrift
