#include "analyzer/references/resolved_references.hpp"

#include <algorithm>

#include "analyzer/model/object_id.hpp"
#include "analyzer/normalize/expression_normalizer.hpp"

namespace pgdrift {

std::optional<QualifiedName> NameLookup::relation(const QualifiedName& written) const {
  if (!written.schema.empty())
    return catalog.relation_exists(written) ? std::optional(written) : std::nullopt;
  for (const std::string& schema : search_path) {
    if (catalog.relation_exists({schema, written.name})) return QualifiedName{schema, written.name};
  }
  return std::nullopt;
}

std::vector<std::string> NameLookup::routines(const QualifiedName& written) const {
  std::vector<std::string> ids;
  std::vector<std::string> schemas =
      written.schema.empty() ? search_path : std::vector{written.schema};
  for (const std::string& schema : schemas) {
    std::string prefix = object_id({schema, written.name}) + "(";
    for (auto found = catalog.routines.lower_bound(prefix);
         found != catalog.routines.end() && found->first.starts_with(prefix); ++found) {
      ids.push_back(found->first);
    }
    if (!ids.empty()) break;
  }
  return ids;
}

std::optional<QualifiedName> NameLookup::type(const QualifiedName& written) const {
  std::vector<std::string> schemas =
      written.schema.empty() ? search_path : std::vector{written.schema};
  for (const std::string& schema : schemas) {
    if (catalog.types.contains({schema, written.name})) return QualifiedName{schema, written.name};
  }
  return std::nullopt;
}

bool NameLookup::has_column(const QualifiedName& relation, const std::string& column) const {
  if (auto table = catalog.tables.find(relation); table != catalog.tables.end()) {
    return std::any_of(table->second.columns.begin(), table->second.columns.end(),
                       [&](const Column& candidate) { return candidate.name == column; });
  }
  auto view = catalog.views.find(relation);
  if (view == catalog.views.end()) return false;
  auto [names, inserted] = view_columns_->try_emplace(relation);
  if (inserted) {
    for (std::string& name : view_output_names(view->second)) names->second.insert(std::move(name));
  }
  return names->second.contains(column);
}

std::vector<std::string> view_output_names(const View& view) {
  std::vector<std::string> names;
  const ast::Node* query = view.query;
  while (query && query->get("larg") && query->list("targetList").empty())
    query = query->get("larg");  // a UNION's first branch names it
  if (!query) return names;
  for (const ast::Node& target : query->list("targetList")) {
    std::string name(target.str("name"));
    const ast::Node* value = target.get("val");
    names.push_back(!name.empty() || !value ? name : figure_column_name(*value));
  }
  for (std::size_t i = 0; i < names.size() && i < view.column_names.size(); ++i)
    names[i] = view.column_names[i];
  return names;
}

namespace {

// A FROM item's name as a query sees it: a catalog relation, or something the catalog does
// not hold (a subquery, a function's result, a CTE), whose columns are not followed.
struct ScopeEntry {
  std::string name;
  std::optional<QualifiedName> relation;
};
using Scope = std::vector<ScopeEntry>;

class Resolver {
 public:
  Resolver(const NameLookup& lookup, ResolvedReferences& out) : lookup_(lookup), out_(out) {}

  void resolve(const ast::Node& tree, const ImplicitScope& implicit) {
    Scope scope;
    for (const auto& [name, table] : implicit.named) scope.push_back({name, table});
    for (const QualifiedName& table : implicit.unqualified) scope.push_back({"", table});
    scopes_.push_back(std::move(scope));
    visit(tree);
    scopes_.pop_back();
  }

 private:
  const NameLookup& lookup_;
  ResolvedReferences& out_;
  std::vector<Scope> scopes_;
  std::vector<std::string> ctes_;

  void visit(const ast::Node& node) {
    if (node.kind() == ast::Kind::list) {
      for (const ast::Node& item : node.items()) visit(item);
      return;
    }
    if (node.kind() != ast::Kind::object) return;
    if (node.is("SelectStmt")) return visit_select(node);
    if (node.is("InsertStmt") || node.is("UpdateStmt") || node.is("DeleteStmt"))
      return visit_modification(node);
    if (node.is("ColumnRef")) return resolve_column(node.list("fields"));
    visit_fields(node);
  }

  void visit_fields(const ast::Node& node, std::initializer_list<std::string_view> skipped = {}) {
    for (const ast::Field& field : node.fields()) {
      if (std::find(skipped.begin(), skipped.end(), field.name()) == skipped.end())
        visit(field.value);
    }
  }

  void visit_with(const ast::Node& statement) {
    const ast::Node* with = statement.get("withClause");
    if (!with) return;
    for (const ast::Node& cte : with->list("ctes")) {
      ctes_.push_back(std::string(cte.str("ctename")));
      if (const ast::Node* query = cte.get("ctequery")) visit(*query);
    }
  }

  void visit_select(const ast::Node& select) {
    std::size_t outer_ctes = ctes_.size();
    visit_with(select);
    if (const ast::Node* left =
            select.get("larg")) {  // UNION, INTERSECT, EXCEPT: each branch its own scope
      visit(*left);
      if (const ast::Node* right = select.get("rarg")) visit(*right);
    } else {
      scopes_.emplace_back();
      for (const ast::Node& item : select.list("fromClause")) add_from_item(item);
      visit_fields(select, {"withClause", "fromClause", "larg", "rarg"});
      scopes_.pop_back();
    }
    ctes_.resize(outer_ctes);
  }

  // FROM items enter the innermost scope; what they contain (subqueries, function arguments,
  // join conditions) is read with the scope built so far, as LATERAL would see it.
  void add_from_item(const ast::Node& item) {
    if (is_range_var(item)) {
      add_relation(item);
    } else if (item.is("JoinExpr")) {
      if (const ast::Node* left = item.get("larg")) add_from_item(*left);
      if (const ast::Node* right = item.get("rarg")) add_from_item(*right);
      for (const ast::Node& column : item.list("usingClause"))
        resolve_column(std::span(&column, 1));
      if (const ast::Node* quals = item.get("quals")) visit(*quals);
      if (const ast::Node* alias = item.get("alias"))
        scopes_.back().push_back({std::string(alias->str("aliasname")), {}});
    } else if (item.is("RangeSubselect") || item.is("RangeFunction") || item.is("RangeTableFunc")) {
      visit_fields(item, {"alias"});
      const ast::Node* alias = item.get("alias");
      scopes_.back().push_back(
          {alias ? std::string(alias->str("aliasname")) : function_name(item), {}});
    } else {
      visit(item);
    }
  }

  static std::string function_name(const ast::Node& range_function) {
    for (const ast::Node& pair : range_function.list("functions")) {
      for (const ast::Node& call : pair.items()) {
        if (call.is("FuncCall") && !call.list("funcname").empty())
          return std::string(call.list("funcname").back().string_value());
      }
    }
    return "";
  }

  void add_relation(const ast::Node& range_var) {
    QualifiedName written = written_relation(range_var);
    const ast::Node* alias = range_var.get("alias");
    std::string name = alias ? std::string(alias->str("aliasname")) : written.name;
    bool is_cte = written.schema.empty() &&
                  std::find(ctes_.begin(), ctes_.end(), written.name) != ctes_.end();
    std::optional<QualifiedName> relation = is_cte ? std::nullopt : lookup_.relation(written);
    if (relation) out_.relations.insert(*relation);
    scopes_.back().push_back({name, relation});
  }

  // INSERT, UPDATE, DELETE: the target's columns named in the column list, SET list and ON
  // CONFLICT, and everything else read with the target (and USING / FROM items) in scope.
  void visit_modification(const ast::Node& statement) {
    std::size_t outer_ctes = ctes_.size();
    visit_with(statement);
    scopes_.emplace_back();
    const ast::Node* target = statement.get("relation");
    if (target) add_relation(*target);
    std::optional<QualifiedName> relation =
        scopes_.back().empty() ? std::nullopt : scopes_.back().front().relation;
    if (const ast::Node* select =
            statement.get("selectStmt")) {  // INSERT ... SELECT does not see the target
      scopes_.pop_back();
      visit(*select);
      scopes_.emplace_back();
      if (target) add_relation(*target);
    }
    for (const ast::Node& item : statement.list("fromClause")) add_from_item(item);
    for (const ast::Node& item : statement.list("usingClause")) add_from_item(item);
    for (const ast::Node& column : statement.list("cols")) add_target_column(relation, column);
    for (const ast::Node& set : statement.list("targetList")) add_target_column(relation, set);
    if (const ast::Node* conflict = statement.get("onConflictClause")) {
      scopes_.back().push_back({"excluded", relation});
      if (const ast::Node* infer = conflict->get("infer")) {
        for (const ast::Node& element : infer->list("indexElems"))
          add_target_column(relation, element);
        visit_fields(*infer, {"indexElems"});
      }
      for (const ast::Node& set : conflict->list("targetList")) add_target_column(relation, set);
      if (const ast::Node* where = conflict->get("whereClause")) visit(*where);
    }
    for (std::string_view field : {"whereClause", "returningList"}) {
      if (const ast::Node* value = statement.get(field)) visit(*value);
    }
    scopes_.pop_back();
    ctes_.resize(outer_ctes);
  }

  // A column the statement writes (ResTarget or IndexElem name), and the value it writes.
  void add_target_column(const std::optional<QualifiedName>& relation, const ast::Node& target) {
    std::string name(target.str("name"));
    if (relation && !name.empty()) out_.columns.insert({*relation, name});
    if (const ast::Node* value = target.get("val")) visit(*value);
    if (const ast::Node* expression = target.get("expr")) visit(*expression);
  }

  void resolve_column(std::span<const ast::Node> fields) {
    if (fields.empty() || !fields.back().is("String"))
      return;  // t.*: the relation is counted already
    std::string column(fields.back().string_value());
    if (fields.size() == 1) return resolve_unqualified(column);
    QualifiedName qualifier{
        fields.size() >= 3 ? std::string(fields[fields.size() - 3].string_value()) : "",
        std::string(fields[fields.size() - 2].string_value())};
    if (!qualifier.schema.empty()) {
      if (auto relation = lookup_.relation(qualifier)) out_.columns.insert({*relation, column});
      return;
    }
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
      bool named = false;
      for (const ScopeEntry& entry : *scope) {
        if (entry.name != qualifier.name) continue;
        named = true;
        if (entry.relation) out_.columns.insert({*entry.relation, column});
      }
      if (named) return;
    }
  }

  // The innermost scope where a relation has the column; a scope with a subquery or function
  // result may hide it, which is not followed.
  void resolve_unqualified(const std::string& column) {
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
      bool found = false;
      for (const ScopeEntry& entry : *scope) {
        if (entry.relation && lookup_.has_column(*entry.relation, column)) {
          out_.columns.insert({*entry.relation, column});
          found = true;
        }
      }
      if (found) return;
    }
  }
};

void add_named(const References& written, const NameLookup& lookup, ResolvedReferences& out) {
  for (const QualifiedName& function : written.functions) {
    for (const std::string& id : lookup.routines(function)) out.routines.insert(id);
  }
  for (const QualifiedName& type : written.types) {
    if (auto found = lookup.type(type)) out.types.insert(*found);
  }
  for (const QualifiedName& relation :
       written.relations) {  // also those named in strings: nextval('s')
    if (auto found = lookup.relation(relation)) out.relations.insert(*found);
  }
}

}  // namespace

void resolve_references(const ast::Node& tree, const NameLookup& lookup,
                        const ImplicitScope& implicit, ResolvedReferences& out) {
  References written;
  collect_references(&tree, written);
  ResolvedReferences found;
  add_named(written, lookup, found);
  Resolver(lookup, found).resolve(tree, implicit);
  for (const QualifiedName& table : implicit.unqualified)
    found.relations.erase(table);  // its own table
  out.relations.insert(found.relations.begin(), found.relations.end());
  out.columns.insert(found.columns.begin(), found.columns.end());
  out.routines.insert(found.routines.begin(), found.routines.end());
  out.types.insert(found.types.begin(), found.types.end());
}

}  // namespace pgdrift
