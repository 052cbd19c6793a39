// The server derives "overdue" from ITS clock: the real server (in process, so that its
// Clock can be a ManualClock) over a real socket and a real SQLite file. A commitment and
// a carried-over question become overdue when the server's clock passes their due days,
// with no event appended for it.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "common/calendar.h"
#include "common/clock.h"
#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/floor_service.grpc.pb.h"
#include "dienhong/v1/interpellation_service.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "server/server.h"

namespace dienhong {
namespace {

constexpr int64_t kDay = 86400LL * 1000000;
constexpr char kPin[] = "135790";

class FollowUpClockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dienhong-clock-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    ServerConfig config;
    config.listen = "127.0.0.1:0";
    config.database = (dir_ / "dienhong.db").string();
    config.admin_pin = kPin;
    config.pin_strength = auth::HashStrength::kMinimum;
    config.token_ttl_hours = 24 * 365;  // the test moves the clock by weeks
    auto server = Server::Start(config, clock_);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(server).value();
    channel_ = grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->port()),
                                   grpc::InsecureChannelCredentials());
    auth_ = v1::AuthService::NewStub(channel_);
    ip_ = v1::InterpellationService::NewStub(channel_);
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::unique_ptr<grpc::ClientContext> As(const std::string& token) {
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->AddMetadata("authorization", "Bearer " + token);
    ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(15));
    return ctx;
  }
  std::string Login(const std::string& name) {
    v1::LoginRequest req;
    req.set_account(name);
    req.set_pin(kPin);
    v1::LoginResponse resp;
    grpc::ClientContext ctx;
    EXPECT_TRUE(auth_->Login(&ctx, req, &resp).ok()) << name;
    return resp.token();
  }
  // Throws (GoogleTest reports it as a failure and stops the test) unless the call is OK.
  template <typename Call>
  void Ok(Call call, const char* what) {
    grpc::Status st = call();
    if (!st.ok()) throw std::runtime_error(std::string(what) + ": " + st.error_message());
  }

  ManualClock clock_{1'790'000'000LL * 1000000};  // September 2026
  std::filesystem::path dir_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
  std::unique_ptr<v1::InterpellationService::Stub> ip_;
};

TEST_F(FollowUpClockTest, CommitmentsAndCarriedOverQuestionsBecomeOverdueOnTheServersClock) {
  auto councils = v1::CouncilService::NewStub(channel_);
  auto accounts = v1::AccountService::NewStub(channel_);
  auto sessions = v1::SessionService::NewStub(channel_);
  auto floor = v1::FloorService::NewStub(channel_);
  const std::string admin = Login("admin");

  v1::CreateCouncilRequest cc;
  cc.mutable_council()->set_name("Hội đồng nhân dân Thành phố Hà Nội");
  cc.mutable_council()->set_level(v1::COUNCIL_LEVEL_PROVINCE);
  v1::Council council;
  Ok([&] { return councils->CreateCouncil(As(admin).get(), cc, &council); }, "CreateCouncil");
  v1::ImportDelegatesRequest imp;
  imp.set_council_id(council.id());
  for (const char* name : {"Nguyễn Thị Hạnh", "Trần Văn Đức", "Lê Thị Thu"}) {
    imp.add_delegates()->set_full_name(name);
  }
  v1::ImportDelegatesResponse delegates;
  Ok([&] { return councils->ImportDelegates(As(admin).get(), imp, &delegates); }, "Import");
  auto account = [&](const std::string& name, v1::Role role, int64_t delegate = 0) {
    v1::CreateAccountRequest req;
    req.mutable_account()->set_name(name);
    req.mutable_account()->set_display_name(name);
    req.mutable_account()->set_role(role);
    req.mutable_account()->set_council_id(council.id());
    req.mutable_account()->set_delegate_id(delegate);
    req.set_pin(kPin);
    v1::Account a;
    Ok([&] { return accounts->CreateAccount(As(admin).get(), req, &a); }, "CreateAccount");
    return std::make_pair(a.id(), Login(name));
  };
  const auto [chair_id, chair] = account("chutoa", v1::ROLE_CHAIR);
  const auto [secretary_id, secretary] = account("thuky", v1::ROLE_SECRETARY);
  const auto [respondent_id, respondent] = account("giamdoc", v1::ROLE_RESPONDENT);
  const auto [delegate_account, delegate] =
      account("daibieu", v1::ROLE_DELEGATE, delegates.delegates(0).id());

  v1::CreateSessionRequest cs;
  cs.set_council_id(council.id());
  cs.set_title("Kỳ họp thứ tư");
  cs.set_kind(v1::SESSION_KIND_REGULAR);
  cs.add_agenda()->set_title("Chất vấn và trả lời chất vấn");
  cs.mutable_agenda(0)->set_kind(v1::AGENDA_ITEM_KIND_INTERPELLATION);
  cs.add_sittings()->set_title("Phiên chất vấn");
  v1::CommandReply r;
  Ok([&] { return sessions->CreateSession(As(secretary).get(), cs, &r); }, "CreateSession");
  const int64_t sid = r.session_id();
  v1::InviteRespondentRequest inv;
  inv.set_session_id(sid);
  inv.mutable_command()->mutable_respondent()->set_account_id(respondent_id);
  inv.mutable_command()->mutable_respondent()->set_position("Giám đốc Sở Xây dựng");
  inv.mutable_command()->mutable_respondent()->set_agency("Sở Xây dựng");
  Ok([&] { return ip_->InviteRespondent(As(secretary).get(), inv, &r); }, "Invite");
  v1::ConveneSessionRequest conv;
  conv.set_session_id(sid);
  Ok([&] { return sessions->ConveneSession(As(chair).get(), conv, &r); }, "Convene");
  v1::OpenSittingRequest open;
  open.set_session_id(sid);
  open.mutable_command()->set_sitting_id(1);
  Ok([&] { return sessions->OpenSitting(As(chair).get(), open, &r); }, "OpenSitting");
  v1::SetCurrentItemRequest item;
  item.set_session_id(sid);
  item.mutable_command()->set_item_id(1);
  Ok([&] { return sessions->SetCurrentItem(As(chair).get(), item, &r); }, "SetCurrentItem");
  v1::SubmitQuestionRequest q;
  q.set_session_id(sid);
  q.mutable_command()->set_respondent_account_id(respondent_id);
  q.mutable_command()->set_text("Vì sao cấp phép xây dựng chậm?");
  Ok([&] { return ip_->SubmitQuestion(As(delegate).get(), q, &r); }, "Submit");

  const int64_t today = LocalDayNumber(clock_.NowMicros());
  v1::RecordConclusionRequest rc;
  rc.set_session_id(sid);
  rc.mutable_command()->set_text("Giao Sở Xây dựng rút ngắn thời gian cấp phép");
  for (int days : {2, 40}) {
    auto* k = rc.mutable_command()->add_commitments();
    k->set_what("Cam kết hạn " + std::to_string(days) + " ngày");
    k->set_agency("Sở Xây dựng");
    k->set_due_date(FormatIsoDate(today + days));
  }
  Ok([&] { return ip_->RecordConclusion(As(chair).get(), rc, &r); }, "Conclude");
  v1::CloseSittingRequest cls;
  cls.set_session_id(sid);
  cls.mutable_command()->set_sitting_id(1);
  Ok([&] { return sessions->CloseSitting(As(chair).get(), cls, &r); }, "CloseSitting");
  v1::CloseSessionRequest end;
  end.set_session_id(sid);
  Ok([&] { return sessions->CloseSession(As(chair).get(), end, &r); }, "CloseSession");

  auto statuses = [&] {
    v1::ListCommitmentsRequest req;
    req.set_council_id(council.id());
    v1::ListCommitmentsResponse resp;
    EXPECT_TRUE(ip_->ListCommitments(As(secretary).get(), req, &resp).ok());
    std::vector<v1::CommitmentStatus> out;
    for (const auto& v : resp.commitments()) out.push_back(v.status());
    return out;
  };
  auto question_overdue = [&] {
    v1::ListCarriedOverQuestionsRequest req;
    req.set_council_id(council.id());
    v1::ListCarriedOverQuestionsResponse resp;
    EXPECT_TRUE(ip_->ListCarriedOverQuestions(As(respondent).get(), req, &resp).ok());
    EXPECT_EQ(resp.questions_size(), 1) << "asked never: it carries over";
    return resp.questions_size() == 1 && resp.questions(0).overdue();
  };
  using S = std::vector<v1::CommitmentStatus>;
  EXPECT_EQ(statuses(), (S{v1::COMMITMENT_STATUS_OPEN, v1::COMMITMENT_STATUS_OPEN}));
  EXPECT_FALSE(question_overdue());

  clock_.Advance(3 * kDay);
  EXPECT_EQ(statuses(), (S{v1::COMMITMENT_STATUS_OVERDUE, v1::COMMITMENT_STATUS_OPEN}));
  v1::ListCommitmentsRequest overdue_only;
  overdue_only.set_council_id(council.id());
  overdue_only.set_status(v1::COMMITMENT_STATUS_OVERDUE);
  v1::ListCommitmentsResponse overdue;
  Ok([&] { return ip_->ListCommitments(As(chair).get(), overdue_only, &overdue); }, "overdue");
  ASSERT_EQ(overdue.commitments_size(), 1);
  EXPECT_EQ(overdue.commitments(0).commitment().id(), 1);

  clock_.Advance(28 * kDay);  // 31 days after closing: past the 30-day written answer
  EXPECT_TRUE(question_overdue());
  EXPECT_EQ(statuses(), (S{v1::COMMITMENT_STATUS_OVERDUE, v1::COMMITMENT_STATUS_OPEN}));
}

}  // namespace
}  // namespace dienhong
