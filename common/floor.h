// The floor's rules as pure functions: the rules of procedure and their defaults, the
// ordering of the request list, the choice of a turn's time limit, the running time of
// a turn, and the statistics. Decide (decide_floor.cc), Apply, the deadlines, the server's
// statistics RPC and the records all use these, so they cannot disagree.
//
// Ordering (docs/floor.md): the list is kept in calling order. A new request goes after
// every waiting request that ranks the same or higher, before the first that ranks lower:
//   0 point of order            (jumps ahead, after earlier points of order)
//   1 respondent's answer
//   2 debate reply by the speaker whose speech/question the named turn answered (priority)
//   3 other debate replies
//   4 registered presentation   (by presentation_order, then arrival)
//   5 contribution              (by arrival)
// Within a rank, arrival (seq) decides. The chair may then move anything anywhere; later
// requests are still placed by rank relative to what is on the list.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include "common/result.h"
#include "dienhong/v1/floor.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

// Seven minutes first speech, three minutes later speech and debate, two minutes point
// of order, ten minutes presentation and respondent's answer, 30 s warning, one open
// turn, one waiting request per speaker and kind, 200 waiting requests; three minutes a
// question, one minute a follow-up, 30 days for a written answer.
v1::FloorRules DefaultFloorRules();

// Validates rules given by a client and fills 0 limits with the defaults (warning 0 stays
// 0 = no warning). `field` is the request path ("rules"). Limits are 1..7200 s, warning
// 0..600 s, max_open_turns 1..25, max_waiting_per_kind 1..10, max_waiting 1..1000.
Result<v1::FloorRules> NormalizeFloorRules(const v1::FloorRules& rules, const std::string& field);

// The session's rules, or the defaults when the session has none (created before the
// floor existed); fields added later (questioning) that are 0 take their defaults.
v1::FloorRules EffectiveFloorRules(const v1::SessionState& state);

// The time limit of a turn of `kind`; `later_speech` selects the later-speech limit of a
// contribution. 0 (no limit) for the chair's own turn.
int32_t TurnLimitSeconds(const v1::FloorRules& rules, v1::FloorKind kind, bool later_speech);

// Whether a contribution by `speaker` on `item_id` is a later speech: the speaker already
// had a contribution or presentation turn on that item.
bool IsLaterSpeech(const v1::FloorState& floor, const v1::Speaker& speaker, int64_t item_id);

// Same person: same delegate, or (for non-delegates) same account.
bool SameSpeaker(const v1::Speaker& a, const v1::Speaker& b);

// Rank of a request in the ordering above (lower = called earlier).
int FloorRank(const v1::FloorRequest& request);

// Index in floor.queue at which `request` is to be inserted by the ordering rules.
int QueueInsertIndex(const v1::FloorState& floor, const v1::FloorRequest& request);

// Lookups (nullptr when absent).
const v1::FloorRequest* FindFloorRequest(const v1::FloorState& floor, int64_t id);
v1::FloorRequest* FindFloorRequest(v1::FloorState& floor, int64_t id);
const v1::Turn* FindTurn(const v1::FloorState& floor, int64_t id);
v1::Turn* FindTurn(v1::FloorState& floor, int64_t id);
bool TurnOpen(const v1::Turn& turn);
// Open turns other than the chair's own.
int CountedOpenTurns(const v1::FloorState& floor);

int64_t TimestampMicros(const google::protobuf::Timestamp& t);
google::protobuf::Timestamp MicrosTimestamp(int64_t micros);

// Speaking time of a turn up to `now_micros` (or its end), pauses excluded.
int64_t SpokenMicros(const v1::Turn& turn, int64_t now_micros);

// Server time at which the running turn reaches its limit, or 0 when it has none, is
// paused, or is over.
int64_t TurnDeadlineMicros(const v1::Turn& turn);

// Statistics of the turns on `item_id` in `sitting_id` (0 = all), at `now_micros` (a
// running turn counts up to then). The chair's own turns are not counted. not_yet_spoken
// is session-wide.
v1::FloorStatistics ComputeFloorStatistics(const v1::SessionState& state, int64_t item_id,
                                           int64_t sitting_id, int64_t now_micros);

// Vietnamese label of a kind, e.g. "phát biểu", "tranh luận".
const char* FloorKindLabel(v1::FloorKind kind);

}  // namespace dienhong
