// A scripted session written into a real event log, the same way every time: the golden
// tests export it and compare with the files under tests/server/records/golden/, and the
// records benchmark grows it to tens of thousands of events.
//
// Every command goes through the real Decide, its events through a real LogWriter (which
// stamps log_index, recorded_at and the chain hash) and the real Apply. Times come from a
// ManualClock that starts at 2025-07-12 08:00 (Việt Nam) and moves on by fixed steps, and
// nothing else varies, so the log (hashes included) is identical on every run.
//
// The session: council "Hội đồng nhân dân Phường Ba Đình", 5 delegates; its dossier (a
// submission with its original, a draft resolution in two versions, a confidential paper,
// receipts), all sent 7 days late; sitting 1 with
// attendance (present, online, excused with a reason, a secretary's correction), a
// suspension, three speaking turns (one over its limit, one a respondent's answer), an
// open resolution vote (named list) and a secret confidence vote (tally only), both opened
// by the chair over the late dossier with a reason; sitting 2
// with a debate reply, a questioning (two written questions in one issue group, asked,
// answered by the invited respondent, one questioner unsatisfied), a conclusion with a
// commitment, a chair's turn and a poll cancelled with a reason.
//
// Thread-safety: test code; one call at a time per database file.
#pragma once

#include <cstdint>
#include <string>

#include "common/result.h"

namespace dienhong::records::testing {

inline constexpr int64_t kScriptedSessionId = 1;

struct ScriptOptions {
  // Extra speaking rounds in sitting 2 (request, grant, end: 3 events each) and secretary
  // corrections, for benchmarks; 0 for the golden session.
  int extra_rounds = 0;
};

// Creates the log at `db_path` (which must not exist) and writes the session. Returns the
// number of events of the session's stream.
Result<int64_t> WriteScriptedSession(const std::string& db_path, const ScriptOptions& options = {});

}  // namespace dienhong::records::testing
