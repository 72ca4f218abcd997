#pragma once

#include <cstddef>
#include <functional>

namespace pgdrift {

// One long-lived thread with a large stack that parses small scripts for whoever asks,
// one at a time: a function body compared in a diff, a migration file. Starting a thread
// (and mapping its stack) for each of those cost more than parsing them.
// Returns false, without running `work`, when `stack_needed` is more than its stack.
bool run_on_parser_thread(std::size_t stack_needed, const std::function<void()>& work);

}  // namespace pgdrift
