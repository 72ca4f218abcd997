#include "cli/json_refusal.hpp"

#include <iostream>
#include <string_view>

#include "cli/exit_codes.hpp"
#include "cli/render/diagnostics_json.hpp"

namespace pgdrift {

int run_refusing_in_json(bool json, const std::function<int()>& run) {
  if (!json) return run();
  try {
    return run();
  } catch (const InputError& error) {
    std::cerr << error.what() << '\n';
    std::cout << render_refusal_json({error.diagnostic()});
    return kExitError;
  }
}

bool asks_for_json(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view argument = argv[i];
    if (argument == "--format=json") return true;
    if (argument == "--format" && i + 1 < argc && std::string_view(argv[i + 1]) == "json") return true;
  }
  return false;
}

void print_refusal_json(const std::string& message) {
  std::cout << render_refusal_json({Diagnostic{Severity::error, {}, message}});
}

}  // namespace pgdrift
