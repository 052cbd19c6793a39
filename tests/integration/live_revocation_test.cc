// A live stream lives no longer than the token it was opened with (issue 14, item 4):
// logging out, or the administrator resetting the account's PIN (a lost tablet), ends
// every stream opened with that account's tokens with UNAUTHENTICATED. (Expiry is in
// token_expiry_clock_test.cc, where the server's clock can be moved.)
#include <gtest/gtest.h>

#include "tests/integration/fixture.h"
#include "tests/integration/live_reader.h"

namespace dienhong::it {
namespace {

using namespace std::chrono_literals;

class LiveRevocationTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    world_ = MakeCouncil("lr", 3, 2);
    session_ = CreateSession(world_.secretary, world_.council_id);
  }
  // An event every subscriber of the session receives.
  v1::CommandReply Touch() { return Convene(world_.secretary, session_); }

  CouncilWorld world_;
  int64_t session_ = 0;
};

TEST_F(LiveRevocationTest, LogoutEndsTheStreamsOfThatToken) {
  const Caller& tablet = world_.delegate_callers[0];
  const Caller& neighbour = world_.delegate_callers[1];
  LiveReader revoked(*stubs_->live, tablet, session_, 0);
  LiveReader other(*stubs_->live, neighbour, session_, 0);
  ASSERT_TRUE(revoked.WaitForSeq(1));
  ASSERT_TRUE(other.WaitForSeq(1));

  v1::LogoutResponse out;
  CheckOk(stubs_->auth->Logout(tablet.Context().get(), v1::LogoutRequest(), &out), "Logout");
  const auto status = revoked.WaitForEnd(20s);
  ASSERT_TRUE(status.has_value()) << "the stream outlived its token";
  EXPECT_EQ(status->error_code(), grpc::StatusCode::UNAUTHENTICATED) << Describe(*status);

  // Other tokens' streams go on.
  const int64_t seq = Touch().seq();
  EXPECT_TRUE(other.WaitForSeq(seq));
}

TEST_F(LiveRevocationTest, ResetPinEndsEveryStreamOfTheAccount) {
  const Caller& tablet = world_.delegate_callers[0];
  const Caller second_device = Login(tablet.account);
  LiveReader first(*stubs_->live, tablet, session_, 0);
  LiveReader second(*stubs_->live, second_device, session_, 0);
  LiveReader other(*stubs_->live, world_.delegate_callers[1], session_, 0);
  ASSERT_TRUE(first.WaitForSeq(1));
  ASSERT_TRUE(second.WaitForSeq(1));
  ASSERT_TRUE(other.WaitForSeq(1));

  v1::ResetPinRequest req;
  req.set_account_id(tablet.account_id);
  req.set_pin("975310");
  v1::Account resp;
  CheckOk(stubs_->accounts->ResetPin(admin_.Context().get(), req, &resp), "ResetPin");
  for (LiveReader* reader : {&first, &second}) {
    const auto status = reader->WaitForEnd(20s);
    ASSERT_TRUE(status.has_value()) << "a stream of the lost tablet outlived the PIN reset";
    EXPECT_EQ(status->error_code(), grpc::StatusCode::UNAUTHENTICATED) << Describe(*status);
  }
  const int64_t seq = Touch().seq();
  EXPECT_TRUE(other.WaitForSeq(seq));
}

// The race of a stream opening while its token is revoked: the stream either is refused or
// is ended; it never stays open with a revoked token.
TEST_F(LiveRevocationTest, AStreamOpenedAroundTheLogoutDoesNotSurviveIt) {
  for (int round = 0; round < 5; ++round) {
    const Caller tablet = Login(world_.delegate_callers[0].account);
    LiveReader reader(*stubs_->live, tablet, session_, 0);
    v1::LogoutResponse out;
    CheckOk(stubs_->auth->Logout(tablet.Context().get(), v1::LogoutRequest(), &out), "Logout");
    const auto status = reader.WaitForEnd(20s);
    ASSERT_TRUE(status.has_value()) << "round " << round;
    EXPECT_EQ(status->error_code(), grpc::StatusCode::UNAUTHENTICATED) << Describe(*status);
  }
}

}  // namespace
}  // namespace dienhong::it
