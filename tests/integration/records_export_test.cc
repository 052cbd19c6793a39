// Record exports over real gRPC against the real server binary: the stream's shape
// (progress, then one header, then the file in chunks), what the file covers (the last
// event's seq and chain hash, checked against the database), who may export, and bad
// input refused with the field named.
#include <gtest/gtest.h>

#include "dienhong/v1/records_service.grpc.pb.h"
#include "server/records/json_export.h"
#include "server/store/chain.h"
#include "server/store/log_reader.h"
#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

struct Received {
  grpc::Status status;
  std::vector<v1::ExportProgress> progress;
  int headers = 0;
  bool progress_after_header = false;
  v1::ExportFileHeader header;
  std::string bytes;
};

class RecordsExportTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    records_ = v1::RecordsService::NewStub(stubs_->channel);
  }
  void TearDown() override {
    records_.reset();  // holds the channel, which the server's graceful stop waits for
    IntegrationTest::TearDown();
  }

  Received Export(const Caller& caller, int64_t session, v1::ExportFormat format,
                  int64_t sitting = 0) {
    v1::ExportRecordRequest req;
    req.set_session_id(session);
    req.set_sitting_id(sitting);
    req.set_format(format);
    auto ctx = caller.Context(std::chrono::seconds(60));
    auto reader = records_->ExportRecord(ctx.get(), req);
    Received out;
    v1::ExportChunk chunk;
    while (reader->Read(&chunk)) {
      if (chunk.has_progress()) {
        out.progress.push_back(chunk.progress());
        if (out.headers > 0) out.progress_after_header = true;
      } else if (chunk.has_header()) {
        ++out.headers;
        out.header = chunk.header();
      } else {
        out.bytes += chunk.data();
      }
    }
    out.status = reader->Finish();
    return out;
  }

  std::unique_ptr<v1::RecordsService::Stub> records_;
};

TEST_F(RecordsExportTest, TheSecretaryGetsTheRecordWithProgressAndTheHashItCovers) {
  CouncilWorld w = MakeCouncil("hue", 5, 3);
  const int64_t session = CreateSession(w.secretary, w.council_id);
  Convene(w.chair, session);
  OpenSitting(w.chair, session, 1);
  for (const Caller& d : w.delegate_callers) CheckIn(d, session);
  RecordAttendance(w.secretary, session, w.delegates[4].id(), v1::ATTENDANCE_STATUS_EXCUSED,
                   "Đi công tác");
  SetCurrentItem(w.chair, session, 1);
  const int64_t last_seq = GetSession(w.secretary, session).last_seq();

  Received json = Export(w.secretary, session, v1::EXPORT_FORMAT_JSON);
  ASSERT_TRUE(json.status.ok()) << Describe(json.status);
  ASSERT_FALSE(json.progress.empty());
  EXPECT_EQ(json.progress.back().stage(), "render");
  EXPECT_FALSE(json.progress_after_header);
  ASSERT_EQ(json.headers, 1);
  EXPECT_EQ(json.header.media_type(), "application/json");
  EXPECT_EQ(json.header.size(), static_cast<int64_t>(json.bytes.size()));
  EXPECT_EQ(json.header.covered().last_seq(), last_seq);
  auto record = records::RecordFromJson(json.bytes);
  ASSERT_TRUE(record.ok()) << record.status().ToString();
  EXPECT_EQ(record->covered().session_id(), session);
  EXPECT_EQ(record->covered().last_hash(), json.header.covered().last_hash());
  ASSERT_EQ(record->sittings_size(), 2);
  EXPECT_EQ(record->sittings(0).present(), 3);
  EXPECT_EQ(record->sittings(0).excused(), 1);

  // The hash the export names is the one in the log for that event.
  auto reader = store::LogReader::Open(server_->database_path().string());
  ASSERT_TRUE(reader.ok());
  auto events = (*reader)->ReadStream(session, last_seq - 1, 1);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(store::ToHex(events->front().hash()), record->covered().last_hash());

  // The chair gets the minutes of one sitting, as a Word package.
  Received docx = Export(w.chair, session, v1::EXPORT_FORMAT_DOCX, 1);
  ASSERT_TRUE(docx.status.ok()) << Describe(docx.status);
  EXPECT_EQ(docx.bytes.substr(0, 2), "PK");
  EXPECT_EQ(docx.header.covered().sitting_id(), 1);
  EXPECT_EQ(docx.header.file_name(), "bien-ban-ky-hop-" + std::to_string(session) +
                                         "-phien-1-den-su-kien-" + std::to_string(last_seq) +
                                         ".docx");
  Received pdf = Export(w.secretary, session, v1::EXPORT_FORMAT_PDF);
  ASSERT_TRUE(pdf.status.ok()) << Describe(pdf.status);
  EXPECT_EQ(pdf.bytes.substr(0, 5), "%PDF-");
  Received csv = Export(w.secretary, session, v1::EXPORT_FORMAT_CSV);
  ASSERT_TRUE(csv.status.ok()) << Describe(csv.status);
  EXPECT_EQ(csv.bytes.substr(0, 3), "\xEF\xBB\xBF");
}

TEST_F(RecordsExportTest, OnlyTheChairAndTheSecretaryOfTheCouncilMayExport) {
  CouncilWorld w = MakeCouncil("vinh", 4, 1);
  CouncilWorld other = MakeCouncil("vungtau", 4, 0);
  const int64_t session = CreateSession(w.secretary, w.council_id);
  for (const Caller* c : {&w.delegate_callers[0], &w.respondent, &w.display, &w.observer, &admin_,
                          &other.secretary, &other.chair}) {
    Received r = Export(*c, session, v1::EXPORT_FORMAT_JSON);
    EXPECT_EQ(r.status.error_code(), grpc::StatusCode::PERMISSION_DENIED)
        << c->account << ": " << Describe(r.status);
    EXPECT_TRUE(r.bytes.empty());
    EXPECT_EQ(r.headers, 0);
  }
}

TEST_F(RecordsExportTest, BadRequestsAreRefusedNamingTheField) {
  CouncilWorld w = MakeCouncil("camau", 4, 0);
  const int64_t session = CreateSession(w.secretary, w.council_id);
  Received r = Export(w.secretary, session, v1::EXPORT_FORMAT_UNSPECIFIED);
  EXPECT_EQ(r.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(r.status.error_message().find("format"), std::string::npos) << Describe(r.status);
  r = Export(w.secretary, session, v1::EXPORT_FORMAT_JSON, 9);
  EXPECT_EQ(r.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(r.status.error_message().find("sitting_id 9"), std::string::npos) << Describe(r.status);
  EXPECT_TRUE(r.bytes.empty());
  r = Export(w.secretary, session + 100, v1::EXPORT_FORMAT_JSON);
  EXPECT_EQ(r.status.error_code(), grpc::StatusCode::NOT_FOUND) << Describe(r.status);
  r = Export(w.secretary, 0, v1::EXPORT_FORMAT_JSON);
  EXPECT_EQ(r.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << Describe(r.status);
}

}  // namespace
}  // namespace dienhong::it
