// What a real server refuses at start-up (server/server.h, docs/operations.md): a second
// server on the same database (the data-directory lock), a second server on the same port
// (no SO_REUSEPORT), and an event log that someone with the file has altered: an edited
// event (the hash chain) or a vote cut from the end of the log (which the chain alone
// cannot see; the voting tables still hold its participation row). With
// --on-broken-chain=read-only the altered log is served for reading and every command
// is refused with FAILED_PRECONDITION saying why.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "dienhong/v1/voting_service.grpc.pb.h"
#include "server/store/chain.h"
#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

// Runs SQL on the stopped server's file, as an operator with sqlite3 would.
int RawExec(const std::string& path, const std::string& sql, std::string* error) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
  if (rc == SQLITE_OK) {
    char* message = nullptr;
    rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    *error = message != nullptr ? message : "";
    sqlite3_free(message);
  }
  sqlite3_close_v2(db);
  return rc;
}

std::string RawText(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close_v2(db);
  return out;
}

class StartupCheckTest : public IntegrationTest {
 protected:
  // A session with sitting 1 open and the first `present` delegate accounts checked in.
  int64_t Setup(const CouncilWorld& world, int present) {
    const int64_t sid = CreateSession(world.secretary, world.council_id);
    Convene(world.chair, sid);
    OpenSitting(world.chair, sid, 1);
    for (int i = 0; i < present; ++i) CheckIn(world.delegate_callers[i], sid);
    return sid;
  }
};

TEST_F(StartupCheckTest, ASecondServerOnTheSameDatabaseIsRefused) {
  const int64_t council = CreateCouncil("HĐND phường Bến Nghé");
  ServerProcess second(kAdminPin);
  second.set_database_path(server_->database_path());
  EXPECT_FALSE(second.Start()) << "two servers serve one database file";
  EXPECT_NE(second.StderrText().find(".lock"), std::string::npos) << second.StderrText();
  EXPECT_NE(second.StderrText().find("máy chủ Diên Hồng khác"), std::string::npos);
  // The first one is untouched.
  v1::GetCouncilRequest req;
  req.set_council_id(council);
  v1::Council out;
  CheckOk(stubs_->councils->GetCouncil(admin_.Context().get(), req, &out), "GetCouncil");
}

TEST_F(StartupCheckTest, ASecondServerOnTheSamePortIsRefused) {
  ServerProcess second(kAdminPin);
  second.set_listen("127.0.0.1:" + std::to_string(server_->port()));
  EXPECT_FALSE(second.Start()) << "two servers listen on one port (SO_REUSEPORT)";
  EXPECT_NE(second.StderrText().find("cổng đang bận"), std::string::npos)
      << second.StderrText();
}

TEST_F(StartupCheckTest, AnEditedEventStopsTheStartOrIsServedReadOnly) {
  CouncilWorld world = MakeCouncil("hue", 4, 2);
  const int64_t sid = Setup(world, 2);
  const v1::SessionState before = GetSession(world.observer, sid);
  ASSERT_TRUE(StopServer());
  const std::string db = server_->database_path().string();

  // Someone with the file moves the time of a check-in by a microsecond.
  std::string error;
  ASSERT_EQ(RawExec(db,
                    "DROP TRIGGER events_no_update; "
                    "UPDATE events SET recorded_at_us = recorded_at_us + 1 WHERE log_index = "
                    "(SELECT MIN(log_index) FROM events WHERE kind = 'attendance_recorded')",
                    &error),
            SQLITE_OK)
      << error;

  EXPECT_FALSE(server_->Start()) << "the server started on an altered log";
  EXPECT_NE(server_->StderrText().find("không toàn vẹn"), std::string::npos)
      << server_->StderrText();

  ServerProcess reader(kAdminPin, {"--on-broken-chain", "read-only"});
  reader.set_database_path(db);
  ASSERT_TRUE(reader.Start());
  EXPECT_NE(reader.StderrText().find("READ-ONLY"), std::string::npos) << reader.StderrText();
  auto stubs_owner = std::make_unique<Stubs>(reader.NewChannel());
  Stubs& stubs = *stubs_owner;
  // Reading works (with the tokens issued before) ...
  v1::GetSessionRequest get;
  get.set_session_id(sid);
  v1::SessionState state;
  CheckOk(stubs.sessions->GetSession(world.observer.Context().get(), get, &state), "GetSession");
  EXPECT_EQ(state.last_seq(), before.last_seq());
  // ... and every command is refused, saying why.
  v1::CheckInRequest check_in;
  check_in.set_session_id(sid);
  v1::CommandReply reply;
  grpc::Status refused = stubs.attendance->CheckIn(
      world.delegate_callers[0].Context().get(), check_in, &reply);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << Describe(refused);
  EXPECT_NE(refused.error_message().find("chỉ đọc"), std::string::npos) << Describe(refused);
  v1::CreateCouncilRequest create;
  create.mutable_council()->set_name("HĐND xã Thử");
  create.mutable_council()->set_level(v1::COUNCIL_LEVEL_COMMUNE);
  v1::Council council;
  refused = stubs.councils->CreateCouncil(admin_.Context().get(), create, &council);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << Describe(refused);
  stubs_owner.reset();  // the server's graceful stop waits for connections to go away
  EXPECT_TRUE(reader.Stop());
}

// Issue 14, item 18: the last event of the log is a vote; deleting it leaves the chain
// consistent (nothing after it links to it) but the poll could never be closed again
// (its participation row has no vote in the log). The start-up check sees it.
TEST_F(StartupCheckTest, AVoteCutFromTheEndOfTheLogStopsTheStart) {
  CouncilWorld world = MakeCouncil("hp", 5, 3);
  const int64_t sid = Setup(world, 3);
  auto voting = v1::VotingService::NewStub(stubs_->channel);
  v1::CreatePollRequest create;
  create.set_session_id(sid);
  create.mutable_command()->mutable_poll()->set_title("Nghị quyết về kế hoạch đầu tư công");
  create.mutable_command()->mutable_poll()->set_kind(v1::POLL_KIND_RESOLUTION);
  create.mutable_command()->mutable_poll()->set_visibility(v1::POLL_VISIBILITY_SECRET);
  v1::CommandReply reply;
  CheckOk(voting->CreatePoll(world.chair.Context().get(), create, &reply), "CreatePoll");
  const int64_t poll = reply.events(0).poll_created().poll().id();
  v1::OpenPollRequest open;
  open.set_session_id(sid);
  open.set_poll_id(poll);
  CheckOk(voting->OpenPoll(world.chair.Context().get(), open, &reply), "OpenPoll");
  for (int i = 0; i < 3; ++i) {
    v1::CastVoteRequest cast;
    cast.set_session_id(sid);
    cast.set_poll_id(poll);
    auto* mark = cast.mutable_ballot()->add_marks();
    mark->set_question_id(1);
    mark->add_choice_ids(1);
    v1::VoteReceipt receipt;
    CheckOk(voting->CastVote(world.delegate_callers[i].Context().get(), cast, &receipt),
            "CastVote");
  }
  voting.reset();
  ASSERT_TRUE(StopServer());
  const std::string db = server_->database_path().string();
  ASSERT_EQ(RawText(db, "SELECT kind FROM events ORDER BY log_index DESC LIMIT 1"), "vote_cast");

  std::string error;
  ASSERT_EQ(RawExec(db,
                    "DROP TRIGGER events_no_delete; "
                    "DELETE FROM events WHERE log_index = (SELECT MAX(log_index) FROM events)",
                    &error),
            SQLITE_OK)
      << error;
  auto report = store::VerifyChain(db);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->ok) << "the chain alone cannot see a cut end: " << report->problem;

  EXPECT_FALSE(server_->Start()) << "the server started with a vote missing from the log";
  EXPECT_NE(server_->StderrText().find("poll_participation"), std::string::npos)
      << server_->StderrText();
}

}  // namespace
}  // namespace dienhong::it
