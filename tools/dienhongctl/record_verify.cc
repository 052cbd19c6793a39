#include "tools/dienhongctl/record_verify.h"

#include <nlohmann/json.hpp>
#include <regex>

#include "server/records/docx_export.h"
#include "server/records/exporter.h"
#include "server/records/json_export.h"
#include "server/records/zip_package.h"
#include "server/store/log_reader.h"
#include "tools/dienhongctl/csv.h"

namespace dienhong::ctl {
namespace {

using nlohmann::json;

std::string Quote(const std::string& s) {
  constexpr size_t kMax = 120;
  if (s.size() <= kMax) return "«" + s + "»";
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return "«" + s.substr(0, cut) + "…»";
}

void Add(std::vector<std::string>& out, size_t& total, std::string finding) {
  ++total;
  if (out.size() < kMaxFindings) out.push_back(std::move(finding));
}
void Finish(std::vector<std::string>& out, size_t total) {
  if (total > out.size()) {
    out.push_back("… và " + std::to_string(total - out.size()) + " chỗ khác nữa");
  }
}

std::string JsonText(const json& v) {
  return v.is_string() ? Quote(v.get<std::string>()) : v.dump();
}

void WalkJson(const json& file, const json& log, const std::string& path,
              std::vector<std::string>& out, size_t& total) {
  if (file.type() != log.type()) {
    Add(out, total, path + ": tệp ghi " + JsonText(file) + ", sổ sự kiện cho " + JsonText(log));
    return;
  }
  if (file.is_object()) {
    for (auto it = log.begin(); it != log.end(); ++it) {
      if (!file.contains(it.key())) {
        Add(out, total,
            path + "." + it.key() + ": tệp thiếu mục này, sổ sự kiện cho " + JsonText(it.value()));
      } else {
        WalkJson(file.at(it.key()), it.value(), path + "." + it.key(), out, total);
      }
    }
    for (auto it = file.begin(); it != file.end(); ++it) {
      if (!log.contains(it.key())) {
        Add(out, total, path + "." + it.key() + ": tệp có thêm mục không có trong sổ sự kiện");
      }
    }
  } else if (file.is_array()) {
    const size_t n = std::min(file.size(), log.size());
    for (size_t i = 0; i < n; ++i) {
      WalkJson(file[i], log[i], path + "[" + std::to_string(i) + "]", out, total);
    }
    if (file.size() != log.size()) {
      Add(out, total,
          path + ": tệp có " + std::to_string(file.size()) + " phần tử, sổ sự kiện cho " +
              std::to_string(log.size()));
    }
  } else if (file != log) {
    Add(out, total, path + ": tệp ghi " + JsonText(file) + ", sổ sự kiện cho " + JsonText(log));
  }
}

// The CSV with the section and column name of every cell.
struct CsvCell {
  int line;
  std::string section, column, value;
};

std::string Strip(const std::string& s) {
  return s.rfind("\xEF\xBB\xBF", 0) == 0 ? s.substr(3) : s;
}

}  // namespace

std::vector<std::string> DiffJson(const std::string& file, const std::string& regenerated) {
  std::vector<std::string> out;
  const json a = json::parse(file, nullptr, false);
  if (a.is_discarded()) return {"tệp không còn là JSON hợp lệ"};
  const json b = json::parse(regenerated, nullptr, false);
  size_t total = 0;
  WalkJson(a, b, "$", out, total);
  Finish(out, total);
  return out;
}

std::vector<std::string> DiffCsv(const std::string& file, const std::string& regenerated) {
  if (file.rfind("\xEF\xBB\xBF", 0) != 0) {
    return {"tệp CSV mất dấu BOM UTF-8 ở đầu (đã được lưu lại bằng chương trình khác?)"};
  }
  const CsvParse a = ParseCsv(Strip(file)), b = ParseCsv(Strip(regenerated));
  std::vector<std::string> out;
  size_t total = 0;
  // Rows in order; a section's column names come from the row after its "# " title.
  std::string section;
  std::vector<std::string> columns;
  bool expect_header = false;
  const size_t n = std::min(a.records.size(), b.records.size());
  for (size_t r = 0; r < n; ++r) {
    const auto& fa = a.records[r].fields;
    const auto& fb = b.records[r].fields;
    if (!fb.empty() && fb[0].rfind("# ", 0) == 0) {
      section = fb[0].substr(2, fb[0].find(' ', 2) - 2);
      expect_header = true;
    } else if (expect_header) {
      columns = fb;
      expect_header = false;
    }
    const std::string where =
        "dòng " + std::to_string(a.records[r].line) + (section.empty() ? "" : " (" + section + ")");
    for (size_t c = 0; c < std::max(fa.size(), fb.size()); ++c) {
      const std::string va = c < fa.size() ? fa[c] : "";
      const std::string vb = c < fb.size() ? fb[c] : "";
      if (va == vb) continue;
      const std::string column = c < columns.size() && !section.empty() && !expect_header
                                     ? columns[c]
                                     : "cột " + std::to_string(c + 1);
      Add(out, total,
          where + ", " + column + ": tệp ghi " + Quote(va) + ", sổ sự kiện cho " + Quote(vb));
    }
  }
  if (a.records.size() != b.records.size()) {
    Add(out, total,
        "tệp có " + std::to_string(a.records.size()) + " dòng dữ liệu, sổ sự kiện cho " +
            std::to_string(b.records.size()));
  }
  Finish(out, total);
  return out;
}

std::vector<std::string> DiffParagraphs(const std::vector<std::string>& file,
                                        const std::vector<std::string>& regenerated) {
  std::vector<std::string> out;
  size_t total = 0;
  // Skip the common start and end, so that an inserted or deleted paragraph is reported
  // once, where it is, instead of shifting every later one.
  size_t head = 0;
  while (head < file.size() && head < regenerated.size() && file[head] == regenerated[head]) ++head;
  size_t tail = 0;
  while (tail < file.size() - head && tail < regenerated.size() - head &&
         file[file.size() - 1 - tail] == regenerated[regenerated.size() - 1 - tail]) {
    ++tail;
  }
  const size_t fa = file.size() - head - tail, fb = regenerated.size() - head - tail;
  for (size_t i = 0; i < std::max(fa, fb); ++i) {
    const std::string where = "đoạn " + std::to_string(head + i + 1);
    if (i < fa && i < fb) {
      Add(out, total,
          where + ": tệp ghi " + Quote(file[head + i]) + ", sổ sự kiện cho " +
              Quote(regenerated[head + i]));
    } else if (i < fa) {
      Add(out, total, where + ": tệp có thêm đoạn " + Quote(file[head + i]));
    } else {
      Add(out, total, where + ": tệp thiếu đoạn " + Quote(regenerated[head + i]));
    }
  }
  Finish(out, total);
  return out;
}

namespace {

v1::ExportFormat Detect(const std::string& bytes, std::string& name) {
  if (bytes.rfind("PK", 0) == 0) return name = "DOCX", v1::EXPORT_FORMAT_DOCX;
  if (bytes.rfind("%PDF-", 0) == 0) return name = "PDF", v1::EXPORT_FORMAT_PDF;
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) return name = "CSV", v1::EXPORT_FORMAT_CSV;
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && bytes[first] == '{')
    return name = "JSON", v1::EXPORT_FORMAT_JSON;
  return v1::EXPORT_FORMAT_UNSPECIFIED;
}

// DOCX and PDF carry "session N sitting M seq S hash H" in their document properties.
bool CoverageFromSubject(const std::string& text, v1::SessionRecord::Coverage& c) {
  static const std::regex re("session (\\d+) sitting (\\d+) seq (\\d+) hash ([0-9a-f]{64})");
  std::smatch m;
  if (!std::regex_search(text, m, re)) return false;
  c.set_session_id(std::stoll(m[1]));
  c.set_sitting_id(std::stoll(m[2]));
  c.set_last_seq(std::stoll(m[3]));
  c.set_last_hash(m[4]);
  return true;
}

Result<v1::SessionRecord::Coverage> Coverage(v1::ExportFormat format, const std::string& bytes) {
  v1::SessionRecord::Coverage c;
  const Status unreadable = Status::InvalidArgument(
      "tệp không cho biết nó bao gồm những sự kiện nào (phần mô tả phạm vi đã bị xóa hoặc sửa)");
  switch (format) {
    case v1::EXPORT_FORMAT_JSON: {
      const json j = json::parse(bytes, nullptr, false);
      if (j.is_discarded() || !j.contains("covered")) return unreadable;
      const json& cov = j["covered"];
      try {
        c.set_session_id(std::stoll(cov.value("session_id", "0")));
        c.set_sitting_id(std::stoll(cov.value("sitting_id", "0")));
        c.set_last_seq(std::stoll(cov.value("last_seq", "0")));
        c.set_last_hash(cov.value("last_hash", ""));
      } catch (...) {
        return unreadable;
      }
      break;
    }
    case v1::EXPORT_FORMAT_CSV: {
      // The key,value rows before the first section.
      for (const auto& rec : ParseCsv(Strip(bytes)).records) {
        if (!rec.fields.empty() && rec.fields[0].rfind("# ", 0) == 0) break;
        if (rec.fields.size() < 2) continue;
        try {
          if (rec.fields[0] == "session_id") c.set_session_id(std::stoll(rec.fields[1]));
          if (rec.fields[0] == "sitting_id") c.set_sitting_id(std::stoll(rec.fields[1]));
          if (rec.fields[0] == "last_seq") c.set_last_seq(std::stoll(rec.fields[1]));
        } catch (...) {
          return unreadable;
        }
        if (rec.fields[0] == "last_hash") c.set_last_hash(rec.fields[1]);
      }
      break;
    }
    case v1::EXPORT_FORMAT_DOCX: {
      auto core = records::ReadZipEntry(bytes, "docProps/core.xml");
      if (!core.ok() || !CoverageFromSubject(*core, c)) return unreadable;
      break;
    }
    default:
      if (!CoverageFromSubject(bytes, c)) return unreadable;
  }
  if (c.session_id() <= 0 || c.last_seq() <= 0) return unreadable;
  return c;
}

}  // namespace

Result<ExportCheck> VerifyExport(const std::string& db_path, const std::string& bytes) {
  ExportCheck check;
  const v1::ExportFormat format = Detect(bytes, check.format);
  if (format == v1::EXPORT_FORMAT_UNSPECIFIED) {
    return Status::InvalidArgument("tệp không phải bản xuất DOCX, PDF, CSV hay JSON của Diên Hồng");
  }
  DH_ASSIGN_OR_RETURN(check.covered, Coverage(format, bytes));
  DH_ASSIGN_OR_RETURN(check.chain, store::VerifyChain(db_path));
  DH_ASSIGN_OR_RETURN(auto reader, store::LogReader::Open(db_path));
  const v1::SessionRecord::Coverage& c = check.covered;
  auto at = reader->ReadStream(c.session_id(), c.last_seq() - 1, 1);
  if (!at.ok()) return at.status();
  if (at->empty()) {
    check.findings.push_back("sổ sự kiện không có sự kiện số " + std::to_string(c.last_seq()) +
                             " của kỳ họp " + std::to_string(c.session_id()) +
                             " mà tệp nói là đã bao gồm (sổ bị cắt bớt, hoặc tệp bị sửa)");
    return check;
  }
  const std::string log_hash = store::ToHex(at->front().hash());
  if (log_hash != c.last_hash()) {
    check.findings.push_back("mã băm của sự kiện số " + std::to_string(c.last_seq()) +
                             ": tệp ghi " + c.last_hash() + ", sổ sự kiện có " + log_hash +
                             " (tệp bị sửa, hoặc sổ bị viết lại sau khi xuất)");
  }
  v1::ExportRecordRequest req;
  req.set_session_id(c.session_id());
  req.set_sitting_id(c.sitting_id());
  req.set_up_to_seq(c.last_seq());
  req.set_format(format);
  DH_ASSIGN_OR_RETURN(records::ExportedFile again, records::ExportFromLog(*reader, req));
  std::vector<std::string> diff;
  switch (format) {
    case v1::EXPORT_FORMAT_JSON:
      diff = DiffJson(bytes, again.bytes);
      break;
    case v1::EXPORT_FORMAT_CSV:
      diff = DiffCsv(bytes, again.bytes);
      break;
    case v1::EXPORT_FORMAT_DOCX: {
      auto mine = records::DocxParagraphs(bytes);
      if (!mine.ok()) {
        diff.push_back("không đọc được nội dung tệp DOCX: " + mine.status().message());
        break;
      }
      DH_ASSIGN_OR_RETURN(auto theirs, records::DocxParagraphs(again.bytes));
      diff = DiffParagraphs(*mine, theirs);
      break;
    }
    default:
      if (bytes != again.bytes) {
        size_t i = 0;
        while (i < bytes.size() && i < again.bytes.size() && bytes[i] == again.bytes[i]) ++i;
        diff.push_back("tệp PDF khác bản lập lại từ sổ sự kiện từ byte " + std::to_string(i) +
                       " (PDF không chỉ ra được đoạn nào; xuất DOCX hoặc JSON cùng phạm vi để "
                       "biết chỗ khác)");
      }
  }
  for (auto& d : diff) check.findings.push_back(std::move(d));
  return check;
}

}  // namespace dienhong::ctl
