// libFuzzer target: Apply over arbitrary events, from the seeded stages of
// fuzz_session.h. Apply trusts its input (events passed Decide before they were logged),
// so only what must hold even for a corrupt log is checked: no crash, no undefined
// behaviour, no unbounded work, and last_seq = the event's seq afterwards (the server
// folds the log at start-up with this same function).
#include <cstddef>
#include <cstdint>

#include "common/apply.h"
#include "tests/fuzz/fuzz_session.h"

namespace {

using namespace dienhong;        // NOLINT
using namespace dienhong::fuzz;  // NOLINT

constexpr size_t kMaxEvents = 64;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<Stage>& stages = Stages();
  Input in = ParseInput(data, size);
  if (in.records.size() > kMaxEvents) in.records.resize(kMaxEvents);
  v1::SessionState state = stages[in.stage % stages.size()].state;
  for (const Record& rec : in.records) {
    v1::Event event;
    if (!event.ParseFromArray(rec.bytes.data(), static_cast<int>(rec.bytes.size()))) continue;
    Apply(state, event);
    if (state.last_seq() != event.seq()) Fail("Apply did not set last_seq to the event's seq");
  }
  // What a snapshot or GetSession does next with the state.
  (void)state.SerializeAsString();
  return 0;
}
