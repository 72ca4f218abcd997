#pragma once

namespace pgdrift {

// Like diff(1): 0 same / success, 1 different, 2 trouble.
inline constexpr int kExitSame = 0;
inline constexpr int kExitDifferent = 1;
inline constexpr int kExitError = 2;

}  // namespace pgdrift
