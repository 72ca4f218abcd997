#pragma once

#include <functional>
#include <string>

namespace pgdrift {

// Runs a command. When it was asked for JSON and refuses its input (a missing file, an
// archive, an output it cannot write: an InputError), standard output still gets one JSON
// document, with the error in it (see render_refusal_json), and the exit code is 2. The
// error line goes to standard error as well, as without JSON.
int run_refusing_in_json(bool json, const std::function<int()>& run);

// Whether the command line asks for --format json (for refusing bad options in JSON too).
bool asks_for_json(int argc, const char* const* argv);

// Prints the refusal document for an error that has no location (a bad option value).
void print_refusal_json(const std::string& message);

}  // namespace pgdrift
