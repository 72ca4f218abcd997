#include <fmt/format.h>

#include <algorithm>

#include "analyzer/diff/compare.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/normalize/fingerprint.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string tables_text(const Publication& publication) {
  std::vector<std::string> tables;
  for (const PublishedTable& table : publication.tables) {
    std::string text = object_id(table.table);
    if (!table.columns.empty()) text += fmt::format(" ({})", fmt::join(table.columns, ", "));
    if (table.where) text += " WHERE (" + Comparison::show(table.where) + ")";
    tables.push_back(text);
  }
  return fmt::format("{}", fmt::join(tables, ", "));
}

bool same_tables(Comparison& comparison, const Publication& a, const Publication& b) {
  if (a.tables.size() != b.tables.size()) return false;
  for (std::size_t i = 0; i < a.tables.size(); ++i) {
    const PublishedTable& x = a.tables[i];
    const PublishedTable& y = b.tables[i];
    if (x.table != y.table || x.columns != y.columns || !comparison.same_expression(x.where, y.where, x.table.name)) return false;
  }
  return true;
}

// publish = 'insert, update, delete, truncate' is what a publication does when it says nothing.
std::string options_text(const Publication& publication) {
  std::vector<std::string> options = publication.options;
  bool states_publish = std::any_of(options.begin(), options.end(), [](const std::string& o) { return o.starts_with("publish="); });
  if (!states_publish) options.push_back("publish=insert, update, delete, truncate");
  std::sort(options.begin(), options.end());
  return fmt::format("{}", fmt::join(options, ", "));
}

std::string default_privilege_id(const DefaultPrivilege& d) {
  return fmt::format("{} in {} on {}", d.role.empty() ? "current role" : d.role, d.schema.empty() ? "all schemas" : d.schema,
                     d.object_type);
}

std::string default_privilege_entry(const DefaultPrivilege& d) {
  return fmt::format("{} {}{} {} {}", d.revoked ? "REVOKE" : "GRANT", d.entry.privilege,
                     d.entry.grantable ? " WITH GRANT OPTION" : "", d.revoked ? "FROM" : "TO", d.entry.grantee);
}

}  // namespace

void compare_schemas(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.schemas, comparison.new_catalog.schemas,
      [&](const std::string& name, const Schema& s) { if (!s.builtin) comparison.removed("schema", quote_identifier(name)); },
      [&](const std::string& name, const Schema& s) { if (!s.builtin) comparison.added("schema", quote_identifier(name)); },
      [&](const std::string& name, const Schema& a, const Schema& b) {
        std::vector<ChangeDetail> details;
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_SCHEMA");
        comparison.changed("schema", quote_identifier(name), std::move(details));
      });
}

void compare_extensions(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.extensions, comparison.new_catalog.extensions,
      [&](const std::string& name, const Extension& e) { if (!e.builtin) comparison.removed("extension", quote_identifier(name)); },
      [&](const std::string& name, const Extension& e) { if (!e.builtin) comparison.added("extension", quote_identifier(name)); },
      [&](const std::string& name, const Extension& a, const Extension& b) {
        std::vector<ChangeDetail> details;
        comparison.compare_value(details, "schema", a.schema, b.schema);
        // pg_dump never states versions: compared only where both inputs do.
        if (!a.version.empty() && !b.version.empty()) comparison.compare_value(details, "version", a.version, b.version);
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_EXTENSION");
        comparison.changed("extension", quote_identifier(name), std::move(details));
      });
}

void compare_publications(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.publications, comparison.new_catalog.publications,
      [&](const std::string& name, const Publication&) { comparison.removed("publication", quote_identifier(name)); },
      [&](const std::string& name, const Publication&) { comparison.added("publication", quote_identifier(name)); },
      [&](const std::string& name, const Publication& a, const Publication& b) {
        std::vector<ChangeDetail> details;
        comparison.compare_flag(details, "all_tables", a.all_tables, b.all_tables);
        if (!same_tables(comparison, a, b)) comparison.compare_value(details, "tables", tables_text(a), tables_text(b));
        comparison.compare_value(details, "schemas", fmt::format("{}", fmt::join(a.schemas, ", ")), fmt::format("{}", fmt::join(b.schemas, ", ")));
        comparison.compare_value(details, "options", options_text(a), options_text(b));
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_PUBLICATION");
        comparison.changed("publication", quote_identifier(name), std::move(details));
      });
}

// SQL written without FOR ROLE applies to whoever runs it; pg_dump names that role. The
// role that owns most objects is the best guess of who ran the SQL.
std::string likely_current_role(const Catalog& a, const Catalog& b) {
  std::map<std::string, int> owners;
  for (const Catalog* catalog : {&a, &b}) {
    for (const auto& [name, table] : catalog->tables) ++owners[table.meta.owner];
    for (const auto& [id, routine] : catalog->routines) ++owners[routine.meta.owner];
    for (const auto& [name, view] : catalog->views) ++owners[view.meta.owner];
  }
  owners.erase("");
  std::string best;
  int most = 0;
  for (const auto& [owner, count] : owners) {
    if (count > most) best = owner, most = count;
  }
  return best;
}

void compare_default_privileges(Comparison& comparison) {
  if (comparison.ignored("grants")) return;
  std::string current_role = likely_current_role(comparison.old_catalog, comparison.new_catalog);
  auto with_role = [&](DefaultPrivilege d) {
    if (d.role.empty()) d.role = current_role;
    return d;
  };
  std::map<std::string, std::set<std::string>> old_entries, new_entries;
  for (const DefaultPrivilege& d : comparison.old_catalog.default_privileges) {
    old_entries[default_privilege_id(with_role(d))].insert(default_privilege_entry(d));
  }
  for (const DefaultPrivilege& d : comparison.new_catalog.default_privileges) {
    new_entries[default_privilege_id(with_role(d))].insert(default_privilege_entry(d));
  }
  std::map<std::string, std::set<std::string>> all = old_entries;
  all.insert(new_entries.begin(), new_entries.end());
  for (const auto& [id, unused] : all) {
    const std::set<std::string>& a = old_entries[id];
    const std::set<std::string>& b = new_entries[id];
    if (a == b) continue;
    ChangeDetail detail;
    detail.aspect = "grants";
    for (const std::string& entry : a) if (!b.contains(entry)) detail.removed.push_back(entry);
    for (const std::string& entry : b) if (!a.contains(entry)) detail.added.push_back(entry);
    comparison.changes.push_back({"default_privileges", id, ChangeType::changed, {detail}, std::nullopt, 0});
  }
}

void compare_other_objects(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.others, comparison.new_catalog.others,
      [&](const std::string&, const OtherObject& o) { comparison.removed(o.kind, o.id); },
      [&](const std::string&, const OtherObject& o) { comparison.added(o.kind, o.id); },
      [&](const std::string&, const OtherObject& a, const OtherObject& b) {
        std::vector<ChangeDetail> details;
        comparison.compare_expression(details, "definition", a.definition, b.definition);
        comparison.compare_value(details, "definition", a.text, b.text);
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_" + a.kind);
        comparison.changed(a.kind, a.id, std::move(details));
      });
}

}  // namespace pgdrift
