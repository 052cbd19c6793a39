// Vote rules: the pure arithmetic and wording of polls (biểu quyết). Defaults per poll
// kind (the law's defaults: resolutions and elections need more than half of ALL
// delegates, dismissal at least two thirds of all), ballot validation, tallies, and the
// result with its verdict in words. Shared by Decide (common/decide_voting.cc), the
// server's ballot box and the clients. See docs/voting.md.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include "common/status.h"
#include "dienhong/v1/voting.pb.h"

namespace dienhong::voting {

// The poll with every field the caller left empty set from its kind: visibility, the
// standard choices (tán thành / không tán thành / không biểu quyết; tín nhiệm cao / tín
// nhiệm / tín nhiệm thấp; tín nhiệm / không tín nhiệm), max_choices, counted_choice and
// the pass rule. Text is trimmed. Does not validate (ValidatePoll does).
v1::Poll WithDefaults(const v1::Poll& poll);

// Refuses a poll that cannot be run: no title, no kind, no question or choice, duplicate
// or missing ids, max_choices out of range, an invalid rule, a changeable secret poll (a
// secret ballot cannot be changed without linking it to its voter), a negative countdown.
// Expects WithDefaults() applied. Messages name the field ("poll.questions[1]...").
Status ValidatePoll(const v1::Poll& poll);

// Refuses a ballot that does not fit the poll: unknown question or choice, a question
// marked twice, a choice marked twice, more marks than max_choices, a question left
// unmarked (allowed only for elections: a blank ballot is a valid vote there).
Status ValidateBallot(const v1::Poll& poll, const v1::Ballot& ballot);

// An all-zero tally with one row per question and per choice.
v1::PollTally EmptyTally(const v1::Poll& poll);
// Adds (sign +1) or removes (sign -1) one valid ballot.
void AddBallot(const v1::Poll& poll, const v1::Ballot& ballot, v1::PollTally& tally,
               int sign = 1);
// Checks that `tally` has the poll's shape and that no count exceeds the ballots.
Status ValidateTally(const v1::Poll& poll, const v1::PollTally& tally);

// The smallest count of the counted choice that meets `rule` against `base` (at least 1:
// nobody passes anything with zero votes).
int32_t Threshold(const v1::PassRule& rule, int32_t base);

// The result of a closed poll from its tally and the base count (the snapshot taken at
// open; for VOTES_CAST pass tally.ballots). Elections: candidates meeting the rule, by
// votes, fill the seats; candidates tied across the last seat(s) are reported in `tied`
// and those seats stay open. Text per question, e.g.
// "Thông qua: 58/95 đại biểu tán thành, 61,05% tổng số đại biểu".
v1::PollResult ComputeResult(const v1::Poll& poll, const v1::PollTally& tally, int32_t base);

// The base count a poll's rule uses, given the roster size, the entitled voters at open
// and the ballots cast.
int32_t BaseCount(const v1::PassRule& rule, int32_t roster_size, int32_t entitled_at_open,
                  int32_t ballots);

// "61,05": count/base as a percentage with two decimals and a decimal comma ("0,00" for
// base 0). Exact (integer arithmetic, half rounded up).
std::string Percent(int64_t count, int64_t base);

// Vietnamese labels, for messages, the CLI and the minutes.
std::string KindLabel(v1::PollKind kind);
std::string StatusLabel(v1::PollStatus status);
std::string BaseLabel(v1::VoteBase base);  // "tổng số đại biểu", ...
std::string RuleText(const v1::PassRule& rule);  // "quá 1/2 tổng số đại biểu"

}  // namespace dienhong::voting
