#include "server/records/record_interpellation.h"

namespace dienhong::records {

void AddInterpellation(const v1::SessionState& /*state*/, int64_t /*sitting_id*/,
                       v1::SessionRecord& /*record*/) {
  // Nothing to read until the interpellation events exist (see the header).
}

}  // namespace dienhong::records
