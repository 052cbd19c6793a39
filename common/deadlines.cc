#include "common/deadlines.h"

namespace dienhong {

std::vector<Deadline> PendingDeadlines(const v1::SessionState& state) {
  std::vector<Deadline> deadlines;
  // Each timed feature (floor turns, polls) adds its deadlines here.
  (void)state;
  return deadlines;
}

}  // namespace dienhong
