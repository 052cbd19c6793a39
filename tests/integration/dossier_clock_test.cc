// The dossier's legal time on the server's own clock: papers published on the deadline day
// (exactly N days before the planned opening, Vietnam calendar, at 23:59) are on time, one
// published a minute later (00:01 the next Vietnamese day) is one day late; the gate then
// refuses to open the item's poll without the chair's reason, changing nothing, and opens
// it with one, recording the override for the minutes. The real server runs in process so
// that its Clock can be a ManualClock; everything else is real (socket, SQLite file, files).
#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "common/calendar.h"
#include "common/clock.h"
#include "common/dossier.h"
#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/document_service.grpc.pb.h"
#include "dienhong/v1/records_service.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "dienhong/v1/voting_service.grpc.pb.h"
#include "server/server.h"
#include "tests/server/documents/sample_files.h"

namespace dienhong {
namespace {

using google::protobuf::util::TimeUtil;

constexpr int64_t kMinute = 60LL * 1000000;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t kVietnamOffset = 7 * kHour;
constexpr char kPin[] = "135790";

// The instant of hh:mm on a Vietnamese calendar day (days since 1970-01-01).
int64_t VietnamTime(int64_t day, int hour, int minute) {
  return day * kDay - kVietnamOffset + hour * kHour + minute * kMinute;
}

class DossierClockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dienhong-dossier-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    ServerConfig config;
    config.listen = "127.0.0.1:0";
    config.database = (dir_ / "dienhong.db").string();
    config.admin_pin = kPin;
    config.pin_strength = auth::HashStrength::kMinimum;
    config.token_ttl_hours = 24 * 365;  // the test moves the clock by days
    auto server = Server::Start(config, clock_);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(server).value();
    channel_ = grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->port()),
                                   grpc::InsecureChannelCredentials());
  }
  void TearDown() override {
    channel_.reset();
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::unique_ptr<grpc::ClientContext> As(const std::string& token) {
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->AddMetadata("authorization", "Bearer " + token);
    ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    return ctx;
  }
  std::string Login(const std::string& name) {
    auto auth = v1::AuthService::NewStub(channel_);
    v1::LoginRequest req;
    req.set_account(name);
    req.set_pin(kPin);
    v1::LoginResponse resp;
    grpc::ClientContext ctx;
    const grpc::Status s = auth->Login(&ctx, req, &resp);
    if (!s.ok()) throw std::runtime_error("Login " + name + ": " + s.error_message());
    return resp.token();
  }
  static void Ok(const grpc::Status& s, const std::string& what) {
    if (!s.ok()) throw std::runtime_error(what + ": " + s.error_message());
  }
  std::string NextId() { return "dossier-" + std::to_string(++request_); }

  // Uploads a PDF of `kind` for `item` and publishes it at the clock's current time.
  int64_t UploadAndPublish(const std::string& secretary, int64_t sid, int64_t item,
                           v1::DocumentKind kind, const std::string& title) {
    auto docs = v1::DocumentService::NewStub(channel_);
    const std::string pdf = testing_files::MakePdf(2, "Giay to ky hop");
    v1::CommandReply reply;
    auto ctx = As(secretary);
    auto writer = docs->UploadDocument(ctx.get(), &reply);
    v1::UploadDocumentRequest msg;
    auto* h = msg.mutable_header();
    h->set_request_id(NextId());
    h->set_session_id(sid);
    h->mutable_document()->set_kind(kind);
    h->mutable_document()->set_title(title);
    h->mutable_document()->set_item_id(item);
    h->set_file_name("giay-to.pdf");
    h->set_size_bytes(static_cast<int64_t>(pdf.size()));
    EXPECT_TRUE(writer->Write(msg));
    msg.Clear();
    msg.set_chunk(pdf);
    EXPECT_TRUE(writer->Write(msg));
    writer->WritesDone();
    Ok(writer->Finish(), "UploadDocument " + title);
    const int64_t id = GetSession(secretary, sid).documents().documents().rbegin()->id();
    v1::PublishDocumentRequest pub;
    pub.set_request_id(NextId());
    pub.set_session_id(sid);
    pub.mutable_command()->set_document_id(id);
    Ok(docs->PublishDocument(As(secretary).get(), pub, &reply), "PublishDocument " + title);
    return id;
  }
  v1::SessionState GetSession(const std::string& token, int64_t sid) {
    auto sessions = v1::SessionService::NewStub(channel_);
    v1::GetSessionRequest req;
    req.set_session_id(sid);
    v1::SessionState state;
    Ok(sessions->GetSession(As(token).get(), req, &state), "GetSession");
    return state;
  }

  ManualClock clock_{1'790'000'000LL * 1000000};  // September 2026
  std::filesystem::path dir_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  int request_ = 0;
};

TEST_F(DossierClockTest, DeadlineDayIsOnTimeTheNextDayIsLateAndTheGateNeedsTheChairsReason) {
  auto councils = v1::CouncilService::NewStub(channel_);
  auto accounts = v1::AccountService::NewStub(channel_);
  auto sessions = v1::SessionService::NewStub(channel_);
  auto voting = v1::VotingService::NewStub(channel_);
  const std::string admin = Login("admin");

  v1::CreateCouncilRequest cc;
  cc.mutable_council()->set_name("Hội đồng nhân dân tỉnh Nghệ An");
  cc.mutable_council()->set_level(v1::COUNCIL_LEVEL_PROVINCE);
  v1::Council council;
  Ok(councils->CreateCouncil(As(admin).get(), cc, &council), "CreateCouncil");
  v1::ImportDelegatesRequest imp;
  imp.set_council_id(council.id());
  for (const char* name : {"Nguyễn Thị Hạnh", "Trần Văn Đức", "Lê Thị Thu"}) {
    imp.add_delegates()->set_full_name(name);
  }
  v1::ImportDelegatesResponse delegates;
  Ok(councils->ImportDelegates(As(admin).get(), imp, &delegates), "ImportDelegates");
  auto account = [&](const std::string& name, v1::Role role, int64_t delegate = 0) {
    v1::CreateAccountRequest req;
    req.mutable_account()->set_delegate_id(delegate);
    req.mutable_account()->set_name(name);
    req.mutable_account()->set_display_name(name);
    req.mutable_account()->set_role(role);
    req.mutable_account()->set_council_id(council.id());
    req.set_pin(kPin);
    v1::Account a;
    Ok(accounts->CreateAccount(As(admin).get(), req, &a), "CreateAccount " + name);
    return Login(name);
  };
  const std::string chair = account("chutoa", v1::ROLE_CHAIR);
  const std::string secretary = account("thuky", v1::ROLE_SECRETARY);
  const std::string delegate = account("daibieu", v1::ROLE_DELEGATE, delegates.delegates(0).id());

  // A regular session opening at 08:00 on day D (Vietnam): the default rule is 7 days, so
  // the deadline day is D-7.
  const int64_t today = LocalDayNumber(clock_.NowMicros());
  const int64_t opening_day = today + 20;
  const int64_t deadline_day = opening_day - 7;
  v1::CreateSessionRequest cs;
  cs.set_request_id(NextId());
  cs.set_council_id(council.id());
  cs.set_title("Kỳ họp thứ mười");
  cs.set_kind(v1::SESSION_KIND_REGULAR);
  auto* item = cs.add_agenda();
  item->set_kind(v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION);
  item->set_title("Nghị quyết về dự toán ngân sách năm 2027");
  auto* sitting = cs.add_sittings();
  sitting->set_title("Phiên thứ nhất");
  *sitting->mutable_planned_start() =
      TimeUtil::MicrosecondsToTimestamp(VietnamTime(opening_day, 8, 0));
  v1::CommandReply r;
  Ok(sessions->CreateSession(As(secretary).get(), cs, &r), "CreateSession");
  const int64_t sid = r.session_id();

  clock_.Set(VietnamTime(deadline_day, 23, 59));
  const int64_t submission = UploadAndPublish(secretary, sid, 1, v1::DOCUMENT_KIND_SUBMISSION,
                                              "Tờ trình về dự toán ngân sách");
  const int64_t draft = UploadAndPublish(secretary, sid, 1, v1::DOCUMENT_KIND_DRAFT_RESOLUTION,
                                         "Dự thảo nghị quyết về dự toán ngân sách");
  clock_.Set(VietnamTime(deadline_day + 1, 0, 1));
  const int64_t report = UploadAndPublish(secretary, sid, 1, v1::DOCUMENT_KIND_VERIFICATION_REPORT,
                                          "Báo cáo thẩm tra của Ban kinh tế – ngân sách");

  const v1::DossierChecklist checklist = ForItem(GetSession(chair, sid), 1);
  EXPECT_EQ(checklist.deadline(), FormatIsoDate(deadline_day));
  ASSERT_EQ(checklist.lines_size(), 3);
  EXPECT_EQ(checklist.lines(0).document_id(), submission);
  EXPECT_EQ(checklist.lines(0).status(), v1::PAPER_STATUS_ON_TIME);
  EXPECT_EQ(checklist.lines(1).document_id(), draft);
  EXPECT_EQ(checklist.lines(1).status(), v1::PAPER_STATUS_ON_TIME);
  EXPECT_EQ(checklist.lines(2).document_id(), report);
  EXPECT_EQ(checklist.lines(2).status(), v1::PAPER_STATUS_LATE);
  EXPECT_EQ(checklist.lines(2).days_late(), 1);
  EXPECT_FALSE(checklist.complete());

  // The sitting: convened, opened, a poll prepared on the item.
  clock_.Set(VietnamTime(opening_day, 8, 0));
  v1::ConveneSessionRequest conv;
  conv.set_request_id(NextId());
  conv.set_session_id(sid);
  Ok(sessions->ConveneSession(As(chair).get(), conv, &r), "ConveneSession");
  v1::OpenSittingRequest open;
  open.set_request_id(NextId());
  open.set_session_id(sid);
  open.mutable_command()->set_sitting_id(1);
  Ok(sessions->OpenSitting(As(chair).get(), open, &r), "OpenSitting");
  auto attendance = v1::AttendanceService::NewStub(channel_);
  v1::CheckInRequest in;
  in.set_request_id(NextId());
  in.set_session_id(sid);
  in.set_status(v1::ATTENDANCE_STATUS_PRESENT);
  Ok(attendance->CheckIn(As(delegate).get(), in, &r), "CheckIn");
  v1::CreatePollRequest cp;
  cp.set_request_id(NextId());
  cp.set_session_id(sid);
  cp.mutable_command()->mutable_poll()->set_item_id(1);
  cp.mutable_command()->mutable_poll()->set_title("Thông qua Nghị quyết về dự toán ngân sách");
  cp.mutable_command()->mutable_poll()->set_kind(v1::POLL_KIND_RESOLUTION);
  cp.mutable_command()->mutable_poll()->set_visibility(v1::POLL_VISIBILITY_OPEN);
  Ok(voting->CreatePoll(As(chair).get(), cp, &r), "CreatePoll");
  const v1::SessionState before = GetSession(chair, sid);
  ASSERT_EQ(before.polls_size(), 1);
  const int64_t poll = before.polls(0).id();

  v1::OpenPollRequest op;
  op.set_request_id(NextId());
  op.set_session_id(sid);
  op.set_poll_id(poll);
  const grpc::Status refused = voting->OpenPoll(As(chair).get(), op, &r);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << refused.error_message();
  EXPECT_NE(refused.error_message().find("Báo cáo thẩm tra"), std::string::npos)
      << refused.error_message();
  EXPECT_NE(refused.error_message().find("dossier_override_reason"), std::string::npos)
      << "the refusal names the field that lets the chair go on: " << refused.error_message();
  const v1::SessionState unchanged = GetSession(chair, sid);
  EXPECT_EQ(unchanged.last_seq(), before.last_seq()) << "a refused OpenPoll changes nothing";
  EXPECT_EQ(unchanged.polls(0).status(), before.polls(0).status());

  const std::string reason =
      "Báo cáo thẩm tra đã gửi đại biểu từ ngày hôm trước, đủ thời gian nghiên cứu";
  op.set_request_id(NextId());
  op.set_dossier_override_reason(reason);
  Ok(voting->OpenPoll(As(chair).get(), op, &r), "OpenPoll with the chair's reason");
  const v1::SessionState opened = GetSession(chair, sid);
  EXPECT_EQ(opened.polls(0).status(), v1::POLL_STATUS_OPEN);
  ASSERT_EQ(opened.documents().overrides_size(), 1);
  const v1::DossierOverride& o = opened.documents().overrides(0);
  EXPECT_EQ(o.poll_id(), poll);
  EXPECT_EQ(o.item_id(), 1);
  EXPECT_EQ(o.reason(), reason);
  ASSERT_EQ(o.defects_size(), 1);
  EXPECT_NE(o.defects(0).find("muộn 1 ngày"), std::string::npos) << o.defects(0);

  // The record built from the log carries the override and the late paper.
  auto records = v1::RecordsService::NewStub(channel_);
  v1::ExportRecordRequest er;
  er.set_session_id(sid);
  er.set_format(v1::EXPORT_FORMAT_JSON);
  auto ctx = As(secretary);
  auto reader = records->ExportRecord(ctx.get(), er);
  std::string json;
  v1::ExportChunk chunk;
  while (reader->Read(&chunk)) {
    if (chunk.has_data()) json += chunk.data();
  }
  Ok(reader->Finish(), "ExportRecord");
  EXPECT_NE(json.find(reason), std::string::npos) << "the override's reason is on the record";
}

}  // namespace
}  // namespace dienhong
