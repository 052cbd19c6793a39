// Checking an exported record (DOCX, PDF, CSV or JSON) against the event log: what
// `dienhongctl verify --database <db> --export <file>` runs, offline, without a server (a
// tampered server could not be trusted to check itself).
//
// How. (1) The whole hash chain of the database is walked (store::VerifyChain): an edited,
// inserted or deleted row is found there, by log_index. (2) The export names the session,
// the sitting and the seq and hash of the last event it covers; the log's event at that
// seq must have that hash (otherwise the export's coverage was edited, or the log was
// rewritten after it). (3) The record is regenerated from the log up to that seq, in the
// same format, and compared with the file: JSON by path ("$.polls[0].questions[0]
// .choices[1].count"), CSV by line and column, DOCX by paragraph, PDF byte for byte
// (exports are deterministic; a PDF differs as a whole, so its report gives the first
// differing byte and suggests checking the DOCX or JSON for where).
//
// Thread-safety: pure functions over their arguments and the database file (opened
// read-only).
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/records.pb.h"
#include "server/store/chain.h"

namespace dienhong::ctl {

struct ExportCheck {
  // "DOCX", "PDF", "CSV" or "JSON".
  std::string format;
  // What the file says it covers.
  v1::SessionRecord::Coverage covered;
  store::VerifyReport chain;
  // Each place the file and the log disagree, in words, e.g.
  // "$.sittings[0].present: tệp ghi 4, sổ sự kiện cho 3". Empty when they agree. At most
  // kMaxFindings (the last says how many more).
  std::vector<std::string> findings;
  bool ok() const { return chain.ok && findings.empty(); }
};

inline constexpr size_t kMaxFindings = 20;

// An error Status when the database cannot be read at all, or the file is none of the
// four formats or does not say what it covers.
Result<ExportCheck> VerifyExport(const std::string& db_path, const std::string& file_bytes);

// The comparisons alone (also used by the tests).
std::vector<std::string> DiffJson(const std::string& file, const std::string& regenerated);
std::vector<std::string> DiffCsv(const std::string& file, const std::string& regenerated);
std::vector<std::string> DiffParagraphs(const std::vector<std::string>& file,
                                        const std::vector<std::string>& regenerated);

}  // namespace dienhong::ctl
