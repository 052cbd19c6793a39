#include "tests/bench/storage_floor.h"

#include <sqlite3.h>

#include <chrono>
#include <string>

namespace dienhong::bench {
namespace {

using Clock = std::chrono::steady_clock;

bool Exec(sqlite3* db, const char* sql, std::string* error) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    *error = std::string(sql) + ": " + (message ? message : "?");
    sqlite3_free(message);
    return false;
  }
  return true;
}

// Inserts rows `per_tx` at a time for about `seconds`; returns rows and elapsed seconds.
bool Run(sqlite3* db, sqlite3_stmt* insert, int per_tx, double seconds, int64_t* rows,
         double* elapsed, std::string* error) {
  // A payload the size of a VoteCast row (event envelope + hash + protobuf body).
  static const std::string payload(220, 'x');
  const auto start = Clock::now();
  int64_t n = 0;
  int tx = 0;
  while (true) {
    if (!Exec(db, "BEGIN IMMEDIATE", error)) return false;
    for (int i = 0; i < per_tx; ++i) {
      sqlite3_bind_blob(insert, 1, payload.data(), static_cast<int>(payload.size()),
                        SQLITE_STATIC);
      if (sqlite3_step(insert) != SQLITE_DONE) {
        *error = sqlite3_errmsg(db);
        return false;
      }
      sqlite3_reset(insert);
      ++n;
    }
    if (!Exec(db, "COMMIT", error)) return false;
    ++tx;
    const double t = std::chrono::duration<double>(Clock::now() - start).count();
    if (t >= seconds && tx >= 5) {
      *rows = n;
      *elapsed = t;
      return true;
    }
  }
}

}  // namespace

StorageFloor MeasureStorageFloor(const std::filesystem::path& file, double seconds, int batch) {
  StorageFloor f;
  f.batch = batch;
  sqlite3* db = nullptr;
  if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) {
    f.error = "open " + file.string();
    sqlite3_close(db);
    return f;
  }
  sqlite3_stmt* insert = nullptr;
  if (Exec(db, "PRAGMA journal_mode=WAL", &f.error) &&
      Exec(db, "PRAGMA synchronous=FULL", &f.error) &&
      Exec(db,
           "CREATE TABLE IF NOT EXISTS floor(id INTEGER PRIMARY KEY, k TEXT UNIQUE, "
           "payload BLOB NOT NULL)",
           &f.error) &&
      sqlite3_prepare_v2(db,
                         "INSERT INTO floor(k, payload) VALUES (hex(randomblob(8)), ?1)", -1,
                         &insert, nullptr) == SQLITE_OK) {
    double t = 0;
    if (Run(db, insert, 1, seconds, &f.single_rows, &t, &f.error)) {
      f.single_inserts_per_s = f.single_rows / t;
      if (Run(db, insert, batch, seconds, &f.batched_rows, &t, &f.error)) {
        f.batched_inserts_per_s = f.batched_rows / t;
        f.batched_tx_per_s = f.batched_inserts_per_s / batch;
      }
    }
  } else if (f.error.empty()) {
    f.error = sqlite3_errmsg(db);
  }
  sqlite3_finalize(insert);
  sqlite3_close(db);
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(file.string() + suffix, ec);
  }
  return f;
}

}  // namespace dienhong::bench
