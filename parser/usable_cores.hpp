#pragma once

namespace pgdrift {

// The processors this process may run on: fewer than the machine has when `taskset`, a
// container's cpuset or systemd's CPUAffinity restricts it. At least 1.
unsigned usable_cores();

}  // namespace pgdrift
