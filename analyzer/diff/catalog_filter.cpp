#include "analyzer/diff/catalog_filter.hpp"

namespace pgdrift {
namespace {

template <typename Map, typename SchemaOf>
void keep_included(Map& map, const DiffOptions& options, SchemaOf schema_of) {
  std::erase_if(map, [&](const auto& entry) { return !options.schema_included(schema_of(entry.first, entry.second)); });
}

// Event triggers and the realtime publication that Supabase installs in every project.
bool managed_by_supabase(const std::string& name) {
  return name.starts_with("issue_") || name.starts_with("pgrst_") || name == "supabase_realtime" ||
         name.starts_with("supabase_") || name == "pgsodium_trg_mask_update";
}

}  // namespace

bool filters_anything(const DiffOptions& options) {
  return options.supabase_preset || !options.include_schemas.empty() || !options.exclude_schemas.empty();
}

Catalog filter_catalog(const Catalog& catalog, const DiffOptions& options) {
  Catalog filtered = catalog;
  keep_included(filtered.schemas, options, [](const std::string& name, const auto&) { return name; });
  auto by_name = [](const QualifiedName& name, const auto&) { return name.schema; };
  keep_included(filtered.tables, options, by_name);
  keep_included(filtered.views, options, by_name);
  keep_included(filtered.sequences, options, by_name);
  keep_included(filtered.indexes, options, by_name);
  keep_included(filtered.types, options, by_name);
  keep_included(filtered.routines, options, [](const std::string&, const Routine& r) { return r.name.schema; });
  keep_included(filtered.triggers, options, [](const TableMemberKey& key, const auto&) { return key.table.schema; });
  keep_included(filtered.policies, options, [](const TableMemberKey& key, const auto&) { return key.table.schema; });
  keep_included(filtered.extension_members, options, [](const std::string&, const ExtensionMember& m) { return m.schema; });
  std::erase_if(filtered.default_privileges,
                [&](const DefaultPrivilege& d) { return !d.schema.empty() && !options.schema_included(d.schema); });
  if (options.supabase_preset) {
    std::erase_if(filtered.event_triggers, [](const auto& entry) { return managed_by_supabase(entry.first); });
    std::erase_if(filtered.publications, [](const auto& entry) { return managed_by_supabase(entry.first); });
    std::erase_if(filtered.default_privileges, [](const DefaultPrivilege& d) { return d.role == "supabase_admin"; });
  }
  return filtered;
}

}  // namespace pgdrift
