#include "analyzer/diff/compare.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/deparser.hpp"

namespace pgdrift {
namespace {

// An index is defined by everything but its name and where it is written.
Expr definition_without_name(const Index& index, ast::Arena& arena) {
  if (!index.definition) return nullptr;
  std::vector<ast::Field> fields;
  for (const ast::Field& field : index.definition->fields()) {
    if (field.name() == "idxname" || field.name() == "relation" || field.name() == "concurrent" || field.name() == "if_not_exists") continue;
    fields.push_back(field);
  }
  return arena.make(ast::make_object(arena, "IndexStmt", fields));
}

std::string show_index(const Index& index) {
  if (!index.definition) return "";
  return deparse_statement(*index.definition).value_or("");
}

}  // namespace

void compare_indexes(Comparison& comparison) {
  ast::Arena arena;
  compare_maps(
      comparison.old_catalog.indexes, comparison.new_catalog.indexes,
      [&](const QualifiedName& name, const Index& index) { comparison.removed("index", member_id(index.table, name.name)); },
      [&](const QualifiedName& name, const Index& index) { comparison.added("index", member_id(index.table, name.name)); },
      [&](const QualifiedName& name, const Index& a, const Index& b) {
        std::vector<ChangeDetail> details;
        comparison.compare_value(details, "table", object_id(a.table), object_id(b.table));
        if (!comparison.same_expression(definition_without_name(a, arena), definition_without_name(b, arena)) &&
            !comparison.ignored("definition")) {
          details.push_back({"definition", show_index(a), show_index(b), {}, {}, {}, {}, {}, ""});
        }
        comparison.compare_flag(details, "clustered", a.clustered, b.clustered);
        // ALTER INDEX ... ATTACH PARTITION: a partition's index becomes part of a partitioned one.
        comparison.compare_value(details, "attached_to", a.attached_to ? object_id(*a.attached_to) : "",
                                 b.attached_to ? object_id(*b.attached_to) : "");
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_INDEX");
        comparison.changed("index", member_id(a.table, name.name), std::move(details));
      });
}

}  // namespace pgdrift
