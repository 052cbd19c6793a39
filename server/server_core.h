// ServerCore: the parts every service needs, wired once by Server and handed to each
// service by reference.
//
// Thread-safety: the members are themselves thread-safe.
#pragma once

#include <string>

#include "common/clock.h"
#include "server/accounts.h"
#include "server/followup_ledger.h"
#include "server/registry.h"
#include "server/session_engine.h"
#include "server/worker_pool.h"

namespace dienhong {
namespace documents {
class BlobStore;
}
namespace store {
class NotesTable;
}

struct ServerCore {
  const Clock& clock;
  Registry& registry;
  AccountDirectory& accounts;
  SessionEngine& engine;
  // The follow-up of commitments and carried-over questions (registry stream).
  FollowUpLedger& followup;
  // For calls that block on durable writes (reference-data commits, logout).
  WorkerPool& blocking;
  // Bound of each live subscriber's queue.
  size_t subscriber_queue = 1024;
  // The event log's file, for readers that open their own connection (record exports).
  std::string database;
  // Session documents (set by Server::Start): the files, the private notes, and the
  // largest file accepted (--max-document-mib).
  documents::BlobStore* blobs = nullptr;
  store::NotesTable* notes = nullptr;
  int64_t max_document_bytes = int64_t{200} << 20;
  // PIN hashing and checking (Argon2, slow on purpose) only: a bounded queue, so that a
  // flood of logins is refused at once instead of delaying everything else (TryPost).
  // Set by Server::Start.
  WorkerPool* pins = nullptr;
};

}  // namespace dienhong
