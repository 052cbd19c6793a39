// The storage floor: how fast this machine can make SQLite inserts durable, measured in a
// temporary file next to the server's database with the server's settings (WAL,
// synchronous=FULL): one insert per transaction (one fsync each) and batches of inserts
// per transaction (one fsync per batch). A durable vote can be no cheaper than its share
// of one of these transactions.
//
// Thread-safety: a plain function; run it while nothing else of the benchmark runs.
#pragma once

#include <filesystem>
#include <string>

namespace dienhong::bench {

struct StorageFloor {
  double single_inserts_per_s = 0;   // one row per transaction
  int64_t single_rows = 0;
  double batched_inserts_per_s = 0;  // `batch` rows per transaction
  double batched_tx_per_s = 0;
  int64_t batched_rows = 0;
  int batch = 0;
  std::string error;  // empty when measured
};

// Runs each mode for about `seconds` (at least a few transactions).
StorageFloor MeasureStorageFloor(const std::filesystem::path& file, double seconds, int batch);

}  // namespace dienhong::bench
