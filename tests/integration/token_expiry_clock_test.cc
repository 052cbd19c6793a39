// A live stream ends when its token expires (issue 14, item 4), on the server's clock: the
// real server in process with a ManualClock, over a real socket and a real SQLite file.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "common/clock.h"
#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "server/server.h"

namespace dienhong {
namespace {

constexpr int64_t kHour = 3600LL * 1000000;
constexpr char kPin[] = "135790";

class TokenExpiryClockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dienhong-expiry-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    ServerConfig config;
    config.listen = "127.0.0.1:0";
    config.database = (dir_ / "dienhong.db").string();
    config.admin_pin = kPin;
    config.pin_strength = auth::HashStrength::kMinimum;
    config.token_ttl_hours = 1;
    auto server = Server::Start(config, clock_);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(server).value();
    channel_ = grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->port()),
                                   grpc::InsecureChannelCredentials());
    auth_ = v1::AuthService::NewStub(channel_);
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::unique_ptr<grpc::ClientContext> As(const std::string& token, int seconds = 30) {
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->AddMetadata("authorization", "Bearer " + token);
    ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
    return ctx;
  }
  std::string Login(const std::string& name) {
    v1::LoginRequest req;
    req.set_account(name);
    req.set_pin(kPin);
    v1::LoginResponse resp;
    grpc::ClientContext ctx;
    Ok(auth_->Login(&ctx, req, &resp), "Login");
    return resp.token();
  }
  static void Ok(const grpc::Status& st, const char* what) {
    if (!st.ok()) throw std::runtime_error(std::string(what) + ": " + st.error_message());
  }

  ManualClock clock_{1'790'000'000LL * 1000000};
  std::filesystem::path dir_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
};

TEST_F(TokenExpiryClockTest, AStreamEndsWhenItsTokenExpires) {
  auto councils = v1::CouncilService::NewStub(channel_);
  auto accounts = v1::AccountService::NewStub(channel_);
  auto sessions = v1::SessionService::NewStub(channel_);
  auto live = v1::LiveService::NewStub(channel_);
  const std::string admin = Login("admin");
  v1::CreateCouncilRequest cc;
  cc.mutable_council()->set_name("Hội đồng nhân dân phường Long Biên");
  cc.mutable_council()->set_level(v1::COUNCIL_LEVEL_COMMUNE);
  v1::Council council;
  Ok(councils->CreateCouncil(As(admin).get(), cc, &council), "CreateCouncil");
  v1::ImportDelegatesRequest imp;
  imp.set_council_id(council.id());
  imp.add_delegates()->set_full_name("Nguyễn Thị Hạnh");
  v1::ImportDelegatesResponse delegates;
  Ok(councils->ImportDelegates(As(admin).get(), imp, &delegates), "ImportDelegates");
  v1::CreateAccountRequest ca;
  ca.mutable_account()->set_name("longbien.db1");
  ca.mutable_account()->set_display_name("Nguyễn Thị Hạnh");
  ca.mutable_account()->set_role(v1::ROLE_DELEGATE);
  ca.mutable_account()->set_council_id(council.id());
  ca.mutable_account()->set_delegate_id(delegates.delegates(0).id());
  ca.set_pin(kPin);
  v1::Account account;
  Ok(accounts->CreateAccount(As(admin).get(), ca, &account), "CreateAccount");
  v1::CreateSessionRequest cs;
  cs.set_council_id(council.id());
  cs.set_title("Kỳ họp thứ hai");
  cs.set_kind(v1::SESSION_KIND_REGULAR);
  cs.add_agenda()->set_title("Khai mạc");
  cs.mutable_agenda(0)->set_kind(v1::AGENDA_ITEM_KIND_OPENING);
  cs.add_sittings()->set_title("Phiên khai mạc");
  v1::CommandReply created;
  Ok(sessions->CreateSession(As(admin).get(), cs, &created), "CreateSession");

  const std::string tablet = Login("longbien.db1");
  clock_.Advance(kHour / 2);
  const std::string later = Login("longbien.db1");  // expires half an hour after `tablet`

  v1::SubscribeRequest sub;
  sub.set_session_id(created.session_id());
  auto expiring_ctx = As(tablet);
  auto expiring = live->Subscribe(expiring_ctx.get(), sub);
  auto lasting_ctx = As(later, 90);
  auto lasting = live->Subscribe(lasting_ctx.get(), sub);
  v1::LiveMessage message;
  ASSERT_TRUE(expiring->Read(&message)) << "the snapshot";
  ASSERT_TRUE(lasting->Read(&message)) << "the snapshot";

  clock_.Advance(kHour / 2 + 1);  // `tablet` has expired, `later` has not
  // Read() returns false when the stream ends; the 30 s deadline fails a stream that goes on.
  EXPECT_FALSE(expiring->Read(&message)) << message.DebugString();
  const grpc::Status ended = expiring->Finish();
  EXPECT_EQ(ended.error_code(), grpc::StatusCode::UNAUTHENTICATED) << ended.error_message();

  // The later token's stream still delivers.
  v1::AddAgendaItemRequest add;
  add.set_session_id(created.session_id());
  add.mutable_command()->mutable_item()->set_title("Bế mạc");
  add.mutable_command()->mutable_item()->set_kind(v1::AGENDA_ITEM_KIND_CLOSING);
  v1::CommandReply r;
  Ok(sessions->AddAgendaItem(As(Login("admin")).get(), add, &r), "AddAgendaItem");
  ASSERT_TRUE(lasting->Read(&message));
  lasting_ctx->TryCancel();
  lasting->Finish();
}

}  // namespace
}  // namespace dienhong
