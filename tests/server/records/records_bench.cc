// dienhong-records-bench: how long a long session's record takes to export. Writes the
// scripted session (scripted_session.h) grown by --rounds speaking rounds (3 events each)
// into a fresh log, then times each export from the log (read, fold, render) the way the
// RecordsService runs it, and prints one line per format.
//
//   build/tests/server/records/dienhong-records-bench --rounds 10000 [--dir /tmp] [--repeat 3]
//
// Output (also as --json): events in the stream, format, bytes, best wall time in seconds.
#include <stdlib.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

#include "server/records/exporter.h"
#include "tests/server/records/scripted_session.h"

namespace {

namespace fs = std::filesystem;
using dienhong::v1::ExportFormat;

int Usage() {
  std::cerr << "usage: dienhong-records-bench [--rounds N] [--dir DIR] [--repeat R] [--json]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 10000, repeat = 1;
  std::string base = fs::temp_directory_path().string();
  bool json = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc)
      rounds = std::atoi(argv[++i]);
    else if (a == "--dir" && i + 1 < argc)
      base = argv[++i];
    else if (a == "--repeat" && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else if (a == "--json")
      json = true;
    else
      return Usage();
  }
  if (rounds < 0 || repeat < 1) return Usage();
  std::string pattern = (fs::path(base) / "dienhong-records-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    std::cerr << "cannot create a directory under " << base << "\n";
    return 1;
  }
  const fs::path dir = pattern;
  const std::string db = (dir / "log.db").string();
  const auto t0 = std::chrono::steady_clock::now();
  dienhong::records::testing::ScriptOptions options;
  options.extra_rounds = rounds;
  auto events = dienhong::records::testing::WriteScriptedSession(db, options);
  if (!events.ok()) {
    std::cerr << events.status().ToString() << "\n";
    return 1;
  }
  const double write_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!json) std::cout << "session of " << *events << " events written in " << write_s << " s\n";
  int rc = 0;
  for (ExportFormat format : {dienhong::v1::EXPORT_FORMAT_JSON, dienhong::v1::EXPORT_FORMAT_CSV,
                              dienhong::v1::EXPORT_FORMAT_DOCX, dienhong::v1::EXPORT_FORMAT_PDF}) {
    double best = 1e9;
    size_t bytes = 0;
    for (int r = 0; r < repeat; ++r) {
      auto reader = dienhong::store::LogReader::Open(db);
      dienhong::v1::ExportRecordRequest req;
      req.set_session_id(dienhong::records::testing::kScriptedSessionId);
      req.set_format(format);
      const auto start = std::chrono::steady_clock::now();
      auto file = dienhong::records::ExportFromLog(**reader, req);
      const double s =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (!file.ok()) {
        std::cerr << file.status().ToString() << "\n";
        rc = 1;
        break;
      }
      bytes = file->bytes.size();
      best = std::min(best, s);
    }
    const std::string name = dienhong::v1::ExportFormat_Name(format).substr(14);
    if (json) {
      std::cout << "{\"events\":" << *events << ",\"format\":\"" << name << "\",\"bytes\":" << bytes
                << ",\"seconds\":" << best << "}\n";
    } else {
      std::cout << name << ": " << bytes << " bytes in " << best << " s\n";
    }
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  return rc;
}
