#include "cli/render/docs_url.hpp"

#include <filesystem>
#include <system_error>

namespace pgdrift {
namespace {

std::string installed_docs_directory() {
  std::error_code error;
  std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  std::filesystem::path docs = binary.parent_path().parent_path() / "share" / "doc" / "pgdrift";
  return std::filesystem::is_directory(docs / "rules", error) ? docs.string() : std::string();
}

}  // namespace

std::string docs_url() {
  static const std::string url = [] {
    std::string published = PGDRIFT_DOCS_URL;
    if (!published.empty()) return published;
    std::string installed = installed_docs_directory();
    return "file://" + (installed.empty() ? std::string(PGDRIFT_SOURCE_DOCS) : installed);
  }();
  return url;
}

}  // namespace pgdrift
