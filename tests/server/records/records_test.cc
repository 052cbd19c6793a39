// The session record from a real log: the scripted session (scripted_session.h) exported
// to every format. JSON and CSV are compared byte for byte with the golden files in
// golden/ (to regenerate them after an intended change, run
//   DIENHONG_UPDATE_GOLDEN=1 build/tests/server/records/records_tests
// and review the diff); the DOCX is checked as a package and by its paragraphs, and
// LibreOffice must convert it; the PDF's text (pdftotext) must keep every diacritic.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "server/records/docx_export.h"
#include "server/records/exporter.h"
#include "server/records/json_export.h"
#include "server/records/minutes_layout.h"
#include "server/records/record_builder.h"
#include "server/records/record_source.h"
#include "server/records/zip_package.h"
#include "tests/server/records/scripted_session.h"

namespace dienhong::records {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
void WriteAll(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// Runs a shell command; returns its exit status and what it printed.
int Shell(const std::string& command, std::string* output = nullptr) {
  std::string out;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  const int rc = pclose(pipe);
  if (output != nullptr) *output = out;
  return rc;
}

class RecordsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string pattern = (fs::temp_directory_path() / "dienhong-records-XXXXXX").string();
    dir_ = new fs::path(mkdtemp(pattern.data()));
    auto written = testing::WriteScriptedSession((*dir_ / "log.db").string());
    ASSERT_TRUE(written.ok()) << written.status().ToString();
    events_ = *written;
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
  }

  ExportedFile Export(v1::ExportFormat format, int64_t sitting = 0, int64_t up_to = 0) {
    auto reader = store::LogReader::Open(db());
    EXPECT_TRUE(reader.ok());
    v1::ExportRecordRequest req;
    req.set_session_id(testing::kScriptedSessionId);
    req.set_sitting_id(sitting);
    req.set_format(format);
    req.set_up_to_seq(up_to);
    auto file = ExportFromLog(**reader, req);
    EXPECT_TRUE(file.ok()) << file.status().ToString();
    return file.ok() ? *file : ExportedFile{};
  }

  v1::SessionRecord Record(int64_t sitting = 0) {
    auto reader = store::LogReader::Open(db());
    auto record = RecordFromLog(**reader, testing::kScriptedSessionId, sitting, 0);
    EXPECT_TRUE(record.ok()) << record.status().ToString();
    return record.ok() ? *record : v1::SessionRecord{};
  }

  void ExpectGolden(const std::string& name, const std::string& bytes) {
    const fs::path path = fs::path(DIENHONG_GOLDEN_DIR) / name;
    const char* update = getenv("DIENHONG_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
      WriteAll(path, bytes);
      return;
    }
    ASSERT_TRUE(fs::exists(path)) << path << " is missing; see the top of this file";
    const std::string expected = ReadAll(path);
    if (expected == bytes) return;
    WriteAll(*dir_ / name, bytes);
    ADD_FAILURE() << name << " differs from the golden file; diff " << path << " "
                  << (*dir_ / name);
  }

  static std::string db() { return (*dir_ / "log.db").string(); }
  static fs::path* dir_;
  static int64_t events_;
};

fs::path* RecordsTest::dir_ = nullptr;
int64_t RecordsTest::events_ = 0;

TEST_F(RecordsTest, JsonOfTheWholeSessionMatchesTheGoldenFile) {
  ExportedFile f = Export(v1::EXPORT_FORMAT_JSON);
  EXPECT_EQ(f.media_type, "application/json");
  EXPECT_EQ(f.file_name, "ho-so-ky-hop-1-den-su-kien-" + std::to_string(events_) + ".json");
  ExpectGolden("session.json", f.bytes);
}

TEST_F(RecordsTest, CsvOfTheWholeSessionMatchesTheGoldenFile) {
  ExportedFile f = Export(v1::EXPORT_FORMAT_CSV);
  ASSERT_GE(f.bytes.size(), 3u);
  EXPECT_EQ(f.bytes.substr(0, 3), "\xEF\xBB\xBF") << "UTF-8 byte-order mark";
  ExpectGolden("session.csv", f.bytes);
}

TEST_F(RecordsTest, JsonAndCsvOfOneSittingMatchTheGoldenFiles) {
  ExpectGolden("sitting-1.json", Export(v1::EXPORT_FORMAT_JSON, 1).bytes);
  ExpectGolden("sitting-2.csv", Export(v1::EXPORT_FORMAT_CSV, 2).bytes);
}

TEST_F(RecordsTest, TheRecordHoldsWhatHappened) {
  const v1::SessionRecord r = Record();
  EXPECT_EQ(r.covered().last_seq(), events_);
  EXPECT_EQ(r.covered().last_hash().size(), 64u);
  ASSERT_EQ(r.sittings_size(), 2);
  const auto& s1 = r.sittings(0);
  EXPECT_EQ(s1.present(), 3);
  EXPECT_EQ(s1.online(), 1);
  EXPECT_EQ(s1.excused(), 1);
  EXPECT_EQ(s1.attendance(4).reason(), "Đi công tác tại Đà Nẵng");
  EXPECT_TRUE(s1.quorum_met());
  ASSERT_EQ(s1.suspensions_size(), 1);
  EXPECT_EQ(s1.suspensions(0).reason(), "Nghỉ giải lao");
  EXPECT_FALSE(s1.suspensions(0).resumed_at().empty());
  EXPECT_EQ(r.sittings(1).excused(), 1) << "the secretary's correction wins over the check-in";
  // Turn 1 ran 7:30 against a 7:00 limit (the gap between its grant and its end, less
  // nothing paused).
  ASSERT_GE(r.turns_size(), 6);
  EXPECT_EQ(r.turns(0).speaker(), "Lê Văn Dũng");
  EXPECT_EQ(r.turns(0).limit_seconds(), 420);
  EXPECT_EQ(r.turns(0).spoken_seconds(), 495);
  EXPECT_EQ(r.turns(0).overrun_seconds(), 75);
  EXPECT_EQ(r.turns(1).capacity(), "Người trả lời chất vấn");
  EXPECT_TRUE(r.turns(2).interrupted());
  EXPECT_EQ(r.turns(2).end_reason(), "Hết thời gian của nội dung");
  // Agenda as run: opening, submission, vote in sitting 1; interpellation in sitting 2.
  ASSERT_EQ(r.agenda_size(), 4);
  EXPECT_EQ(r.agenda(0).sitting_id(), 1);
  EXPECT_EQ(r.agenda(3).item_id(), 3);
  EXPECT_EQ(r.agenda(3).sitting_id(), 2);
  // Polls: the open one names its voters, the secret one only counts.
  ASSERT_EQ(r.polls_size(), 3);
  const auto& open = r.polls(0);
  EXPECT_FALSE(open.secret());
  EXPECT_EQ(open.questions(0).choices(0).count(), 2);
  ASSERT_EQ(open.questions(0).choices(0).delegates_size(), 2);
  EXPECT_EQ(open.questions(0).choices(0).delegates(0), "Nguyễn Thị Hồng");
  EXPECT_EQ(open.questions(0).choices(1).delegates(0), "Hoàng Đức Thắng");
  EXPECT_FALSE(open.questions(0).passed()) << "2 of 5 is not more than half of all delegates";
  const auto& secret = r.polls(1);
  EXPECT_TRUE(secret.secret());
  EXPECT_EQ(secret.ballots(), 3);
  int counted = 0;
  for (const auto& c : secret.questions(0).choices()) {
    counted += c.count();
    EXPECT_EQ(c.delegates_size(), 0);
  }
  EXPECT_EQ(counted, 3);
  EXPECT_EQ(secret.not_voted_size(), 0);
  EXPECT_EQ(r.polls(2).cancel_reason(), "Chuyển sang kỳ họp sau");
  // Questioning: asked and answered in sitting 2, one questioner unsatisfied.
  ASSERT_EQ(r.questions_size(), 2);
  EXPECT_EQ(r.questions(0).questioner(), "Phạm Thị Thu Hương");
  EXPECT_EQ(r.questions(0).respondent(),
            "Đỗ Minh Tuấn, Chủ tịch UBND phường (UBND phường Ba Đình)");
  EXPECT_EQ(r.questions(0).group(), "Trật tự đô thị");
  EXPECT_EQ(r.questions(0).satisfaction(), "chưa hài lòng");
  EXPECT_EQ(r.questions(1).satisfaction(), "hài lòng");
  for (const auto& q : r.questions()) {
    EXPECT_LT(q.asked_at(), q.answered_at()) << q.question_id();
    EXPECT_EQ(q.status(), "đã trả lời");
  }
  ASSERT_EQ(r.conclusions_size(), 1);
  EXPECT_EQ(r.conclusions(0).group(), "Trật tự đô thị");
  ASSERT_EQ(r.conclusions(0).commitments_size(), 1);
  EXPECT_EQ(r.conclusions(0).commitments(0).agency(), "UBND phường Ba Đình");
  EXPECT_EQ(r.conclusions(0).commitments(0).due(), "2025-09-30");
}

TEST_F(RecordsTest, ASittingsRecordHasOnlyThatSitting) {
  const v1::SessionRecord r = Record(2);
  EXPECT_EQ(r.covered().sitting_id(), 2);
  ASSERT_EQ(r.sittings_size(), 1);
  EXPECT_EQ(r.sittings(0).id(), 2);
  for (const auto& t : r.turns()) EXPECT_EQ(t.sitting_id(), 2);
  for (const auto& a : r.agenda()) EXPECT_EQ(a.sitting_id(), 2);
  for (const auto& p : r.polls()) EXPECT_NE(p.sitting_id(), 1);
  EXPECT_EQ(r.questions_size(), 2);
  EXPECT_EQ(r.conclusions_size(), 1);
  const v1::SessionRecord first = Record(1);
  EXPECT_EQ(first.questions_size(), 0) << "asked in sitting 2";
  EXPECT_EQ(first.conclusions_size(), 0) << "recorded in sitting 2";
  for (const auto& a : r.attendance_summary()) {
    EXPECT_EQ(a.present() + a.online() + a.excused() + a.absent(), 1) << a.full_name();
  }
}

TEST_F(RecordsTest, TheRecordListsThePapersReceiptsAndOverrides) {
  const v1::SessionRecord r = Record();
  // One row per version, in agenda order, the confidential paper without a file.
  ASSERT_EQ(r.documents_size(), 4);
  const auto& submission = r.documents(0);
  EXPECT_EQ(submission.kind(), "Tờ trình");
  EXPECT_EQ(submission.number(), "45/TTr-UBND");
  EXPECT_EQ(submission.timeliness(), "muộn 7 ngày");
  EXPECT_EQ(submission.days_late(), 7);
  EXPECT_EQ(submission.original_file_name(), "to-trinh-45.docx");
  EXPECT_EQ(submission.received(), 1);
  EXPECT_EQ(submission.opened(), 1);
  const auto& secret = r.documents(1);
  EXPECT_TRUE(secret.confidential());
  EXPECT_EQ(secret.version(), 0);
  EXPECT_EQ(secret.digest(), "");
  const auto& v1 = r.documents(2);
  const auto& v2 = r.documents(3);
  EXPECT_EQ(v1.version(), 1);
  EXPECT_EQ(v1.replaced_at(), v2.published_at()) << "sending v2 replaced v1";
  EXPECT_EQ(v2.replaced_at(), "");
  // Every roster delegate for each published, non-confidential version; the retried
  // "opened" counted once.
  EXPECT_EQ(r.receipts_size(), 3 * 5);
  int opened_v2 = 0;
  for (const auto& rc : r.receipts()) {
    if (rc.document_id() == 2 && rc.version() == 2 && rc.opened()) ++opened_v2;
  }
  EXPECT_EQ(opened_v2, 1);
  ASSERT_EQ(r.dossier_overrides_size(), 2);
  const auto& o = r.dossier_overrides(0);
  EXPECT_EQ(o.poll_id(), 1);
  EXPECT_EQ(o.reason(), "Nghị quyết phải thông qua tại kỳ họp này để kịp giao dự toán năm 2026");
  ASSERT_EQ(o.defects_size(), 1);
  EXPECT_EQ(o.defects(0), "Dự thảo nghị quyết: gửi muộn 7 ngày (hạn 05/07/2025)");
  EXPECT_EQ(o.by(), "Chủ tọa Trần Văn Chính (Chủ tọa)");
  // Papers belong to the session; a sitting's record has only its polls' overrides.
  EXPECT_EQ(Record(1).documents_size(), 0);
  EXPECT_EQ(Record(1).dossier_overrides_size(), 2);
  EXPECT_EQ(Record(2).dossier_overrides_size(), 0);

  const auto paragraphs = MinutesParagraphs(LayoutMinutes(r));
  auto has = [&paragraphs](const std::string& text) {
    return std::find(paragraphs.begin(), paragraphs.end(), text) != paragraphs.end();
  };
  EXPECT_TRUE(has("VIII. TÀI LIỆU VÀ HỒ SƠ CÁC NỘI DUNG"));
  EXPECT_TRUE(has("muộn 7 ngày"));
  EXPECT_TRUE(has("sha256:aaaaaaaaaaaa…"));
  EXPECT_TRUE(has("bản giấy"));
  bool override_told = false;
  for (const auto& p : paragraphs) {
    override_told =
        override_told || (p.find("cho mở biểu quyết “Thông qua Nghị quyết") != std::string::npos &&
                          p.find("Lý do: Nghị quyết phải thông qua") != std::string::npos &&
                          p.find("gửi muộn 7 ngày") != std::string::npos);
  }
  EXPECT_TRUE(override_told);
  const auto sitting2 = MinutesParagraphs(LayoutMinutes(Record(2)));
  EXPECT_EQ(std::find(sitting2.begin(), sitting2.end(), "VIII. TÀI LIỆU VÀ HỒ SƠ CÁC NỘI DUNG"),
            sitting2.end());
}

TEST_F(RecordsTest, AnEarlierSeqGivesTheEarlierRecord) {
  const v1::SessionRecord early = [&] {
    auto reader = store::LogReader::Open(db());
    return *RecordFromLog(**reader, testing::kScriptedSessionId, 0, 10);
  }();
  EXPECT_EQ(early.covered().last_seq(), 10);
  EXPECT_TRUE(early.polls().empty());
  EXPECT_NE(early.covered().last_hash(), Record().covered().last_hash());
}

TEST_F(RecordsTest, BadRequestsNameTheField) {
  auto reader = store::LogReader::Open(db());
  v1::ExportRecordRequest req;
  req.set_session_id(testing::kScriptedSessionId);
  auto r = ExportFromLog(**reader, req);
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("format"), std::string::npos);
  req.set_format(v1::EXPORT_FORMAT_JSON);
  req.set_sitting_id(9);
  r = ExportFromLog(**reader, req);
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("sitting_id 9"), std::string::npos);
  req.set_sitting_id(0);
  req.set_up_to_seq(events_ + 1);
  r = ExportFromLog(**reader, req);
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("up_to_seq"), std::string::npos);
  req.set_up_to_seq(0);
  req.set_session_id(77);
  r = ExportFromLog(**reader, req);
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

const std::vector<std::string> kSections = {
    "I. THỜI GIAN, ĐỊA ĐIỂM",   "II. THÀNH PHẦN THAM DỰ",          "III. NỘI DUNG VÀ DIỄN BIẾN",
    "IV. CÁC Ý KIẾN PHÁT BIỂU", "V. CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN", "VI. KẾT LUẬN VÀ CAM KẾT",
    "VII. KẾT QUẢ BIỂU QUYẾT"};

TEST_F(RecordsTest, DocxIsAPackageWithTheMinutesInOrder) {
  ExportedFile f = Export(v1::EXPORT_FORMAT_DOCX);
  EXPECT_EQ(f.bytes.substr(0, 2), "PK");
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
        "word/_rels/document.xml.rels", "docProps/core.xml"}) {
    EXPECT_TRUE(ReadZipEntry(f.bytes, part).ok()) << part;
  }
  auto paragraphs = DocxParagraphs(f.bytes);
  ASSERT_TRUE(paragraphs.ok()) << paragraphs.status().ToString();
  EXPECT_EQ(*paragraphs, MinutesParagraphs(LayoutMinutes(Record())));
  std::vector<std::string> expected_start = {"HỘI ĐỒNG NHÂN DÂN",
                                             "PHƯỜNG BA ĐÌNH",
                                             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                             "Độc lập - Tự do - Hạnh phúc",
                                             "Hà Nội, ngày 12 tháng 7 năm 2025",
                                             "BIÊN BẢN"};
  ASSERT_GE(paragraphs->size(), expected_start.size());
  for (size_t i = 0; i < expected_start.size(); ++i) EXPECT_EQ((*paragraphs)[i], expected_start[i]);
  size_t at = 0;
  for (const auto& section : kSections) {
    auto it = std::find(paragraphs->begin() + at, paragraphs->end(), section);
    ASSERT_NE(it, paragraphs->end()) << section << " missing or out of order";
    at = it - paragraphs->begin();
  }
  EXPECT_EQ(paragraphs->at(paragraphs->size() - 4), "THƯ KÝ KỲ HỌP");
  EXPECT_EQ(paragraphs->at(paragraphs->size() - 2), "CHỦ TỌA");
  // The same record always gives the same bytes (fixed entry times in the package).
  EXPECT_EQ(Export(v1::EXPORT_FORMAT_DOCX).bytes, f.bytes);
}

TEST_F(RecordsTest, LibreOfficeConvertsTheDocx) {
  const fs::path docx = *dir_ / "minutes.docx";
  WriteAll(docx, Export(v1::EXPORT_FORMAT_DOCX).bytes);
  const fs::path out = *dir_ / "lo";
  std::string log;
  // A private profile, so the test neither needs nor touches a user's LibreOffice.
  const int rc =
      Shell("soffice -env:UserInstallation=file://" + (*dir_ / "lo-profile").string() +
                " --headless --convert-to txt:Text --outdir " + out.string() + " " + docx.string(),
            &log);
  ASSERT_EQ(rc, 0) << log;
  const std::string text = ReadAll(out / "minutes.txt");
  EXPECT_NE(text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), std::string::npos) << log;
  EXPECT_NE(text.find("BIÊN BẢN"), std::string::npos);
  for (const auto& s : kSections) EXPECT_NE(text.find(s), std::string::npos) << s;
}

TEST_F(RecordsTest, PdfTextKeepsTheVietnameseLetters) {
  ExportedFile f = Export(v1::EXPORT_FORMAT_PDF);
  EXPECT_EQ(f.bytes.substr(0, 5), "%PDF-");
  const fs::path pdf = *dir_ / "minutes.pdf";
  WriteAll(pdf, f.bytes);
  std::string text;
  ASSERT_EQ(Shell("pdftotext -enc UTF-8 " + pdf.string() + " -", &text), 0) << text;
  for (const char* s :
       {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN",
        "Nguyễn Thị Hồng", "Phạm Thị Thu Hương", "Hoàng Đức Thắng", "Vũ Ngọc Ánh",
        "Đi công tác tại Đà Nẵng", "THƯ KÝ KỲ HỌP", "CHỦ TỌA", "VII. KẾT QUẢ BIỂU QUYẾT",
        "chưa hài lòng", "Hoàn thành lập lại trật tự vỉa hè"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s;
  }
}

// However the log came to carry a secret poll's named votes (it cannot: Decide refuses
// them), no export shows one.
TEST_F(RecordsTest, NoExportLinksASecretChoiceToADelegate) {
  auto reader = store::LogReader::Open(db());
  auto events = ReadSessionStream(**reader, testing::kScriptedSessionId, 0);
  ASSERT_TRUE(events.ok());
  int tampered = 0;
  for (auto& e : *events) {
    if (e.has_poll_closed() && e.poll_closed().poll_id() == 2) {
      for (int64_t d : {1, 2, 4}) {
        auto* nv = e.mutable_poll_closed()->mutable_result()->add_named();
        nv->set_delegate_id(d);
        auto* m = nv->mutable_ballot()->add_marks();
        m->set_question_id(1);
        m->add_choice_ids(d == 2 ? 2 : 1);
      }
      ++tampered;
    }
  }
  ASSERT_EQ(tampered, 1);
  auto record = BuildRecord(*events, 0);
  ASSERT_TRUE(record.ok());
  const auto& secret = record->polls(1);
  ASSERT_TRUE(secret.secret());
  for (const auto& q : secret.questions()) {
    for (const auto& c : q.choices()) EXPECT_EQ(c.delegates_size(), 0) << c.label();
  }
  EXPECT_EQ(secret.not_voted_size(), 0);
  // CSV: no named row for poll 2.
  auto csv = RenderRecord(*record, v1::EXPORT_FORMAT_CSV);
  ASSERT_TRUE(csv.ok());
  const std::string& text = csv->bytes;
  const size_t named = text.find("# named_votes");
  const size_t after = text.find("\r\n\r\n", named);
  EXPECT_EQ(text.substr(named, after - named).find("\r\n2,"), std::string::npos);
  // Minutes: the secret poll's part names nobody.
  const auto paragraphs = MinutesParagraphs(LayoutMinutes(*record));
  bool in_secret = false;
  for (const auto& p : paragraphs) {
    if (p.rfind("2. Bỏ phiếu tín nhiệm", 0) == 0)
      in_secret = true;
    else if (p.rfind("3. ", 0) == 0)
      in_secret = false;
    if (!in_secret) continue;
    for (const char* name : {"Nguyễn Thị Hồng", "Lê Văn Dũng", "Hoàng Đức Thắng"}) {
      EXPECT_EQ(p.find(name), std::string::npos) << p;
    }
  }
}

TEST(MinutesHeadingTest, TheCouncilIsNamedOnTwoLinesInCapitals) {
  EXPECT_EQ(CouncilLocality("Hội đồng nhân dân tỉnh Nghệ An"), "TỈNH NGHỆ AN");
  EXPECT_EQ(CouncilLocality("Hội đồng nhân dân Thành phố Hà Nội"), "THÀNH PHỐ HÀ NỘI");
  EXPECT_EQ(CouncilLocality("HĐND phường Ba Đình"), "PHƯỜNG BA ĐÌNH");
  EXPECT_EQ(CouncilLocality("Hội đồng nhân dân"), "HỘI ĐỒNG NHÂN DÂN") << "nothing after it";
  EXPECT_EQ(CouncilLocality("Thường trực xã Ỷ La"), "THƯỜNG TRỰC XÃ Ỷ LA");
}

}  // namespace
}  // namespace dienhong::records
