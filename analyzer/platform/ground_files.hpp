#pragma once

#include <span>
#include <string_view>

namespace pgdrift {

// A ground file the binary carries: its path below analyzer/platform/ ("supabase-15.sql",
// "extensions/pg_cron.sql") and its SQL.
struct GroundFile {
  std::string_view path;
  std::string_view text;
};

std::span<const GroundFile> ground_files();

}  // namespace pgdrift
