#include "analyzer/platform/platform_ground.hpp"

#include <fmt/format.h>

#include <map>
#include <mutex>
#include <string>

#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/platform/ground_files.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift {
namespace {

// A ground file read with the same interpreter as any input, under a name that marks its
// objects as known ground (from_known_ground). Its text lives as long as the process.
std::shared_ptr<const Catalog> read_ground_file(std::string_view path) {
  for (const GroundFile& file : ground_files()) {
    if (file.path != path) continue;
    auto catalog = std::make_shared<Catalog>();
    Diagnostics diagnostics;  // none: tests/unit/platform_ground_test.cpp holds each file to that
    auto script = std::make_shared<ParsedScript>(read_script_text(fmt::format("platform:{}", path), std::string(file.text)));
    Interpreter(*catalog, diagnostics, /*strict=*/true).apply(std::move(script));
    return catalog;
  }
  return nullptr;
}

class FileGround final : public KnownGround {
 public:
  FileGround(std::string platform_file, std::vector<std::string> search_path)
      : platform_file_(std::move(platform_file)), search_path_(std::move(search_path)) {}

  std::vector<std::string> search_path() const override { return search_path_; }

  std::shared_ptr<const Catalog> platform() const override {
    std::call_once(platform_once_, [this] { platform_ = read_ground_file(platform_file_); });
    return platform_;
  }

  std::shared_ptr<const Catalog> extension(std::string_view name) const override {
    std::lock_guard lock(extensions_mutex_);
    auto found = extensions_.find(name);
    if (found == extensions_.end()) {
      found = extensions_.emplace(std::string(name), read_ground_file(fmt::format("extensions/{}.sql", name))).first;
    }
    return found->second;
  }

 private:
  std::string platform_file_;
  std::vector<std::string> search_path_;
  mutable std::once_flag platform_once_;
  mutable std::shared_ptr<const Catalog> platform_;
  mutable std::mutex extensions_mutex_;
  mutable std::map<std::string, std::shared_ptr<const Catalog>, std::less<>> extensions_;
};

}  // namespace

const KnownGround* known_ground(std::string_view platform) {
  // The current generation of each platform (one ground file per generation).
  // Supabase's roles have `search_path = "$user", public, extensions`; no "$user" schema exists.
  static const FileGround supabase("supabase-15.sql", {"public", "extensions"});
  if (platform == "supabase") return &supabase;
  return nullptr;
}

}  // namespace pgdrift
