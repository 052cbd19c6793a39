// The hash chain of the event log. Each event's hash is
//   SHA-256( prev_hash || u64be(log_index) || u64be(stream_id) || u64be(seq)
//            || u64be(recorded_at_us) || u32be(len) kind || u32be(len) idempotency_key
//            || u32be(command_events) || u32be(len) payload )
// where prev_hash is the previous event's hash (32 zero bytes for log_index 1), kind is
// the body's field name (e.g. "sitting_opened") and payload the stored protobuf bytes.
// See docs/event-log.md.
//
// Thread-safety: pure functions; VerifyChain opens its own read-only connection.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace dienhong::store {

struct ChainLink {
  int64_t log_index = 0;
  int64_t stream_id = 0;
  int64_t seq = 0;
  int64_t recorded_at_us = 0;
  std::string_view kind;
  std::string_view idempotency_key;
  uint32_t command_events = 1;
  std::string_view payload;
};

// 32 raw bytes.
std::string ChainHash(std::string_view prev_hash, const ChainLink& link);

struct VerifyReport {
  bool ok = true;
  int64_t events_checked = 0;
  // Hex of the last good hash (the chain head when ok).
  std::string head_hash_hex;
  int64_t head_log_index = 0;
  // When !ok: the first log_index whose stored hash, prev_hash or numbering is wrong,
  // and what is wrong with it, in words.
  int64_t first_bad_log_index = 0;
  std::string problem;
};

// Walks the whole log in log_index order, recomputing every hash.
Result<VerifyReport> VerifyChain(const std::string& db_path);

std::string ToHex(std::string_view bytes);

}  // namespace dienhong::store
