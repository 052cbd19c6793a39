#include "server/store/chain.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cassert>
#include <map>
#include <string>

#include "server/store/schema.h"
#include "server/store/snapshots.h"
#include "server/store/sqlite_util.h"

namespace dienhong::store {
namespace {

using internal::DbHandle;
using internal::SqliteError;
using internal::Stmt;

void PutU64(crypto_hash_sha256_state* st, int64_t value) {
  uint64_t v = static_cast<uint64_t>(value);
  unsigned char buf[8];
  for (int i = 7; i >= 0; --i) {
    buf[i] = static_cast<unsigned char>(v & 0xff);
    v >>= 8;
  }
  crypto_hash_sha256_update(st, buf, sizeof buf);
}

void PutU32(crypto_hash_sha256_state* st, uint32_t v) {
  unsigned char buf[4] = {static_cast<unsigned char>(v >> 24), static_cast<unsigned char>(v >> 16),
                          static_cast<unsigned char>(v >> 8), static_cast<unsigned char>(v)};
  crypto_hash_sha256_update(st, buf, sizeof buf);
}

void PutBytes(crypto_hash_sha256_state* st, std::string_view bytes) {
  crypto_hash_sha256_update(st, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

void PutSized(crypto_hash_sha256_state* st, std::string_view bytes) {
  assert(bytes.size() <= UINT32_MAX);
  PutU32(st, static_cast<uint32_t>(bytes.size()));
  PutBytes(st, bytes);
}

}  // namespace

std::string GenesisHash() { return std::string(kHashSize, '\0'); }

std::string ChainHash(std::string_view prev_hash, const ChainLink& link) {
  assert(prev_hash.size() == kHashSize);
  // libsodium asks for sodium_init() before use; it is idempotent and thread-safe, and a
  // function-local static runs it exactly once.
  [[maybe_unused]] static const bool sodium_ready = sodium_init() >= 0;
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  PutBytes(&st, prev_hash);
  PutU64(&st, link.log_index);
  PutU64(&st, link.stream_id);
  PutU64(&st, link.seq);
  PutU64(&st, link.recorded_at_us);
  PutSized(&st, link.kind);
  PutSized(&st, link.idempotency_key);
  PutU32(&st, link.command_events);
  PutSized(&st, link.payload);
  std::string out(kHashSize, '\0');
  crypto_hash_sha256_final(&st, reinterpret_cast<unsigned char*>(out.data()));
  return out;
}

std::string ToHex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 0xf]);
  }
  return out;
}

Result<VerifyReport> VerifyChain(const std::string& db_path, Env* env) {
  DH_ASSIGN_OR_RETURN(sqlite3 * raw, OpenDatabase(db_path, /*read_only=*/true, env));
  DbHandle db(raw);
  // Events and snapshots in ONE read transaction: a snapshot written meanwhile is seen
  // together with its SnapshotTaken, or neither is.
  DH_RETURN_IF_ERROR(Exec(db.get(), "BEGIN"));
  // One statement is one read transaction: the walk sees a single consistent snapshot
  // even while a server keeps appending.
  DH_ASSIGN_OR_RETURN(
      Stmt stmt,
      Stmt::Prepare(db.get(),
                    "SELECT log_index, stream_id, seq, recorded_at_us, kind, idempotency_key, "
                    "command_events, payload, prev_hash, hash FROM events ORDER BY log_index"));

  VerifyReport report;
  std::string prev = GenesisHash();
  int64_t expected_index = 1;
  std::map<int64_t, int64_t> last_seq;  // per stream
  struct Anchor {
    int64_t log_index = 0;
    v1::SnapshotTaken taken;
  };
  std::map<int64_t, Anchor> anchors;  // session -> its latest SnapshotTaken
  auto fail = [&report](int64_t index, std::string problem) {
    report.ok = false;
    report.first_bad_log_index = index;
    report.problem = "event " + std::to_string(index) + ": " + std::move(problem);
    return report;
  };

  for (;;) {
    int rc = stmt.Step();
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return SqliteError(db.get(), rc, "reading the event log");
    ChainLink link;
    link.log_index = stmt.ColumnInt64(0);
    link.stream_id = stmt.ColumnInt64(1);
    link.seq = stmt.ColumnInt64(2);
    link.recorded_at_us = stmt.ColumnInt64(3);
    link.kind = stmt.ColumnBytes(4);
    link.idempotency_key = stmt.ColumnBytes(5);
    int64_t command_events = stmt.ColumnInt64(6);
    link.payload = stmt.ColumnBytes(7);
    std::string_view stored_prev = stmt.ColumnBytes(8);
    std::string_view stored_hash = stmt.ColumnBytes(9);

    if (link.log_index != expected_index) {
      if (link.log_index > expected_index) {
        std::string missing = link.log_index == expected_index + 1
                                  ? "event " + std::to_string(expected_index) + " is missing"
                                  : "events " + std::to_string(expected_index) + " to " +
                                        std::to_string(link.log_index - 1) + " are missing";
        return fail(expected_index, missing +
                                        " (deleted from the log): the next stored event "
                                        "is " +
                                        std::to_string(link.log_index));
      }
      return fail(link.log_index,
                  "log_index out of sequence (expected " + std::to_string(expected_index) + ")");
    }
    if (command_events < 1 || command_events > UINT32_MAX) {
      return fail(link.log_index, "command_events column holds an impossible value (" +
                                      std::to_string(command_events) + ")");
    }
    link.command_events = static_cast<uint32_t>(command_events);
    if (stored_prev != prev) {
      return fail(link.log_index,
                  "prev_hash does not match the hash of the event before it (an event before "
                  "this one was removed or rewritten)");
    }
    if (stored_hash.size() != kHashSize || ChainHash(prev, link) != stored_hash) {
      return fail(link.log_index,
                  "stored hash does not match its contents (payload or columns were altered)");
    }
    int64_t& stream_seq = last_seq[link.stream_id];
    if (link.seq != stream_seq + 1) {
      return fail(link.log_index, "stream " + std::to_string(link.stream_id) + " has seq " +
                                      std::to_string(link.seq) + " where " +
                                      std::to_string(stream_seq + 1) +
                                      " was expected (an event of this stream is missing or "
                                      "out of order)");
    }
    stream_seq = link.seq;
    if (link.stream_id < 0 && link.kind == "snapshot_taken") {
      v1::Event e;
      if (!e.ParseFromArray(link.payload.data(), static_cast<int>(link.payload.size())) ||
          !e.has_snapshot_taken() || e.snapshot_taken().session_id() != -link.stream_id) {
        return fail(link.log_index, "a snapshot_taken event does not name its own session");
      }
      anchors[-link.stream_id] = Anchor{link.log_index, e.snapshot_taken()};
    }
    prev.assign(stored_hash);
    report.head_log_index = link.log_index;
    report.head_hash_hex = ToHex(prev);
    ++report.events_checked;
    ++expected_index;
  }

  DH_ASSIGN_OR_RETURN(Stmt snaps,
                      Stmt::Prepare(db.get(), "SELECT stream_id, seq, state FROM snapshots "
                                              "ORDER BY stream_id"));
  for (;;) {
    int rc = snaps.Step();
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return SqliteError(db.get(), rc, "reading the snapshots");
    const int64_t session = snaps.ColumnInt64(0);
    const int64_t seq = snaps.ColumnInt64(1);
    auto anchor = anchors.find(session);
    if (anchor == anchors.end()) {
      ++report.snapshots_unbound;
      continue;
    }
    ++report.snapshots_checked;
    const v1::SnapshotTaken& taken = anchor->second.taken;
    if (taken.seq() != seq || taken.state_sha256() != Sha256(snaps.ColumnBytes(2))) {
      report.ok = false;
      report.problem = "snapshot of session " + std::to_string(session) +
                       " (table snapshots) does not match the digest recorded in the chain at "
                       "event " +
                       std::to_string(anchor->second.log_index) +
                       ": the snapshot was altered (the server will not start from it)";
      return report;
    }
  }
  return report;
}

}  // namespace dienhong::store
