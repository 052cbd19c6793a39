// Issue 14, item 2, over real gRPC: delegates push a session to their limits with the most
// expensive text there is (4-byte emoji); every next question or floor request is refused
// with RESOURCE_EXHAUSTED naming the limit, and the session stays readable: GetSession
// from a client with the production receive limit (common/limits.h) and from one with
// gRPC's default, and Subscribe, whose snapshot over 1 MiB comes in parts that put
// together give exactly the state GetSession returns.
#include "common/limits.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "dienhong/v1/floor_service.grpc.pb.h"
#include "dienhong/v1/interpellation_service.grpc.pb.h"
#include "tests/integration/fixture.h"
#include "tests/integration/live_reader.h"

namespace dienhong::it {
namespace {

std::string Emoji(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += "\U0001F600";
  return out;
}

class LimitsTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    ip_ = v1::InterpellationService::NewStub(stubs_->channel);
    floor_ = v1::FloorService::NewStub(stubs_->channel);
  }
  void TearDown() override {
    ip_.reset();
    floor_.reset();
    IntegrationTest::TearDown();
  }

  grpc::Status Submit(const Caller& delegate, int64_t sid, int64_t respondent,
                      const std::string& text) {
    v1::SubmitQuestionRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_respondent_account_id(respondent);
    req.mutable_command()->set_text(text);
    v1::CommandReply reply;
    return ip_->SubmitQuestion(delegate.Context().get(), req, &reply);
  }
  grpc::Status RequestAndWithdraw(const Caller& delegate, int64_t sid) {
    v1::RequestFloorRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    req.mutable_command()->set_kind(v1::FLOOR_KIND_CONTRIBUTION);
    v1::CommandReply reply;
    grpc::Status s = floor_->RequestFloor(delegate.Context().get(), req, &reply);
    if (!s.ok()) return s;
    v1::WithdrawRequestRequest w;
    w.set_session_id(sid);
    w.set_request_id(NextRequestId());
    w.mutable_command()->set_request_id(reply.events(0).floor_requested().request().id());
    return floor_->WithdrawRequest(delegate.Context().get(), w, &reply);
  }

  // A channel whose receive limit is `max_receive` (-1: gRPC's default, 4 MiB).
  std::unique_ptr<v1::SessionService::Stub> SessionsWithLimit(int max_receive) {
    grpc::ChannelArguments args;
    if (max_receive > 0) args.SetMaxReceiveMessageSize(max_receive);
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    return v1::SessionService::NewStub(
        grpc::CreateCustomChannel(server_->address(), grpc::InsecureChannelCredentials(), args));
  }

  std::unique_ptr<v1::InterpellationService::Stub> ip_;
  std::unique_ptr<v1::FloorService::Stub> floor_;
};

TEST_F(LimitsTest, DelegatesAtEveryLimitLeaveTheSessionReadable) {
  // Enough delegates at the question limit for a snapshot of more than one part.
  constexpr int kDelegates = 14;
  CouncilWorld world = MakeCouncil("hn", kDelegates, kDelegates);
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Convene(world.chair, sid);
  OpenSitting(world.chair, sid, 1);
  SetCurrentItem(world.chair, sid, 1);
  {
    v1::InviteRespondentRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    auto* r = req.mutable_command()->mutable_respondent();
    r->set_account_id(world.respondent.account_id);
    r->set_position("Giám đốc Sở Xây dựng");
    r->set_agency("Sở Xây dựng");
    v1::CommandReply reply;
    CheckOk(ip_->InviteRespondent(world.secretary.Context().get(), req, &reply), "Invite");
  }

  // Every delegate spends the whole character budget on the allowed number of questions.
  const std::string text = Emoji(kMaxTypedCharsPerDelegate / kMaxQuestionsPerDelegate);
  std::vector<std::thread> threads;
  std::vector<std::string> failures(kDelegates);
  for (int d = 0; d < kDelegates; ++d) {
    threads.emplace_back([&, d] {
      for (int i = 0; i < kMaxQuestionsPerDelegate && failures[d].empty(); ++i) {
        grpc::Status s = Submit(world.delegate_callers[d], sid, world.respondent.account_id, text);
        if (!s.ok()) failures[d] = "question " + std::to_string(i) + ": " + Describe(s);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& f : failures) EXPECT_EQ(f, "");
  // The first delegate also uses every floor request.
  for (int i = 0; i < kMaxFloorRequestsPerDelegate; ++i) {
    grpc::Status s = RequestAndWithdraw(world.delegate_callers[0], sid);
    ASSERT_TRUE(s.ok()) << "floor request " << i << ": " << Describe(s);
  }

  // The next of each is refused, naming the limit.
  grpc::Status s = Submit(world.delegate_callers[0], sid, world.respondent.account_id, "thêm");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << Describe(s);
  EXPECT_NE(s.error_message().find("tối đa " + std::to_string(kMaxQuestionsPerDelegate)),
            std::string::npos)
      << s.error_message();
  s = RequestAndWithdraw(world.delegate_callers[0], sid);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << Describe(s);

  // GetSession: the production limit, and gRPC's default.
  v1::GetSessionRequest get;
  get.set_session_id(sid);
  v1::SessionState production, fallback;
  CheckOk(SessionsWithLimit(kMaxMessageBytes)
              ->GetSession(world.delegate_callers[1].Context().get(), get, &production),
          "GetSession (production limit)");
  CheckOk(
      SessionsWithLimit(-1)->GetSession(world.delegate_callers[1].Context().get(), get, &fallback),
      "GetSession (default limit)");
  EXPECT_EQ(production.interpellation().questions_size(), kDelegates * kMaxQuestionsPerDelegate);
  EXPECT_EQ(production.floor().requests_size(), kMaxFloorRequestsPerDelegate);
  const size_t state_bytes = production.ByteSizeLong();
  EXPECT_GT(state_bytes, kSnapshotPartBytes) << "the test needs a snapshot of several parts";

  // Subscribe with parts: several messages, each under the part size, that make the state.
  {
    LiveReader parts(*stubs_->live, world.delegate_callers[2], sid, 0, true, true);
    ASSERT_TRUE(parts.WaitForSeq(production.last_seq()));
    EXPECT_EQ(parts.snapshot_parts_received(),
              static_cast<int>((state_bytes + kSnapshotPartBytes - 1) / kSnapshotPartBytes));
    auto messages = parts.Messages();
    ASSERT_FALSE(messages.empty());
    ASSERT_TRUE(messages[0].has_snapshot());
    EXPECT_EQ(messages[0].snapshot().SerializeAsString(), production.SerializeAsString());
  }
  // A respondent's redacted snapshot is cut in parts too.
  {
    LiveReader parts(*stubs_->live, world.respondent, sid, 0, true, true);
    ASSERT_TRUE(parts.WaitForSeq(production.last_seq()));
    EXPECT_GT(parts.snapshot_parts_received(), 1);
  }
  // A client that did not ask for parts still gets the snapshot whole.
  {
    LiveReader whole(*stubs_->live, world.delegate_callers[3], sid, 0, true, false);
    ASSERT_TRUE(whole.WaitForSeq(production.last_seq()));
    EXPECT_EQ(whole.snapshot_parts_received(), 0);
    ASSERT_TRUE(whole.Messages()[0].has_snapshot());
  }
}

}  // namespace
}  // namespace dienhong::it
