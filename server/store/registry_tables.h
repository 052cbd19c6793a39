// The reference tables of the registry (councils, delegates) as the store keeps them: a
// row per council or delegate holding the serialized message, written as side effects of
// the registry stream's events (RegistryLog, AppendRequest::side_effects) and read back
// whole at start-up. Also the small bound-statement helper the other reference tables use.
//
// Thread-safety: functions. The sqlite3* passed to a side effect is the writer's
// connection inside its transaction (writer thread only); readers use their LogReader from
// one thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/council.pb.h"
#include "server/store/log_reader.h"

struct sqlite3;

namespace dienhong::store {

// Every stored council / delegate, in id order.
Result<std::vector<v1::Council>> ReadCouncils(LogReader& reader);
Result<std::vector<v1::Delegate>> ReadDelegates(LogReader& reader);

// Side effects (inside the writer's transaction).
Status InsertCouncil(sqlite3* db, const v1::Council& council);
Status UpdateCouncil(sqlite3* db, const v1::Council& council);
Status InsertDelegate(sqlite3* db, const v1::Delegate& delegate);

// Runs one statement with bound arguments (integers, text, and Blob for serialized
// messages) on the writer's connection, inside a side effect.
struct Blob {
  std::string bytes;
};
using SqlArg = std::variant<int64_t, std::string, Blob>;
Status ExecBound(sqlite3* db, const char* sql, const std::vector<SqlArg>& args);

}  // namespace dienhong::store
