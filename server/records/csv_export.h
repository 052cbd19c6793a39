// The CSV export: one UTF-8 file with a byte-order mark (so Excel and LibreOffice open it
// as UTF-8), CRLF line ends, RFC 4180 quoting. It holds a short header of key,value rows
// (what the file covers: session, sitting, last seq and hash) and then one table per
// section, each introduced by a row "# <section> — <Vietnamese title>" and a row of
// column names, and followed by a blank line. Sections and columns: docs/records.md.
//
// A cell that a spreadsheet would take for a formula (starting with = + - @) is written
// with a leading apostrophe, so a name or a topic can never run as a formula.
//
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "dienhong/v1/records.pb.h"

namespace dienhong::records {

std::string RecordToCsv(const v1::SessionRecord& record);

}  // namespace dienhong::records
