#include "tests/integration/fixture.h"

#include <future>
#include <stdexcept>

namespace dienhong::it {

std::unique_ptr<grpc::ClientContext> Caller::Context(std::chrono::milliseconds deadline) const {
  auto ctx = std::make_unique<grpc::ClientContext>();
  if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
  ctx->set_deadline(std::chrono::system_clock::now() + deadline);
  return ctx;
}

Stubs::Stubs(const std::shared_ptr<grpc::Channel>& ch)
    : channel(ch),
      auth(v1::AuthService::NewStub(ch)),
      accounts(v1::AccountService::NewStub(ch)),
      councils(v1::CouncilService::NewStub(ch)),
      sessions(v1::SessionService::NewStub(ch)),
      attendance(v1::AttendanceService::NewStub(ch)),
      live(v1::LiveService::NewStub(ch)) {}

std::string Describe(const grpc::Status& status) {
  return std::to_string(status.error_code()) + " (" +
         (status.ok() ? "OK" : status.error_message()) + ")";
}

void CheckOk(const grpc::Status& status, const std::string& what) {
  if (!status.ok()) throw std::runtime_error(what + " failed: code " + Describe(status));
}

std::string VietnameseName(int i) {
  static const char* kFamily[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng",
                                  "Vũ",     "Đặng", "Bùi", "Đỗ",   "Hồ"};
  static const char* kMiddle[] = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc"};
  static const char* kGiven[] = {"Hùng",  "Lan", "Hồng",   "Dũng", "Mai",  "Tuấn",
                                 "Hương", "Sơn", "Phương", "Đức",  "Thảo", "Khánh"};
  return std::string(kFamily[i % 10]) + " " + kMiddle[(i / 10) % 7] + " " + kGiven[i % 12];
}

void IntegrationTest::SetUp() {
  server_ = std::make_unique<ServerProcess>(kAdminPin, ServerArgs());
  ASSERT_TRUE(server_->Start());
  stubs_ = std::make_unique<Stubs>(server_->NewChannel());
  admin_ = Login("admin", kAdminPin);
}

void IntegrationTest::TearDown() {
  stubs_.reset();
  if (server_ && server_->running()) EXPECT_TRUE(server_->Stop());
  server_.reset();
}

void IntegrationTest::RestartServer(bool crash) {
  if (server_->running()) {
    if (crash) {
      server_->Kill();
    } else {
      ASSERT_TRUE(StopServer());
    }
  }
  stubs_.reset();
  ASSERT_TRUE(server_->Start());
  stubs_ = std::make_unique<Stubs>(server_->NewChannel());
}

::testing::AssertionResult IntegrationTest::StopServer() {
  stubs_.reset();
  return server_->Stop();
}

std::string IntegrationTest::NextRequestId() {
  return "it-" + std::to_string(next_request_id_.fetch_add(1));
}

Caller IntegrationTest::Login(const std::string& account, const std::string& pin) {
  v1::LoginRequest req;
  req.set_account(account);
  req.set_pin(pin);
  v1::LoginResponse resp;
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(15));
  CheckOk(stubs_->auth->Login(&ctx, req, &resp), "Login " + account);
  Caller caller;
  caller.account = account;
  caller.token = resp.token();
  caller.account_id = resp.account().id();
  caller.delegate_id = resp.account().delegate_id();
  return caller;
}

std::vector<Caller> IntegrationTest::LoginAll(const std::vector<v1::Account>& accounts) {
  // A few at a time: the server hashes on a small worker pool anyway.
  std::vector<Caller> callers(accounts.size());
  constexpr size_t kParallel = 8;
  for (size_t start = 0; start < accounts.size(); start += kParallel) {
    std::vector<std::future<Caller>> batch;
    for (size_t i = start; i < std::min(accounts.size(), start + kParallel); ++i) {
      batch.push_back(std::async(std::launch::async,
                                 [this, name = accounts[i].name()] { return Login(name); }));
    }
    for (size_t i = 0; i < batch.size(); ++i) callers[start + i] = batch[i].get();
  }
  return callers;
}

int64_t IntegrationTest::CreateCouncil(const std::string& name) {
  v1::CreateCouncilRequest req;
  req.mutable_council()->set_name(name);
  req.mutable_council()->set_level(v1::COUNCIL_LEVEL_PROVINCE);
  req.mutable_council()->set_term_start_year(2021);
  req.mutable_council()->set_term_end_year(2026);
  req.mutable_council()->set_place("Hà Nội");
  v1::Council council;
  CheckOk(stubs_->councils->CreateCouncil(admin_.Context().get(), req, &council),
          "CreateCouncil " + name);
  return council.id();
}

std::vector<v1::Delegate> IntegrationTest::ImportDelegates(int64_t council_id, int count) {
  v1::ImportDelegatesRequest req;
  req.set_council_id(council_id);
  for (int i = 0; i < count; ++i) {
    v1::Delegate* d = req.add_delegates();
    d->set_full_name(VietnameseName(i));
    d->set_title(i == 0 ? "Chủ tịch HĐND" : "Đại biểu HĐND");
    d->set_delegate_group("Tổ đại biểu số " + std::to_string(i % 9 + 1));
    d->add_committees(i % 2 == 0 ? "Ban Pháp chế" : "Ban Kinh tế – Ngân sách");
    d->set_seat("A-" + std::to_string(i + 1));
  }
  v1::ImportDelegatesResponse resp;
  CheckOk(stubs_->councils->ImportDelegates(admin_.Context().get(), req, &resp), "ImportDelegates");
  if (resp.errors_size() > 0 || resp.delegates_size() != count) {
    throw std::runtime_error("ImportDelegates: " + resp.DebugString());
  }
  return {resp.delegates().begin(), resp.delegates().end()};
}

v1::Account IntegrationTest::CreateAccount(const std::string& name, v1::Role role,
                                           int64_t council_id, int64_t delegate_id) {
  v1::CreateAccountRequest req;
  req.mutable_account()->set_name(name);
  req.mutable_account()->set_display_name("Tài khoản " + name);
  req.mutable_account()->set_role(role);
  req.mutable_account()->set_council_id(council_id);
  req.mutable_account()->set_delegate_id(delegate_id);
  req.set_pin(kUserPin);
  v1::Account account;
  CheckOk(stubs_->accounts->CreateAccount(admin_.Context().get(), req, &account),
          "CreateAccount " + name);
  return account;
}

CouncilWorld IntegrationTest::MakeCouncil(const std::string& prefix, int delegates,
                                          int delegate_accounts) {
  CouncilWorld world;
  world.council_id = CreateCouncil("Hội đồng nhân dân " + prefix);
  world.delegates = ImportDelegates(world.council_id, delegates);
  const int64_t c = world.council_id;
  std::vector<v1::Account> accounts = {
      CreateAccount(prefix + ".thuky", v1::ROLE_SECRETARY, c),
      CreateAccount(prefix + ".chutoa", v1::ROLE_CHAIR, c),
      CreateAccount(prefix + ".traloi", v1::ROLE_RESPONDENT, c),
      CreateAccount(prefix + ".manhinh", v1::ROLE_DISPLAY, c),
      CreateAccount(prefix + ".quansat", v1::ROLE_OBSERVER, c),
  };
  for (int i = 0; i < delegate_accounts; ++i) {
    accounts.push_back(CreateAccount(prefix + ".db" + std::to_string(i + 1), v1::ROLE_DELEGATE, c,
                                     world.delegates.at(i).id()));
  }
  std::vector<Caller> callers = LoginAll(accounts);
  world.secretary = callers[0];
  world.chair = callers[1];
  world.respondent = callers[2];
  world.display = callers[3];
  world.observer = callers[4];
  world.delegate_callers.assign(callers.begin() + 5, callers.end());
  return world;
}

int64_t IntegrationTest::CreateSession(const Caller& secretary, int64_t council_id,
                                       const std::string& request_id) {
  v1::CreateSessionRequest req;
  req.set_request_id(request_id.empty() ? NextRequestId() : request_id);
  req.set_council_id(council_id);
  req.set_title("Kỳ họp thứ mười lăm, HĐND khóa XVI");
  req.set_kind(v1::SESSION_KIND_REGULAR);
  const std::pair<v1::AgendaItemKind, const char*> items[] = {
      {v1::AGENDA_ITEM_KIND_OPENING, "Khai mạc kỳ họp"},
      {v1::AGENDA_ITEM_KIND_REPORT, "Báo cáo tình hình kinh tế – xã hội 6 tháng đầu năm"},
      {v1::AGENDA_ITEM_KIND_DISCUSSION, "Thảo luận tại hội trường"},
      {v1::AGENDA_ITEM_KIND_VOTE, "Biểu quyết thông qua nghị quyết"},
      {v1::AGENDA_ITEM_KIND_CLOSING, "Bế mạc kỳ họp"},
  };
  for (const auto& [kind, title] : items) {
    v1::AgendaItem* item = req.add_agenda();
    item->set_kind(kind);
    item->set_title(title);
    item->set_planned_minutes(30);
  }
  req.add_sittings()->set_title("Phiên khai mạc");
  req.add_sittings()->set_title("Phiên chất vấn và trả lời chất vấn");
  v1::CommandReply reply;
  CheckOk(stubs_->sessions->CreateSession(secretary.Context().get(), req, &reply), "CreateSession");
  return reply.session_id();
}

v1::SessionState IntegrationTest::GetSession(const Caller& caller, int64_t session_id) {
  v1::GetSessionRequest req;
  req.set_session_id(session_id);
  v1::SessionState state;
  CheckOk(stubs_->sessions->GetSession(caller.Context().get(), req, &state), "GetSession");
  return state;
}

v1::CommandReply IntegrationTest::Convene(const Caller& caller, int64_t session_id) {
  v1::ConveneSessionRequest req;
  req.set_session_id(session_id);
  req.set_request_id(NextRequestId());
  v1::CommandReply reply;
  CheckOk(stubs_->sessions->ConveneSession(caller.Context().get(), req, &reply), "Convene");
  return reply;
}

v1::CommandReply IntegrationTest::OpenSitting(const Caller& chair, int64_t session_id,
                                              int64_t sitting_id) {
  v1::OpenSittingRequest req;
  req.set_session_id(session_id);
  req.set_request_id(NextRequestId());
  req.mutable_command()->set_sitting_id(sitting_id);
  v1::CommandReply reply;
  CheckOk(stubs_->sessions->OpenSitting(chair.Context().get(), req, &reply), "OpenSitting");
  return reply;
}

v1::CommandReply IntegrationTest::SetCurrentItem(const Caller& chair, int64_t session_id,
                                                 int64_t item_id) {
  v1::SetCurrentItemRequest req;
  req.set_session_id(session_id);
  req.set_request_id(NextRequestId());
  req.mutable_command()->set_item_id(item_id);
  v1::CommandReply reply;
  CheckOk(stubs_->sessions->SetCurrentItem(chair.Context().get(), req, &reply), "SetCurrentItem");
  return reply;
}

v1::CommandReply IntegrationTest::CheckIn(const Caller& delegate, int64_t session_id,
                                          v1::AttendanceStatus status) {
  v1::CheckInRequest req;
  req.set_session_id(session_id);
  req.set_request_id(NextRequestId());
  req.set_status(status);
  v1::CommandReply reply;
  CheckOk(stubs_->attendance->CheckIn(delegate.Context().get(), req, &reply),
          "CheckIn " + delegate.account);
  return reply;
}

v1::CommandReply IntegrationTest::RecordAttendance(const Caller& secretary, int64_t session_id,
                                                   int64_t delegate_id, v1::AttendanceStatus status,
                                                   const std::string& reason) {
  v1::RecordAttendanceRequest req;
  req.set_session_id(session_id);
  req.set_request_id(NextRequestId());
  req.mutable_command()->set_delegate_id(delegate_id);
  req.mutable_command()->set_status(status);
  req.mutable_command()->set_reason(reason);
  v1::CommandReply reply;
  CheckOk(stubs_->attendance->RecordAttendance(secretary.Context().get(), req, &reply),
          "RecordAttendance");
  return reply;
}

}  // namespace dienhong::it
