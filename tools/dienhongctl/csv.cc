#include "tools/dienhongctl/csv.h"

#include "common/validation.h"

#include <algorithm>
#include <cstdint>

namespace dienhong::ctl {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

bool AllEmpty(const std::vector<std::string>& fields) {
  return std::all_of(fields.begin(), fields.end(),
                     [](const std::string& f) { return Trim(f).empty(); });
}

}  // namespace

CsvParse ParseCsv(std::string_view text) {
  CsvParse out;
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());

  int line = 1;  // current physical line
  size_t i = 0;
  while (i < text.size()) {
    CsvRecord rec;
    rec.line = line;
    std::string field;
    bool in_quotes = false;
    bool field_was_quoted = false;
    bool end_of_record = false;
    while (i < text.size() && !end_of_record) {
      const char c = text[i];
      if (in_quotes) {
        if (c == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
          } else {
            in_quotes = false;
            ++i;
          }
        } else {
          if (c == '\n') ++line;
          // Keep line breaks inside quotes as '\n' whatever the file's convention.
          if (!(c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) field += c;
          ++i;
        }
        continue;
      }
      switch (c) {
        case '"':
          // A quote opens a quoted field only at its start (after optional blanks);
          // elsewhere it is kept literally, as spreadsheet programs do.
          if (Trim(field).empty() && !field_was_quoted) {
            field.clear();
            in_quotes = true;
            field_was_quoted = true;
          } else {
            field += c;
          }
          ++i;
          break;
        case ',':
          rec.fields.push_back(std::move(field));
          field.clear();
          field_was_quoted = false;
          ++i;
          break;
        case '\r':
          ++i;
          if (i < text.size() && text[i] == '\n') ++i;
          ++line;
          end_of_record = true;
          break;
        case '\n':
          ++i;
          ++line;
          end_of_record = true;
          break;
        default:
          field += c;
          ++i;
      }
    }
    if (in_quotes) {
      out.errors.push_back({rec.line, "", "dấu ngoặc kép mở mà không đóng"});
      break;
    }
    rec.fields.push_back(std::move(field));
    if (!AllEmpty(rec.fields)) out.records.push_back(std::move(rec));
  }
  return out;
}

DelegateRows ParseDelegatesCsv(std::string_view text) {
  DelegateRows out;
  if (!IsValidUtf8(text)) {
    // Find the first bad line so that the secretary knows where to look.
    int line = 1;
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      if (!IsValidUtf8(text.substr(start, end - start))) break;
      start = end + 1;
      ++line;
    }
    out.errors.push_back(
        {line, "", "tệp không phải UTF-8; hãy lưu lại dưới dạng \"CSV UTF-8\" rồi thử lại"});
    return out;
  }

  CsvParse csv = ParseCsv(text);
  out.errors = std::move(csv.errors);
  if (csv.records.empty()) {
    if (out.errors.empty()) out.errors.push_back({1, "", "tệp trống: thiếu dòng tiêu đề"});
    return out;
  }

  enum Column { kFullName, kTitle, kGroup, kCommittees, kSeat, kColumnCount };
  static constexpr std::string_view kNames[kColumnCount] = {"full_name", "title", "delegate_group",
                                                            "committees", "seat"};
  const CsvRecord& header = csv.records.front();
  std::vector<int> column_of(header.fields.size(), -1);
  bool seen[kColumnCount] = {};
  for (size_t c = 0; c < header.fields.size(); ++c) {
    const std::string name = Trim(header.fields[c]);
    auto it = std::find(std::begin(kNames), std::end(kNames), name);
    if (it == std::end(kNames)) {
      out.errors.push_back({header.line, name,
                            "cột không được hỗ trợ; các cột hợp lệ: full_name, title, "
                            "delegate_group, committees, seat"});
      continue;
    }
    const int col = static_cast<int>(it - std::begin(kNames));
    if (seen[col]) {
      out.errors.push_back({header.line, name, "cột bị lặp lại"});
      continue;
    }
    seen[col] = true;
    column_of[c] = col;
  }
  if (!seen[kFullName]) {
    out.errors.push_back({header.line, "full_name", "thiếu cột bắt buộc trong dòng tiêu đề"});
  }
  if (!out.errors.empty()) return out;

  for (size_t r = 1; r < csv.records.size(); ++r) {
    const CsvRecord& rec = csv.records[r];
    if (rec.fields.size() != header.fields.size()) {
      out.errors.push_back({rec.line, "",
                            "có " + std::to_string(rec.fields.size()) + " cột, tiêu đề có " +
                                std::to_string(header.fields.size())});
      continue;
    }
    v1::Delegate d;
    for (size_t c = 0; c < rec.fields.size(); ++c) {
      const std::string value = Trim(rec.fields[c]);
      switch (column_of[c]) {
        case kFullName:
          d.set_full_name(value);
          break;
        case kTitle:
          d.set_title(value);
          break;
        case kGroup:
          d.set_delegate_group(value);
          break;
        case kSeat:
          d.set_seat(value);
          break;
        case kCommittees: {
          size_t start = 0;
          while (start <= value.size()) {
            size_t end = value.find(';', start);
            if (end == std::string::npos) end = value.size();
            std::string name = Trim(std::string_view(value).substr(start, end - start));
            if (!name.empty()) d.add_committees(std::move(name));
            start = end + 1;
          }
          break;
        }
      }
    }
    // The server checks again; checking here too spares a round trip for the common slip.
    if (d.full_name().empty()) {
      out.errors.push_back({rec.line, "full_name", "không được để trống"});
      continue;
    }
    out.delegates.push_back(std::move(d));
    out.lines.push_back(rec.line);
  }
  return out;
}

std::string FormatLineError(const LineError& e) {
  std::string s = "dòng " + std::to_string(e.line) + ": ";
  if (!e.field.empty()) s += e.field + ": ";
  return s + e.message;
}

}  // namespace dienhong::ctl
