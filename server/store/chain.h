// The hash chain of the event log: how each event's SHA-256 link is computed, and the
// verifier an operator runs over a database file (dienhongctl verify).
//
// Stored form. One row of `events` per v1::Event:
//   log_index, stream_id, seq   the envelope fields of the same names
//   recorded_at_us              Event.recorded_at in microseconds since the Unix epoch
//   kind                        name of the body field that is set, e.g. "sitting_opened"
//   idempotency_key             the request's key on its FIRST event, NULL on the others
//                               and for requests without a key
//   command_events              on the first event of a request: how many events the
//                               request appended (they have consecutive log_index); 1 on
//                               the others
//   payload                     the Event serialized with log_index, stream_id, seq,
//                               recorded_at and hash cleared (so: actor + body)
//   prev_hash, hash             32 raw bytes each
//
// Hash. Each event's hash is
//   SHA-256( prev_hash                       32 bytes
//         || u64be(log_index) || u64be(stream_id) || u64be(seq) || u64be(recorded_at_us)
//         || u32be(len) kind                 UTF-8 bytes
//         || u32be(len) idempotency_key      empty (length 0) when NULL
//         || u32be(command_events)
//         || u32be(len) payload )            the stored bytes, exactly
// where uNNbe is the two's-complement value as an NN-bit big-endian integer, and
// prev_hash is the previous event's (log_index - 1) hash, or 32 zero bytes for
// log_index 1. Lengths are byte counts, so no two different rows hash the same input.
//
// What the chain proves. Editing, inserting or deleting any row before the last one
// breaks the chain at that row, and VerifyChain reports it. It cannot, on its own, notice
// that the newest events were cut off, nor a log rewritten from some point on with fresh
// hashes: compare head_log_index / head_hash_hex with a value kept elsewhere (every
// export carries the hash of the last event it covers).
//
// Thread-safety: pure functions; VerifyChain opens its own read-only connection and may
// run while a server is writing (it checks the committed log as of its start).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"
#include "server/store/env.h"

namespace dienhong::store {

inline constexpr size_t kHashSize = 32;

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

// 32 raw bytes. prev_hash must be 32 bytes.
std::string ChainHash(std::string_view prev_hash, const ChainLink& link);

// The prev_hash of log_index 1: 32 zero bytes.
std::string GenesisHash();

struct VerifyReport {
  bool ok = true;
  int64_t events_checked = 0;
  // Hex of the last good hash (the chain head when ok; empty when there is none).
  std::string head_hash_hex;
  int64_t head_log_index = 0;
  // When !ok: the first log_index whose stored hash, prev_hash or numbering is wrong
  // (for a deleted row: the missing log_index), and what is wrong with it, in words.
  int64_t first_bad_log_index = 0;
  std::string problem;
  // Snapshots (table snapshots) whose digest was checked against the chain's latest
  // SnapshotTaken of their session (store/snapshots.h). A mismatch makes the report not
  // ok (problem names the session; first_bad_log_index stays 0).
  int64_t snapshots_checked = 0;
  // Snapshots with no SnapshotTaken in the chain (written before snapshots were bound, or
  // slipped into the table): the server never uses them, so they are not a failure.
  int64_t snapshots_unbound = 0;
};

// Walks the whole log in log_index order, recomputing every hash, and checks that
// log_index runs 1, 2, 3, ... and that every stream's seq runs 1, 2, 3, ... Stops at the
// first problem. Then checks every saved snapshot against the digest the chain recorded
// for it. An error Status means the file could not be read at all (missing, not a Diên
// Hồng database); a readable but broken log is an ok Result with report.ok false. The
// server runs it at start-up (server/server.h); `env` as for OpenDatabase.
Result<VerifyReport> VerifyChain(const std::string& db_path, Env* env = nullptr);

// Lower-case hexadecimal.
std::string ToHex(std::string_view bytes);

}  // namespace dienhong::store
