#include "cli/atomic_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "parser/diagnostic.hpp"

namespace pgdrift {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw InputError(Diagnostic{Severity::error, {path, 0, 0}, fmt::format("cannot write: {}", what)});
}

void write_all(int fd, const std::string& content, const std::string& path) {
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, std::strerror(errno));
    }
    written += static_cast<std::size_t>(n);
  }
}

// A device or a pipe (`-o /dev/null`, `-o >(gzip ...)`) is written in place: renaming a
// file over it would replace the device itself with a plain file.
void write_in_place(const std::string& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd < 0) fail(path, std::strerror(errno));
  try {
    write_all(fd, content, path);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
}

// The file that `path` names: a symbolic link's target, so the link stays a link.
std::filesystem::path resolved_target(const std::string& path) {
  std::error_code error;
  std::filesystem::path target(path);
  if (std::filesystem::is_symlink(target, error)) {
    std::filesystem::path resolved = std::filesystem::weakly_canonical(target, error);
    if (!error) return resolved;
  }
  return target;
}

}  // namespace

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    if (std::filesystem::is_directory(status)) fail(path, std::strerror(EISDIR));
    write_in_place(path, content);
    return;
  }
  std::filesystem::path target = resolved_target(path);
  std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) fail(path, std::strerror(errno));
  try {
    write_all(fd, content, path);
    if (::fsync(fd) != 0) fail(path, std::strerror(errno));
    if (::fchmod(fd, 0644) != 0) fail(path, std::strerror(errno));
    ::close(fd);
    fd = -1;
    if (std::rename(pattern.c_str(), target.c_str()) != 0) fail(path, std::strerror(errno));
  } catch (...) {
    if (fd >= 0) ::close(fd);
    std::remove(pattern.c_str());
    throw;
  }
}

}  // namespace pgdrift
