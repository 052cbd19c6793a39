// RegistryLog: appends reference-data changes (councils, delegates, accounts) to the
// registry stream (stream_id 0) of the event log, together with the table writes that
// carry them, and waits until they are durable.
//
// Reference-data changes are rare and must not race each other (two accounts with one
// name), so Commit() is serialized: it holds a mutex from validation to commit. Token and
// login-attempt writes don't need that and use CommitUnordered(), which shares group
// commits with everything else.
//
// Thread-safety: all methods may be called from any thread; they block until the write
// is durable, so never call them from a gRPC callback thread directly (use WorkerPool).
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/events.pb.h"
#include "server/store/log_reader.h"
#include "server/store/log_writer.h"
#include "server/store/registry_tables.h"

struct sqlite3;

namespace dienhong {

class RegistryLog {
 public:
  explicit RegistryLog(store::LogWriter& writer) : writer_(writer) {}

  // Reads the last seq of the registry stream.
  Status Load(store::LogReader& reader);

  // From now on Commit() refuses with FailedPrecondition(reason) (the start-up check
  // found the log altered; the server serves it read-only). CommitUnordered (tokens,
  // login attempts) still works, so people can log in and read. Call before serving.
  void SetReadOnly(std::string reason) { read_only_reason_ = std::move(reason); }

  // Under the registry mutex: calls `prepare` (validate against current data, fill in
  // ids; it returns the event bodies to log and the table writes), stages them, waits for
  // the commit, then calls `commit_in_memory`. Returns prepare's error, or the storage
  // error, unchanged.
  struct Change {
    std::vector<v1::Event> events;  // body set; actor set by the caller
    std::function<Status(sqlite3*)> side_effects;
  };
  Status Commit(const std::function<Result<Change>()>& prepare,
                const std::function<void()>& commit_in_memory);

  // No event, no ordering: just a durable table write (tokens, login attempts).
  Status CommitUnordered(std::function<Status(sqlite3*)> side_effects);

 private:
  Status StageAndWait(store::AppendRequest request);

  store::LogWriter& writer_;
  std::mutex mu_;
  int64_t last_seq_ = 0;  // guarded by mu_
  std::string read_only_reason_;  // set before serving, then constant
};

}  // namespace dienhong
