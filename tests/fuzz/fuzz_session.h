// What the Decide and Apply fuzz targets share: the input format (a stage byte, then
// length-prefixed protobuf records), the seeded stages a fuzzed sequence starts from, and
// the cheap invariants checked after every folded event.
//
// The stages are reached through the real rules (Decide, then Apply, the way the server
// does), so the fuzzer starts from sessions a council really has — convened, a sitting
// open with delegates checked in, an open poll with votes, a secret poll with votes —
// instead of having to discover CreateSession and ConveneSession byte by byte first.
//
// Input format (make_seeds.cc writes it; the fuzzer mutates it):
//   byte 0            the stage, modulo the number of stages
//   then records      [1 byte tag][2 bytes little-endian length][length bytes]
// The tag picks the actor (Decide) and is otherwise ignored; the bytes are a serialized
// v1::Command (decide_fuzz) or v1::Event (apply_fuzz). A record that does not parse is
// skipped; bytes after the last whole record are ignored.
//
// Thread-safety: libFuzzer runs targets on one thread; the stages are built once, lazily.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dienhong/v1/commands.pb.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::fuzz {

inline constexpr int64_t kSessionId = 42;
inline constexpr int64_t kStartMicros = 1'752'300'000LL * 1'000'000;

struct Record {
  uint8_t tag = 0;
  std::string_view bytes;
};

struct Input {
  uint8_t stage = 0;
  std::vector<Record> records;
};

Input ParseInput(const uint8_t* data, size_t size);

// Encodes records in the format above (for the seed generator).
std::string EncodeInput(uint8_t stage, const std::vector<Record>& records);

struct Stage {
  const char* name;
  v1::SessionState state;
};

// The seeded stages, built on first use; aborts when the seed script no longer passes
// Decide (a change of the rules that the fuzz setup must follow).
const std::vector<Stage>& Stages();

// The actor a record's tag stands for: role = tag % 8 (the v1::Role values), account id =
// tag / 8 (0 is the server itself, as for a deadline).
v1::Actor ActorForTag(uint8_t tag);

// Aborts with a message on stderr (libFuzzer then saves the input) when `state` breaks an
// invariant that every fold of accepted events keeps: ids unique and positive (sittings,
// items, polls, roster), current sitting and item exist, each delegate at most once in a
// poll's participation, no named choice in a secret poll.
void CheckStateInvariants(const v1::SessionState& state, const char* after);

[[noreturn]] void Fail(const std::string& what);

}  // namespace dienhong::fuzz
