// libFuzzer target: Decide over arbitrary commands, from the seeded stages of
// fuzz_session.h, each accepted command's events folded with Apply as the server does.
//
// Beyond "never crashes" (ASan, UBSan), for every command:
//   - Decide is deterministic: the same state and command give the same answer twice;
//   - accepted events are well-formed for the log: seq numbering on from last_seq with no
//     gap, stream_id = the session, a body, actor = the caller's;
//   - a secret poll's VoteCast never carries a ballot, and names a poll that exists;
//   - after Apply of each event, last_seq follows and the state invariants of
//     CheckStateInvariants hold (unique ids, one participation per delegate per poll, no
//     named choice in a secret poll).
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/apply.h"
#include "common/decide.h"
#include "common/voting.h"
#include "tests/fuzz/fuzz_session.h"

namespace {

using namespace dienhong;        // NOLINT
using namespace dienhong::fuzz;  // NOLINT

// Keeps each input fast: a long sequence is no more interesting than several short ones.
constexpr size_t kMaxCommands = 24;

std::string BodyName(const v1::Command& c) {
  if (c.body_case() == v1::Command::BODY_NOT_SET) return "(no body)";
  return c.GetDescriptor()->FindFieldByNumber(c.body_case())->name();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<Stage>& stages = Stages();
  Input in = ParseInput(data, size);
  if (in.records.size() > kMaxCommands) in.records.resize(kMaxCommands);
  v1::SessionState state = stages[in.stage % stages.size()].state;
  int64_t now = kStartMicros + 3'600'000'000LL;

  for (const Record& rec : in.records) {
    v1::Command command;
    if (!command.ParseFromArray(rec.bytes.data(), static_cast<int>(rec.bytes.size()))) continue;
    const std::string name = BodyName(command);
    CommandContext ctx;
    ctx.actor = ActorForTag(rec.tag);
    ctx.now_micros = now;
    now += 1'000'000;

    auto result = Decide(state, command, ctx);
    auto again = Decide(state, command, ctx);
    if (result.ok() != again.ok()) Fail(name + ": Decide answered differently twice");
    if (!result.ok()) {
      if (result.status().ToString() != again.status().ToString()) {
        Fail(name + ": Decide refused with two different messages");
      }
      continue;
    }
    if (result.value().size() != again.value().size()) {
      Fail(name + ": Decide gave a different number of events twice");
    }
    for (size_t i = 0; i < result.value().size(); ++i) {
      if (result.value()[i].SerializeAsString() != again.value()[i].SerializeAsString()) {
        Fail(name + ": Decide gave different events twice");
      }
    }

    const std::string actor = ctx.actor.SerializeAsString();
    int64_t seq = state.last_seq();
    for (v1::Event& e : result.value()) {
      ++seq;
      if (e.seq() != seq) {
        Fail(name + ": event seq " + std::to_string(e.seq()) + ", expected " + std::to_string(seq));
      }
      if (e.stream_id() != state.session_id()) Fail(name + ": event stream_id is not the session");
      if (e.body_case() == v1::Event::BODY_NOT_SET) Fail(name + ": event without a body");
      if (e.actor().SerializeAsString() != actor) Fail(name + ": event actor is not the caller");
      if (e.has_vote_cast()) {
        const v1::Poll* poll = voting::FindPoll(state, e.vote_cast().poll_id());
        if (poll == nullptr) Fail(name + ": VoteCast for a poll the session does not have");
        if (poll->visibility() == v1::POLL_VISIBILITY_SECRET && e.vote_cast().has_ballot()) {
          Fail(name + ": a secret poll's VoteCast carries the ballot");
        }
      }
      e.mutable_recorded_at()->set_seconds(ctx.now_micros / 1'000'000);
      Apply(state, e);
      if (state.last_seq() != e.seq()) Fail(name + ": Apply did not advance last_seq");
      CheckStateInvariants(state, name.c_str());
    }
  }
  return 0;
}
