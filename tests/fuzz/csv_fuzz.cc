// libFuzzer target: the CSV reader of `dienhongctl delegates import`
// (tools/dienhongctl/csv.h: ParseCsv, ParseDelegatesCsv), the bytes of a file a secretary
// picks. Checked: no crash; records' lines start at 1 and never go back; every delegate
// has its line; every error names a line within the file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "tests/fuzz/fuzz_session.h"
#include "tools/dienhongctl/csv.h"

namespace {

using dienhong::fuzz::Fail;

int LineCount(std::string_view text) {
  int lines = 1;
  for (char c : text) lines += (c == '\n');
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // A lone CR ends a line too in some readers; bound generously by the bytes.
  const int max_line = LineCount(text) + static_cast<int>(size);

  dienhong::ctl::CsvParse parsed = dienhong::ctl::ParseCsv(text);
  int last = 0;
  for (const auto& r : parsed.records) {
    if (r.line < 1 || r.line < last || r.line > max_line) Fail("CSV record line out of order");
    last = r.line;
  }
  for (const auto& e : parsed.errors) {
    if (e.line < 0 || e.line > max_line) Fail("CSV error names a line outside the file");
  }

  dienhong::ctl::DelegateRows rows = dienhong::ctl::ParseDelegatesCsv(text);
  if (rows.delegates.size() != rows.lines.size()) Fail("a delegate without its line");
  for (const auto& e : rows.errors) {
    if (e.line < 0 || e.line > max_line) Fail("delegate error names a line outside the file");
    (void)dienhong::ctl::FormatLineError(e);
  }
  return 0;
}
