#include "analyzer/lint/statement_context.hpp"

namespace pgdrift {

StatementContext::StatementContext(const ParsedStatement& statement, const Context& session,
                                   const FileState& file, DependentsIndex& dependents,
                                   std::vector<Finding>& findings)
    : statement_(statement),
      session_(session),
      file_(file),
      dependents_(dependents),
      findings_(findings) {}

QualifiedName StatementContext::relation(const ast::Node& range_var) const {
  return session_.resolve_relation(range_var);
}

QualifiedName StatementContext::relation_from_list(std::span<const ast::Node> names) const {
  if (names.empty()) return {};
  std::string_view schema =
      names.size() >= 2 ? names[names.size() - 2].string_value() : std::string_view{};
  return session_.resolve_relation_name(schema, names.back().string_value());
}

const Table* StatementContext::table(const ast::Node& range_var) const {
  auto found = catalog().tables.find(relation(range_var));
  return found == catalog().tables.end() ? nullptr : &found->second;
}

std::string StatementContext::type(const ast::Node& type_name) const {
  return session_.type(type_name);
}

void StatementContext::report(std::string message, std::string hint,
                              std::vector<std::string> objects) const {
  findings_.push_back({std::string(rule_->id), rule_->level, statement_.where, std::move(message),
                       std::move(hint), std::move(objects)});
}

}  // namespace pgdrift
