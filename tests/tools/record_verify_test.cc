// `dienhongctl verify --export`: an untouched export of every format matches its log; an
// edited export is caught and the report says where (JSON path, CSV line and column,
// DOCX paragraph); an edited log is caught by the chain check, at the edited event.
#include "tools/dienhongctl/record_verify.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>

#include "server/records/docx_export.h"
#include "server/records/exporter.h"
#include "server/records/zip_package.h"
#include "tests/server/records/scripted_session.h"

namespace dienhong::ctl {
namespace {

namespace fs = std::filesystem;

class RecordVerifyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "dienhong-verify-XXXXXX").string();
    dir_ = mkdtemp(pattern.data());
    auto n = records::testing::WriteScriptedSession(db());
    ASSERT_TRUE(n.ok()) << n.status().ToString();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string db() const { return (dir_ / "log.db").string(); }

  std::string Export(v1::ExportFormat format, int64_t sitting = 0) {
    auto reader = store::LogReader::Open(db());
    v1::ExportRecordRequest req;
    req.set_session_id(records::testing::kScriptedSessionId);
    req.set_sitting_id(sitting);
    req.set_format(format);
    auto f = records::ExportFromLog(**reader, req);
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return f.ok() ? f->bytes : "";
  }

  ExportCheck Check(const std::string& bytes) {
    auto c = VerifyExport(db(), bytes);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? *c : ExportCheck{};
  }

  static std::string Replace(std::string s, const std::string& from, const std::string& to) {
    const size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) s.replace(at, from.size(), to);
    return s;
  }

  static std::string Joined(const ExportCheck& c) {
    std::string out;
    for (const auto& f : c.findings) out += f + "\n";
    return out;
  }

  fs::path dir_;
};

TEST_F(RecordVerifyTest, UntouchedExportsOfEveryFormatMatchTheLog) {
  for (auto format : {v1::EXPORT_FORMAT_JSON, v1::EXPORT_FORMAT_CSV, v1::EXPORT_FORMAT_DOCX,
                      v1::EXPORT_FORMAT_PDF}) {
    for (int64_t sitting : {0, 2}) {
      ExportCheck c = Check(Export(format, sitting));
      EXPECT_TRUE(c.ok()) << c.format << " sitting " << sitting << ":\n" << Joined(c);
      EXPECT_TRUE(c.chain.ok);
      EXPECT_EQ(c.covered.session_id(), records::testing::kScriptedSessionId);
      EXPECT_EQ(c.covered.sitting_id(), sitting);
    }
  }
}

TEST_F(RecordVerifyTest, AnEditedJsonIsCaughtByPath) {
  // Someone adds a vote for the resolution.
  std::string json = Export(v1::EXPORT_FORMAT_JSON);
  json = Replace(json, "\"count\": 2,", "\"count\": 3,");
  ExportCheck c = Check(json);
  EXPECT_FALSE(c.ok());
  EXPECT_TRUE(c.chain.ok) << "the log itself is intact";
  ASSERT_EQ(c.findings.size(), 1u) << Joined(c);
  EXPECT_EQ(c.findings[0], "$.polls[0].questions[0].choices[0].count: tệp ghi 3, sổ sự kiện cho 2");
}

TEST_F(RecordVerifyTest, AnEditedCsvIsCaughtByLineAndColumn) {
  // The named list of the open vote now says delegate 4 voted yes.
  std::string csv = Export(v1::EXPORT_FORMAT_CSV);
  csv = Replace(csv, "không tán thành,Hoàng Đức Thắng", "tán thành,Hoàng Đức Thắng");
  ExportCheck c = Check(csv);
  EXPECT_FALSE(c.ok());
  ASSERT_EQ(c.findings.size(), 1u) << Joined(c);
  EXPECT_NE(c.findings[0].find("(named_votes), choice: tệp ghi «tán thành», sổ sự kiện cho "
                               "«không tán thành»"),
            std::string::npos)
      << c.findings[0];
  EXPECT_EQ(c.findings[0].rfind("dòng ", 0), 0u) << c.findings[0];
}

TEST_F(RecordVerifyTest, AnEditedDocxIsCaughtByParagraph) {
  const std::string docx = Export(v1::EXPORT_FORMAT_DOCX);
  std::vector<std::pair<std::string, std::string>> parts;
  for (const char* name :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "docProps/core.xml"}) {
    auto content = records::ReadZipEntry(docx, name);
    ASSERT_TRUE(content.ok()) << name;
    parts.emplace_back(name, *content);
  }
  // An excused absence becomes an attendance.
  parts[2].second = Replace(parts[2].second, "Đi công tác tại Đà Nẵng", "");
  auto edited = records::ZipFiles(parts);
  ASSERT_TRUE(edited.ok());
  ExportCheck c = Check(*edited);
  EXPECT_FALSE(c.ok());
  ASSERT_EQ(c.findings.size(), 1u) << Joined(c);
  EXPECT_NE(c.findings[0].find(": tệp ghi «», sổ sự kiện cho «Đi công tác tại Đà Nẵng»"),
            std::string::npos)
      << c.findings[0];
  auto paragraphs = records::DocxParagraphs(docx);
  const size_t at = std::find(paragraphs->begin(), paragraphs->end(), "Đi công tác tại Đà Nẵng") -
                    paragraphs->begin();
  EXPECT_EQ(c.findings[0].rfind("đoạn " + std::to_string(at + 1) + ":", 0), 0u) << c.findings[0];
}

TEST_F(RecordVerifyTest, AnEditedPdfIsCaught) {
  std::string pdf = Export(v1::EXPORT_FORMAT_PDF);
  pdf[pdf.size() / 2] ^= 0x01;
  ExportCheck c = Check(pdf);
  EXPECT_FALSE(c.ok());
  ASSERT_EQ(c.findings.size(), 1u) << Joined(c);
  EXPECT_NE(c.findings[0].find("tệp PDF khác"), std::string::npos);
}

TEST_F(RecordVerifyTest, AnEditedCoverageHashIsCaught) {
  std::string json = Export(v1::EXPORT_FORMAT_JSON);
  const size_t at = json.find("\"last_hash\": \"") + 14;
  json[at] = json[at] == '0' ? '1' : '0';
  ExportCheck c = Check(json);
  EXPECT_FALSE(c.ok());
  ASSERT_GE(c.findings.size(), 1u);
  EXPECT_NE(c.findings[0].find("mã băm của sự kiện số"), std::string::npos) << Joined(c);
}

TEST_F(RecordVerifyTest, AnEditedLogIsCaughtByTheChainAtTheEditedEvent) {
  const std::string json = Export(v1::EXPORT_FORMAT_JSON);
  // With the file in hand, someone drops the guard and turns delegate 5's excused absence
  // in sitting 1 into a presence.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db().c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "DROP TRIGGER events_no_update", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(raw,
                     "SELECT log_index, payload FROM events WHERE kind = 'attendance_recorded' "
                     "ORDER BY log_index",
                     -1, &stmt, nullptr);
  int64_t edited_index = 0;
  std::string payload;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    v1::Event e;
    e.ParseFromArray(sqlite3_column_blob(stmt, 1), sqlite3_column_bytes(stmt, 1));
    if (e.attendance_recorded().delegate_id() == 5 && e.attendance_recorded().sitting_id() == 1) {
      edited_index = sqlite3_column_int64(stmt, 0);
      e.mutable_attendance_recorded()->set_status(v1::ATTENDANCE_STATUS_PRESENT);
      e.mutable_attendance_recorded()->clear_reason();
      payload = e.SerializeAsString();
    }
  }
  sqlite3_finalize(stmt);
  ASSERT_GT(edited_index, 0);
  sqlite3_prepare_v2(raw, "UPDATE events SET payload = ? WHERE log_index = ?", -1, &stmt, nullptr);
  sqlite3_bind_blob(stmt, 1, payload.data(), static_cast<int>(payload.size()), SQLITE_STATIC);
  sqlite3_bind_int64(stmt, 2, edited_index);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_DONE);
  sqlite3_finalize(stmt);
  sqlite3_close(raw);

  ExportCheck c = Check(json);
  EXPECT_FALSE(c.ok());
  EXPECT_FALSE(c.chain.ok);
  EXPECT_EQ(c.chain.first_bad_log_index, edited_index);
  // And the file no longer matches what the (edited) log now says.
  EXPECT_NE(Joined(c).find("$.sittings[0].attendance[4].status: tệp ghi «excused», sổ sự kiện "
                           "cho «present»"),
            std::string::npos)
      << Joined(c);
}

TEST_F(RecordVerifyTest, AFileThatIsNoExportIsRefused) {
  auto c = VerifyExport(db(), "xin chào");
  EXPECT_EQ(c.status().code(), StatusCode::kInvalidArgument);
  c = VerifyExport(db(), "{\"schema_version\": 1}");
  EXPECT_EQ(c.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace dienhong::ctl
