#pragma once

#include <string>
#include <string_view>

#include "analyzer/model/catalog.hpp"
#include "analyzer/diff/change.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {

// Dependency-graph nodes are named "kind id", with the ids the diff reports.
inline std::string graph_node(std::string_view kind, const std::string& id) { return std::string(kind) + " " + id; }
inline std::string table_node(const QualifiedName& table) { return graph_node("table", object_id(table)); }
inline std::string column_node(const QualifiedName& table, const std::string& column) {
  return graph_node("column", member_id(table, column));
}
// A column's DEFAULT, apart from the column: it is dropped and set again around changes
// to what it calls, where the column itself stays.
inline std::string default_node(const QualifiedName& table, const std::string& column) {
  return graph_node("default", member_id(table, column));
}
inline std::string constraint_node(const QualifiedName& table, const std::string& name) {
  return graph_node("constraint", member_id(table, name));
}
inline std::string index_node(const Index& index) { return graph_node("index", member_id(index.table, index.name.name)); }
inline std::string view_node(const View& view) {
  return graph_node(view.materialized ? "materialized_view" : "view", object_id(view.name));
}
inline std::string sequence_node(const QualifiedName& sequence) { return graph_node("sequence", object_id(sequence)); }
// ALTER SEQUENCE ... OWNED BY: after the table, while the table's default needs the sequence.
inline std::string sequence_owner_node(const QualifiedName& sequence) { return graph_node("owned_by", object_id(sequence)); }
inline std::string routine_node(const std::string& id) { return graph_node("routine", id); }
inline std::string type_node(const QualifiedName& type) { return graph_node("type", object_id(type)); }
inline std::string schema_node(const std::string& schema) { return graph_node("schema", quote_identifier(schema)); }
inline std::string trigger_node(const TableMemberKey& key) { return graph_node("trigger", member_id(key.table, key.name)); }
inline std::string policy_node(const TableMemberKey& key) { return graph_node("policy", member_id(key.table, key.name)); }

// The node of an object the diff reports.
inline std::string change_node(const Change& change) {
  std::string_view kind = change.kind;
  if (kind == "function" || kind == "procedure" || kind == "aggregate") kind = "routine";
  if (kind == "enum" || kind == "composite_type" || kind == "domain" || kind == "range_type" || kind == "base_type") kind = "type";
  return graph_node(kind, change.id);
}

}  // namespace pgdrift
