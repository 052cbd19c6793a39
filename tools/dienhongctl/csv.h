// CSV reading for `dienhongctl delegates import`: an RFC 4180 parser (quotes, doubled
// quotes, line breaks inside quotes, CRLF, a UTF-8 byte-order mark as Excel writes it)
// and the mapping of the delegate file's columns to v1::Delegate.
//
// Every record keeps the physical line it starts on, so that an error found by the
// server in row N can be shown as "dòng 7: ..." — the number the secretary sees in
// their spreadsheet or editor.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dienhong/v1/council.pb.h"

namespace dienhong::ctl {

struct CsvRecord {
  int line = 0;  // 1-based line on which the record starts
  std::vector<std::string> fields;
};

// An error tied to a line of the file; `field` may be empty.
struct LineError {
  int line = 0;
  std::string field;
  std::string message;
};

struct CsvParse {
  std::vector<CsvRecord> records;  // blank lines are skipped
  std::vector<LineError> errors;   // e.g. an unterminated quote
};

CsvParse ParseCsv(std::string_view text);

// The delegate file: header "full_name,title,delegate_group,committees,seat" (any order;
// only full_name is required), committees separated by ';'. Fields are trimmed.
struct DelegateRows {
  std::vector<v1::Delegate> delegates;  // council_id left 0
  std::vector<int> lines;               // lines[i] is the line of delegates[i]
  std::vector<LineError> errors;        // local problems; nothing should be sent if any
};

DelegateRows ParseDelegatesCsv(std::string_view text);

// "dòng 7: full_name: không được để trống" (the field part is left out when empty).
std::string FormatLineError(const LineError& e);

}  // namespace dienhong::ctl
