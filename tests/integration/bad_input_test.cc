// Bad input is refused with the right status and a message that names the field or the
// rule, and a refused call changes nothing: the session, the council, its delegates and
// the accounts are exactly as before.
#include <google/protobuf/util/message_differencer.h>
#include <grpcpp/generic/generic_stub.h>
#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <tuple>

#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

using google::protobuf::util::MessageDifferencer;

// Everything a refused call might have touched, read back through the API.
struct Observed {
  v1::SessionState session;
  v1::Council council;
  v1::ListDelegatesResponse delegates;
  v1::ListAccountsResponse accounts;
};

class BadInputTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    world_ = MakeCouncil("thanhhoa", 6, 1);
    sid_ = CreateSession(world_.secretary, world_.council_id);
  }

  Observed Observe() {
    Observed o;
    o.session = GetSession(world_.observer, sid_);
    v1::GetCouncilRequest council;
    council.set_council_id(world_.council_id);
    CheckOk(stubs_->councils->GetCouncil(admin_.Context().get(), council, &o.council),
            "GetCouncil");
    v1::ListDelegatesRequest delegates;
    delegates.set_council_id(world_.council_id);
    CheckOk(stubs_->councils->ListDelegates(admin_.Context().get(), delegates, &o.delegates),
            "ListDelegates");
    CheckOk(stubs_->accounts->ListAccounts(admin_.Context().get(), v1::ListAccountsRequest(),
                                           &o.accounts),
            "ListAccounts");
    return o;
  }

  void ExpectUnchanged(const Observed& before) {
    const Observed after = Observe();
    EXPECT_TRUE(MessageDifferencer::Equals(before.session, after.session))
        << "session changed: " << after.session.ShortDebugString();
    EXPECT_EQ(before.session.last_seq(), after.session.last_seq());
    EXPECT_TRUE(MessageDifferencer::Equals(before.council, after.council))
        << "council changed: " << after.council.ShortDebugString();
    EXPECT_TRUE(MessageDifferencer::Equals(before.delegates, after.delegates))
        << "delegates changed";
    EXPECT_TRUE(MessageDifferencer::Equals(before.accounts, after.accounts)) << "accounts changed";
  }

  CouncilWorld world_;
  int64_t sid_ = 0;
};

// The status has `code` and its message mentions `field`.
::testing::AssertionResult Refused(const grpc::Status& status, grpc::StatusCode code,
                                   const std::string& field) {
  if (status.error_code() != code) {
    return ::testing::AssertionFailure()
           << "expected code " << code << ", got " << Describe(status);
  }
  if (status.error_message().find(field) == std::string::npos) {
    return ::testing::AssertionFailure()
           << "message does not name \"" << field << "\": " << status.error_message();
  }
  return ::testing::AssertionSuccess();
}

// Issue 14, item 14: a body that does not parse as the method's message (invalid UTF-8
// in a string field, truncated, random bytes) used to get UNIMPLEMENTED with an empty
// message; docs/api.md promises INVALID_ARGUMENT. Nothing changes either way.
TEST_F(BadInputTest, UndecodableRequestsAreInvalidArgument) {
  const Observed before = Observe();
  grpc::GenericStub generic(stubs_->channel);
  auto call = [&](const std::string& method, const std::string& bytes) {
    grpc::Slice slice(bytes);
    grpc::ByteBuffer request(&slice, 1), response;
    auto ctx = world_.secretary.Context();
    std::mutex mu;
    std::condition_variable cv;
    std::optional<grpc::Status> status;
    generic.UnaryCall(ctx.get(), method, grpc::StubOptions(), &request, &response,
                      [&](grpc::Status s) {
                        std::lock_guard lock(mu);
                        status = std::move(s);
                        cv.notify_all();
                      });
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return status.has_value(); });
    return *status;
  };
  // AddSittingRequest{session_id = sid, sitting{title = "\xC3("}}: a string that is not UTF-8.
  v1::AddSittingRequest valid;
  valid.set_session_id(sid_);
  valid.mutable_command()->mutable_sitting()->set_title("XX");
  std::string invalid_utf8 = valid.SerializeAsString();
  const size_t at = invalid_utf8.find("XX");
  ASSERT_NE(at, std::string::npos);
  invalid_utf8.replace(at, 2, "\xC3(");
  const std::string add_sitting = "/dienhong.v1.SessionService/AddSitting";
  const std::string serialized = valid.SerializeAsString();
  for (const auto& [what, method, bytes] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"invalid UTF-8", add_sitting, invalid_utf8},
           {"truncated", add_sitting, serialized.substr(0, serialized.size() - 1)},
           {"random bytes", add_sitting, std::string("\xff\xff\xff\xff\x0f\x7a\x01", 7)},
           {"invalid UTF-8 in a login", "/dienhong.v1.AuthService/Login",
            std::string("\x0a\x02\xC3(", 4)},
       }) {
    const grpc::Status s = call(method, bytes);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << what << ": " << Describe(s);
    EXPECT_NE(s.error_message().find("không đọc được yêu cầu"), std::string::npos)
        << what << ": " << s.error_message();
  }
  // A method that does not exist is still UNIMPLEMENTED.
  EXPECT_EQ(call("/dienhong.v1.SessionService/NoSuchMethod", serialized).error_code(),
            grpc::StatusCode::UNIMPLEMENTED);
  ExpectUnchanged(before);
}

TEST_F(BadInputTest, UnknownIdsAreNotFound) {
  const Observed before = Observe();
  const auto kNotFound = grpc::StatusCode::NOT_FOUND;
  {
    v1::GetSessionRequest req;
    req.set_session_id(sid_ + 1000);
    v1::SessionState resp;
    EXPECT_TRUE(Refused(stubs_->sessions->GetSession(admin_.Context().get(), req, &resp), kNotFound,
                        "session_id"));
  }
  {
    v1::CheckInRequest req;
    req.set_session_id(sid_ + 1000);
    req.set_request_id(NextRequestId());
    v1::CommandReply resp;
    EXPECT_TRUE(
        Refused(stubs_->attendance->CheckIn(world_.delegate_callers[0].Context().get(), req, &resp),
                kNotFound, "session_id"));
  }
  {
    v1::GetCouncilRequest req;
    req.set_council_id(world_.council_id + 1000);
    v1::Council resp;
    EXPECT_TRUE(Refused(stubs_->councils->GetCouncil(admin_.Context().get(), req, &resp), kNotFound,
                        "council_id"));
  }
  {
    v1::AddDelegateRequest req;
    req.mutable_delegate()->set_council_id(world_.council_id + 1000);
    req.mutable_delegate()->set_full_name("Lê Văn Tám");
    v1::Delegate resp;
    EXPECT_TRUE(Refused(stubs_->councils->AddDelegate(admin_.Context().get(), req, &resp),
                        kNotFound, "council_id"));
  }
  {
    v1::ResetPinRequest req;
    req.set_account_id(99999);
    req.set_pin("975310");
    v1::Account resp;
    EXPECT_TRUE(Refused(stubs_->accounts->ResetPin(admin_.Context().get(), req, &resp), kNotFound,
                        "account_id"));
  }
  {
    v1::RecordAttendanceRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_sitting_id(1);
    req.mutable_command()->set_delegate_id(world_.delegates.back().id() + 1000);
    req.mutable_command()->set_status(v1::ATTENDANCE_STATUS_PRESENT);
    v1::CommandReply resp;
    const grpc::Status status =
        stubs_->attendance->RecordAttendance(world_.secretary.Context().get(), req, &resp);
    EXPECT_TRUE(Refused(status, kNotFound, "delegate_id"));
  }
  {
    v1::SetCurrentItemRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_item_id(99);
    v1::CommandReply resp;
    // The session is only a draft, but the item does not exist either: either answer is
    // a refusal; what matters is that it is not OK and nothing changes.
    const grpc::Status status =
        stubs_->sessions->SetCurrentItem(world_.chair.Context().get(), req, &resp);
    EXPECT_FALSE(status.ok());
  }
  {
    v1::GetQuorumRequest req;
    req.set_session_id(sid_);
    req.set_sitting_id(99);
    v1::QuorumStatus resp;
    EXPECT_TRUE(Refused(stubs_->attendance->GetQuorum(world_.display.Context().get(), req, &resp),
                        kNotFound, "sitting_id"));
  }
  Convene(world_.chair, sid_);
  const Observed convened = Observe();
  {
    v1::OpenSittingRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_sitting_id(99);
    v1::CommandReply resp;
    EXPECT_TRUE(Refused(stubs_->sessions->OpenSitting(world_.chair.Context().get(), req, &resp),
                        kNotFound, "sitting_id"));
  }
  {
    v1::CompleteItemRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_item_id(99);
    v1::CommandReply resp;
    EXPECT_TRUE(Refused(stubs_->sessions->CompleteItem(world_.chair.Context().get(), req, &resp),
                        kNotFound, "item_id"));
  }
  ExpectUnchanged(convened);
  EXPECT_EQ(convened.session.last_seq(), before.session.last_seq() + 1);
}

TEST_F(BadInputTest, EmptyNamesAndTitlesNameTheField) {
  const Observed before = Observe();
  const auto kInvalid = grpc::StatusCode::INVALID_ARGUMENT;
  {
    v1::CreateSessionRequest req;
    req.set_request_id(NextRequestId());
    req.set_council_id(world_.council_id);
    req.set_title("   ");  // blank after trimming
    req.set_kind(v1::SESSION_KIND_THEMATIC);
    v1::CommandReply resp;
    EXPECT_TRUE(
        Refused(stubs_->sessions->CreateSession(world_.secretary.Context().get(), req, &resp),
                kInvalid, "title"));
  }
  {
    v1::AddAgendaItemRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.mutable_command()->mutable_item()->set_kind(v1::AGENDA_ITEM_KIND_REPORT);
    v1::CommandReply resp;
    EXPECT_TRUE(
        Refused(stubs_->sessions->AddAgendaItem(world_.secretary.Context().get(), req, &resp),
                kInvalid, "title"));
  }
  {
    v1::CreateCouncilRequest req;
    req.mutable_council()->set_level(v1::COUNCIL_LEVEL_COMMUNE);
    v1::Council resp;
    EXPECT_TRUE(Refused(stubs_->councils->CreateCouncil(admin_.Context().get(), req, &resp),
                        kInvalid, "name"));
  }
  {
    v1::AddDelegateRequest req;
    req.mutable_delegate()->set_council_id(world_.council_id);
    req.mutable_delegate()->set_seat("B-1");
    v1::Delegate resp;
    EXPECT_TRUE(Refused(stubs_->councils->AddDelegate(world_.secretary.Context().get(), req, &resp),
                        kInvalid, "full_name"));
  }
  {
    v1::CreateAccountRequest req;
    req.mutable_account()->set_name("thanhhoa.moi");
    req.mutable_account()->set_role(v1::ROLE_OBSERVER);
    req.mutable_account()->set_council_id(world_.council_id);
    req.set_pin(kUserPin);
    v1::Account resp;
    EXPECT_TRUE(Refused(stubs_->accounts->CreateAccount(admin_.Context().get(), req, &resp),
                        kInvalid, "display_name"));
  }
  {
    v1::LoginRequest req;
    req.set_pin(kUserPin);
    v1::LoginResponse resp;
    grpc::ClientContext ctx;
    EXPECT_TRUE(Refused(stubs_->auth->Login(&ctx, req, &resp), kInvalid, "account"));
  }
  {
    // An import with one bad row among good ones adds nothing and names the row.
    v1::ImportDelegatesRequest req;
    req.set_council_id(world_.council_id);
    req.add_delegates()->set_full_name("Trịnh Văn Quyết");
    req.add_delegates()->set_full_name("");
    req.add_delegates()->set_full_name("Lý Thị Ngọc");
    v1::ImportDelegatesResponse resp;
    ASSERT_TRUE(
        stubs_->councils->ImportDelegates(world_.secretary.Context().get(), req, &resp).ok());
    EXPECT_EQ(resp.delegates_size(), 0);
    ASSERT_EQ(resp.errors_size(), 1) << resp.ShortDebugString();
    EXPECT_EQ(resp.errors(0).row(), 1);
    EXPECT_EQ(resp.errors(0).field(), "full_name");
  }
  ExpectUnchanged(before);
}

TEST_F(BadInputTest, OutOfRangeValuesAreInvalidArgument) {
  const Observed before = Observe();
  const auto kInvalid = grpc::StatusCode::INVALID_ARGUMENT;
  {
    v1::SetQuorumRuleRequest req;
    req.set_council_id(world_.council_id);
    req.mutable_quorum()->set_numerator(0);
    req.mutable_quorum()->set_denominator(0);
    v1::Council resp;
    EXPECT_TRUE(
        Refused(stubs_->councils->SetQuorumRule(world_.secretary.Context().get(), req, &resp),
                kInvalid, "quorum"));
    req.mutable_quorum()->set_numerator(4);
    req.mutable_quorum()->set_denominator(3);  // could never be met
    EXPECT_TRUE(
        Refused(stubs_->councils->SetQuorumRule(world_.secretary.Context().get(), req, &resp),
                kInvalid, "quorum"));
  }
  {
    v1::AddAgendaItemRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.mutable_command()->mutable_item()->set_kind(v1::AGENDA_ITEM_KIND_DISCUSSION);
    req.mutable_command()->mutable_item()->set_title("Thảo luận tổ");
    req.mutable_command()->mutable_item()->set_planned_minutes(-1);
    v1::CommandReply resp;
    EXPECT_TRUE(
        Refused(stubs_->sessions->AddAgendaItem(world_.secretary.Context().get(), req, &resp),
                kInvalid, "planned_minutes"));
  }
  {
    v1::CreateSessionRequest req;
    req.set_request_id(NextRequestId());
    req.set_council_id(world_.council_id);
    req.set_title("Kỳ họp chuyên đề");
    req.set_kind(v1::SESSION_KIND_THEMATIC);
    v1::AgendaItem* item = req.add_agenda();
    item->set_kind(v1::AGENDA_ITEM_KIND_REPORT);
    item->set_title("Báo cáo");
    item->set_planned_minutes(-1);
    v1::CommandReply resp;
    EXPECT_TRUE(
        Refused(stubs_->sessions->CreateSession(world_.secretary.Context().get(), req, &resp),
                kInvalid, "planned_minutes"));
  }
  {
    v1::CreateAccountRequest req;
    req.mutable_account()->set_name("NguyenVanA");  // capitals are not allowed
    req.mutable_account()->set_display_name("Nguyễn Văn A");
    req.mutable_account()->set_role(v1::ROLE_OBSERVER);
    req.mutable_account()->set_council_id(world_.council_id);
    req.set_pin(kUserPin);
    v1::Account resp;
    EXPECT_TRUE(Refused(stubs_->accounts->CreateAccount(admin_.Context().get(), req, &resp),
                        kInvalid, "name"));
    req.mutable_account()->set_name("nguyenvana");
    req.set_pin("12345");  // one short of the minimum
    EXPECT_TRUE(Refused(stubs_->accounts->CreateAccount(admin_.Context().get(), req, &resp),
                        kInvalid, "pin"));
  }
  {
    v1::ResetPinRequest req;
    req.set_account_id(world_.observer.account_id);
    req.set_pin("123");
    v1::Account resp;
    EXPECT_TRUE(
        Refused(stubs_->accounts->ResetPin(admin_.Context().get(), req, &resp), kInvalid, "pin"));
    // The refused reset did not revoke the account's tokens.
    v1::WhoAmIResponse who;
    EXPECT_TRUE(
        stubs_->auth->WhoAmI(world_.observer.Context().get(), v1::WhoAmIRequest(), &who).ok());
  }
  {
    v1::SubscribeRequest req;
    req.set_session_id(sid_);
    req.set_after_seq(-5);
    auto ctx = world_.display.Context();
    auto reader = stubs_->live->Subscribe(ctx.get(), req);
    v1::LiveMessage message;
    // A negative position is not a position: refused, or treated as "from the start".
    if (reader->Read(&message)) {
      EXPECT_TRUE(message.has_snapshot());
      ctx->TryCancel();
    }
    reader->Finish();
  }
  ExpectUnchanged(before);
}

TEST_F(BadInputTest, WrongStateIsFailedPreconditionAndARefusalDoesNotUseUpTheRequestId) {
  const auto kPrecondition = grpc::StatusCode::FAILED_PRECONDITION;
  Observed before = Observe();
  v1::OpenSittingRequest open;
  open.set_session_id(sid_);
  open.set_request_id("mo-phien-1");
  open.mutable_command()->set_sitting_id(1);
  v1::CommandReply reply;
  EXPECT_TRUE(Refused(stubs_->sessions->OpenSitting(world_.chair.Context().get(), open, &reply),
                      kPrecondition, "triệu tập"));
  {
    v1::CloseSessionRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    EXPECT_EQ(
        stubs_->sessions->CloseSession(world_.chair.Context().get(), req, &reply).error_code(),
        kPrecondition);
  }
  ExpectUnchanged(before);

  Convene(world_.chair, sid_);
  before = Observe();
  {
    v1::ConveneSessionRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    EXPECT_EQ(stubs_->sessions->ConveneSession(world_.secretary.Context().get(), req, &reply)
                  .error_code(),
              kPrecondition);
  }
  {
    v1::CheckInRequest req;
    req.set_session_id(sid_);
    req.set_request_id("diem-danh-som");
    v1::CommandReply resp;
    EXPECT_EQ(stubs_->attendance->CheckIn(world_.delegate_callers[0].Context().get(), req, &resp)
                  .error_code(),
              kPrecondition)
        << "no sitting is open yet";
  }
  {
    v1::GetQuorumRequest req;
    req.set_session_id(sid_);
    v1::QuorumStatus resp;
    EXPECT_EQ(
        stubs_->attendance->GetQuorum(world_.display.Context().get(), req, &resp).error_code(),
        kPrecondition);
  }
  ExpectUnchanged(before);

  // The refused OpenSitting was not remembered under its request id: now that the session
  // is convened, the same id runs the command for real.
  grpc::Status status = stubs_->sessions->OpenSitting(world_.chair.Context().get(), open, &reply);
  ASSERT_TRUE(status.ok()) << Describe(status);
  EXPECT_FALSE(reply.replayed());
  EXPECT_EQ(reply.seq(), before.session.last_seq() + 1);

  before = Observe();
  {
    v1::RecordAttendanceRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_delegate_id(world_.delegates[2].id());
    req.mutable_command()->set_status(v1::ATTENDANCE_STATUS_EXCUSED);  // but no reason
    v1::CommandReply resp;
    EXPECT_TRUE(
        Refused(stubs_->attendance->RecordAttendance(world_.secretary.Context().get(), req, &resp),
                grpc::StatusCode::INVALID_ARGUMENT, "reason"));
  }
  {
    v1::CheckInRequest req;
    req.set_session_id(sid_);
    req.set_request_id(NextRequestId());
    req.set_status(v1::ATTENDANCE_STATUS_EXCUSED);  // a delegate cannot excuse themself
    v1::CommandReply resp;
    EXPECT_TRUE(
        Refused(stubs_->attendance->CheckIn(world_.delegate_callers[0].Context().get(), req, &resp),
                grpc::StatusCode::INVALID_ARGUMENT, "status"));
  }
  ExpectUnchanged(before);
}

TEST_F(BadInputTest, WrongPinIsUnauthenticatedAndFiveLockTheAccount) {
  v1::LoginRequest req;
  req.set_account(world_.observer.account);
  req.set_pin("000000");
  for (int attempt = 1; attempt <= 4; ++attempt) {
    v1::LoginResponse resp;
    grpc::ClientContext ctx;
    grpc::Status status = stubs_->auth->Login(&ctx, req, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED)
        << "attempt " << attempt << ": " << Describe(status);
    EXPECT_TRUE(resp.token().empty());
  }
  {
    v1::LoginResponse resp;
    grpc::ClientContext ctx;
    grpc::Status status = stubs_->auth->Login(&ctx, req, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED)
        << "the fifth wrong PIN locks the account: " << Describe(status);
  }
  // Locked: even the right PIN is refused now.
  req.set_pin(kUserPin);
  v1::LoginResponse resp;
  grpc::ClientContext ctx;
  grpc::Status status = stubs_->auth->Login(&ctx, req, &resp);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED) << Describe(status);
  EXPECT_TRUE(resp.token().empty());
  // An unknown account gets the same answer as a wrong PIN (names cannot be probed).
  req.set_account("khong.ton.tai");
  grpc::ClientContext ctx2;
  EXPECT_EQ(stubs_->auth->Login(&ctx2, req, &resp).error_code(), grpc::StatusCode::UNAUTHENTICATED);

  // The administrator's reset lifts the lock.
  v1::ResetPinRequest reset;
  reset.set_account_id(world_.observer.account_id);
  reset.set_pin("864200");
  v1::Account account;
  ASSERT_TRUE(stubs_->accounts->ResetPin(admin_.Context().get(), reset, &account).ok());
  Login(world_.observer.account, "864200");
  // The reset revoked the tokens issued before it.
  v1::WhoAmIResponse who;
  EXPECT_EQ(
      stubs_->auth->WhoAmI(world_.observer.Context().get(), v1::WhoAmIRequest(), &who).error_code(),
      grpc::StatusCode::UNAUTHENTICATED);
}

}  // namespace
}  // namespace dienhong::it
