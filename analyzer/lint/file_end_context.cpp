#include "analyzer/lint/file_end_context.hpp"

namespace pgdrift {

FileEndContext::FileEndContext(const ParsedScript& script, const Catalog& before,
                               const std::map<std::string, Routine>& routines_before,
                               const Context& session, const Catalog* later,
                               std::vector<StatementFinding>& findings)
    : script_(script),
      before_(before),
      routines_before_(routines_before),
      session_(session),
      later_(later),
      findings_(findings) {}

void FileEndContext::report(std::size_t statement, std::string message, std::string hint,
                            std::vector<std::string> objects) const {
  findings_.push_back({statement,
                       {std::string(rule_->id), rule_->level, script_.statements[statement].where,
                        std::move(message), std::move(hint), std::move(objects)}});
}

}  // namespace pgdrift
