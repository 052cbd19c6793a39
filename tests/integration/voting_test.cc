// Voting over real gRPC against the real server binary: one vote per delegate (domain and
// database), idempotent casting, votes after close and by delegates who are not entitled
// refused, the countdown closing a poll by itself, the re-vote chain, the live stream
// never carrying a choice, secrecy of a secret ballot on disk and on every channel, and a
// SIGKILL crash loop in which no acknowledged vote is lost and none is invented.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "dienhong/v1/voting_service.grpc.pb.h"
#include "server/store/chain.h"
#include "tests/integration/fixture.h"
#include "tests/integration/live_reader.h"

namespace dienhong::it {
namespace {

// Read-only view of the server's database file (WAL mode: never blocks the server).
class Db {
 public:
  explicit Db(const std::filesystem::path& path) {
    sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_busy_timeout(db_, 5000);
  }
  ~Db() { sqlite3_close_v2(db_); }
  // Every row of a query, each column as bytes ("" for NULL).
  std::vector<std::vector<std::string>> Rows(const std::string& sql) {
    std::vector<std::vector<std::string>> rows;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
      return rows;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const void* p = sqlite3_column_blob(stmt, i);
        row.emplace_back(p ? std::string(static_cast<const char*>(p), sqlite3_column_bytes(stmt, i))
                           : std::string());
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    return rows;
  }
  int64_t Int(const std::string& sql) {
    auto rows = Rows(sql);
    return rows.empty() ? -1 : std::stoll(rows[0][0]);
  }

 private:
  sqlite3* db_ = nullptr;
};

std::string FileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

size_t Occurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

v1::Ballot Choose(std::initializer_list<std::pair<int32_t, int32_t>> marks) {
  v1::Ballot b;
  for (auto [q, c] : marks) {
    auto* m = b.add_marks();
    m->set_question_id(q);
    m->add_choice_ids(c);
  }
  return b;
}

class VotingTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    voting_ = v1::VotingService::NewStub(stubs_->channel);
  }
  void TearDown() override {
    // The stub shares the fixture's channel: drop it first, or the server's graceful stop
    // waits for the connection to go away.
    voting_.reset();
    IntegrationTest::TearDown();
  }
  void Restart(bool crash) {
    voting_.reset();
    RestartServer(crash);
    voting_ = v1::VotingService::NewStub(stubs_->channel);
  }

  // A convened session with sitting 1 open and the first `present` delegate accounts
  // checked in.
  int64_t Setup(const CouncilWorld& world, int present) {
    const int64_t sid = CreateSession(world.secretary, world.council_id);
    Convene(world.chair, sid);
    OpenSitting(world.chair, sid, 1);
    for (int i = 0; i < present; ++i) CheckIn(world.delegate_callers[i], sid);
    return sid;
  }

  int64_t CreatePoll(const Caller& chair, int64_t sid, v1::Poll poll) {
    v1::CreatePollRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    *req.mutable_command()->mutable_poll() = std::move(poll);
    v1::CommandReply reply;
    CheckOk(voting_->CreatePoll(chair.Context().get(), req, &reply), "CreatePoll");
    return reply.events(0).poll_created().poll().id();
  }
  static v1::Poll Resolution(v1::PollVisibility vis = v1::POLL_VISIBILITY_OPEN, int countdown = 0) {
    v1::Poll p;
    p.set_title("Nghị quyết phê chuẩn quyết toán ngân sách năm 2024");
    p.set_kind(v1::POLL_KIND_RESOLUTION);
    p.set_visibility(vis);
    p.set_countdown_seconds(countdown);
    return p;
  }
  v1::CommandReply Open(const Caller& chair, int64_t sid, int64_t poll) {
    v1::OpenPollRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    req.set_poll_id(poll);
    v1::CommandReply reply;
    CheckOk(voting_->OpenPoll(chair.Context().get(), req, &reply), "OpenPoll");
    return reply;
  }
  grpc::Status Cast(const Caller& delegate, int64_t sid, int64_t poll, const v1::Ballot& ballot,
                    v1::VoteReceipt* receipt, const std::string& request_id = "",
                    v1::VotingService::Stub* stub = nullptr) {
    v1::CastVoteRequest req;
    req.set_session_id(sid);
    req.set_request_id(request_id.empty() ? NextRequestId() : request_id);
    req.set_poll_id(poll);
    *req.mutable_ballot() = ballot;
    return (stub ? stub : voting_.get())
        ->CastVote(delegate.Context(std::chrono::seconds(5)).get(), req, receipt);
  }
  void CastOk(const Caller& delegate, int64_t sid, int64_t poll, int32_t choice) {
    v1::VoteReceipt receipt;
    CheckOk(Cast(delegate, sid, poll, Choose({{1, choice}}), &receipt), "CastVote");
  }
  grpc::Status Close(const Caller& chair, int64_t sid, int64_t poll, v1::CommandReply* reply) {
    v1::ClosePollRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    req.set_poll_id(poll);
    return voting_->ClosePoll(chair.Context().get(), req, reply);
  }
  v1::Poll Result(const Caller& caller, int64_t sid, int64_t poll) {
    v1::GetPollResultRequest req;
    req.set_session_id(sid);
    req.set_poll_id(poll);
    v1::Poll out;
    CheckOk(voting_->GetPollResult(caller.Context().get(), req, &out), "GetPollResult");
    return out;
  }

  std::unique_ptr<v1::VotingService::Stub> voting_;
};

TEST_F(VotingTest, DoubleVoteIsRefusedAndARetryReturnsTheSameReceipt) {
  CouncilWorld world = MakeCouncil("hue", 5, 5);
  const int64_t sid = Setup(world, 5);
  const int64_t poll = CreatePoll(world.chair, sid, Resolution());
  Open(world.chair, sid, poll);

  v1::VoteReceipt first, retry, second;
  ASSERT_TRUE(Cast(world.delegate_callers[0], sid, poll, Choose({{1, 1}}), &first, "phieu-1").ok());
  EXPECT_FALSE(first.reply().replayed());
  EXPECT_EQ(first.text().rfind("Đã ghi nhận phiếu của đại biểu", 0), 0u) << first.text();
  EXPECT_EQ(first.text().find("tán thành"), std::string::npos) << "a receipt never echoes a choice";
  ASSERT_EQ(first.reply().events_size(), 1);
  EXPECT_EQ(first.reply().events(0).vote_cast().delegate_id(), world.delegates[0].id());
  EXPECT_EQ(first.reply().events(0).hash().size(), 32u);

  // The reply was "lost": the same request id gives the same receipt, not a second vote.
  ASSERT_TRUE(Cast(world.delegate_callers[0], sid, poll, Choose({{1, 1}}), &retry, "phieu-1").ok());
  EXPECT_TRUE(retry.reply().replayed());
  EXPECT_EQ(retry.reply().seq(), first.reply().seq());
  EXPECT_EQ(retry.reply().events(0).SerializeAsString(),
            first.reply().events(0).SerializeAsString());
  EXPECT_EQ(retry.text(), first.text());

  // A second vote with a new request id is refused, whatever the choice.
  grpc::Status again = Cast(world.delegate_callers[0], sid, poll, Choose({{1, 2}}), &second);
  EXPECT_EQ(again.error_code(), grpc::StatusCode::ALREADY_EXISTS) << Describe(again);

  // Idempotency survives a crash: the retry after a restart is answered from the log.
  Restart(/*crash=*/true);
  v1::VoteReceipt after;
  ASSERT_TRUE(Cast(world.delegate_callers[0], sid, poll, Choose({{1, 1}}), &after, "phieu-1").ok());
  EXPECT_TRUE(after.reply().replayed());
  EXPECT_EQ(after.reply().seq(), first.reply().seq());

  const v1::SessionState state = GetSession(world.chair, sid);
  ASSERT_EQ(state.polls_size(), 1);
  EXPECT_EQ(state.polls(0).voted_size(), 1);
  Db db(server_->database_path());
  EXPECT_EQ(db.Int("SELECT count(*) FROM poll_participation"), 1);
  EXPECT_EQ(db.Int("SELECT count(*) FROM events WHERE kind = 'vote_cast'"), 1);
}

// Issue 14, item 13: a request id names one command. CastVote(poll A, K) then
// CastVote(poll B, K) used to answer OK with a receipt naming poll B while no vote was
// recorded in B; it is refused, in memory and from the log after a restart.
TEST_F(VotingTest, ARequestIdReusedForAnotherCommandIsRefused) {
  CouncilWorld world = MakeCouncil("hue", 3, 3);
  const int64_t sid = Setup(world, 3);
  const int64_t first_poll = CreatePoll(world.chair, sid, Resolution());
  const int64_t second_poll = CreatePoll(world.chair, sid, Resolution());
  const Caller& delegate = world.delegate_callers[0];
  v1::VoteReceipt first, reused;
  // One poll is open at a time: vote in the first, close it, open the second.
  Open(world.chair, sid, first_poll);
  ASSERT_TRUE(Cast(delegate, sid, first_poll, Choose({{1, 1}}), &first, "K").ok());
  v1::CommandReply closed;
  CheckOk(Close(world.chair, sid, first_poll, &closed), "ClosePoll");
  Open(world.chair, sid, second_poll);
  auto expect_refused = [&](const char* when) {
    grpc::Status s = Cast(delegate, sid, second_poll, Choose({{1, 1}}), &reused, "K");
    EXPECT_EQ(s.error_code(), grpc::StatusCode::ALREADY_EXISTS) << when << ": " << Describe(s);
    EXPECT_EQ(s.error_message().rfind("request_id \"K\": ", 0), 0u) << s.error_message();
    // Another choice in the first poll is another command too (refused for its key,
    // before the closed poll is even looked at).
    s = Cast(delegate, sid, first_poll, Choose({{1, 2}}), &reused, "K");
    EXPECT_EQ(s.error_code(), grpc::StatusCode::ALREADY_EXISTS) << when << ": " << Describe(s);
    // The very same command is still a retry.
    v1::VoteReceipt retry;
    s = Cast(delegate, sid, first_poll, Choose({{1, 1}}), &retry, "K");
    ASSERT_TRUE(s.ok()) << when << ": " << Describe(s);
    EXPECT_TRUE(retry.reply().replayed());
    EXPECT_EQ(retry.reply().seq(), first.reply().seq());
  };
  expect_refused("in memory");
  Restart(/*crash=*/true);
  expect_refused("from the log");

  // Nothing was recorded for the refused command; a new id votes in the second poll.
  v1::SessionState state = GetSession(world.chair, sid);
  EXPECT_EQ(state.polls(0).voted_size(), 1);
  EXPECT_EQ(state.polls(1).voted_size(), 0);
  v1::VoteReceipt second;
  ASSERT_TRUE(Cast(delegate, sid, second_poll, Choose({{1, 1}}), &second, "K2").ok());
  state = GetSession(world.chair, sid);
  EXPECT_EQ(state.polls(1).voted_size(), 1);
  // Another account's K is its own.
  v1::VoteReceipt other;
  EXPECT_TRUE(
      Cast(world.delegate_callers[1], sid, second_poll, Choose({{1, 1}}), &other, "K").ok());
}

TEST_F(VotingTest, VotesAfterCloseAndFromTheNotEntitledAreRefused) {
  CouncilWorld world = MakeCouncil("hue", 7, 7);
  const int64_t sid = Setup(world, 5);
  // Delegate 6 attends online (not entitled by default); delegate 7 has not checked in.
  CheckIn(world.delegate_callers[5], sid, v1::ATTENDANCE_STATUS_ONLINE);
  const int64_t poll = CreatePoll(world.chair, sid, Resolution());
  v1::VoteReceipt r;
  EXPECT_EQ(Cast(world.delegate_callers[0], sid, poll, Choose({{1, 1}}), &r).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION)
      << "not open yet";
  Open(world.chair, sid, poll);
  grpc::Status online = Cast(world.delegate_callers[5], sid, poll, Choose({{1, 1}}), &r);
  EXPECT_EQ(online.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << Describe(online);
  grpc::Status absent = Cast(world.delegate_callers[6], sid, poll, Choose({{1, 1}}), &r);
  EXPECT_EQ(absent.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << Describe(absent);
  EXPECT_NE(absent.error_message().find("chưa điểm danh"), std::string::npos);
  // Nobody votes for another: the chair and the secretary cannot cast at all.
  EXPECT_EQ(Cast(world.chair, sid, poll, Choose({{1, 1}}), &r).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Cast(world.secretary, sid, poll, Choose({{1, 1}}), &r).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // An invalid ballot is refused.
  EXPECT_EQ(Cast(world.delegate_callers[0], sid, poll, Choose({{1, 9}}), &r).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);

  for (int i = 0; i < 4; ++i) CastOk(world.delegate_callers[i], sid, poll, i < 3 ? 1 : 2);

  // Live progress for the chair: who has and has not voted, never what.
  v1::GetPollProgressRequest preq;
  preq.set_session_id(sid);
  preq.set_poll_id(poll);
  v1::PollProgress progress;
  CheckOk(voting_->GetPollProgress(world.chair.Context().get(), preq, &progress), "progress");
  EXPECT_EQ(progress.voted(), 4);
  EXPECT_EQ(progress.entitled(), 5);
  EXPECT_EQ(progress.voted_delegates_size(), 4);
  ASSERT_EQ(progress.not_voted_delegates_size(), 1);
  EXPECT_EQ(progress.not_voted_delegates(0), world.delegates[4].id());
  EXPECT_EQ(voting_->GetPollProgress(world.delegate_callers[0].Context().get(), preq, &progress)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // No result before close, not even for the chair.
  v1::GetPollResultRequest rreq;
  rreq.set_session_id(sid);
  rreq.set_poll_id(poll);
  v1::Poll early;
  EXPECT_EQ(voting_->GetPollResult(world.chair.Context().get(), rreq, &early).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);

  v1::CommandReply closed;
  ASSERT_TRUE(Close(world.chair, sid, poll, &closed).ok());
  grpc::Status late = Cast(world.delegate_callers[4], sid, poll, Choose({{1, 1}}), &r);
  EXPECT_EQ(late.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << Describe(late);
  EXPECT_NE(late.error_message().find("đã kết thúc"), std::string::npos) << late.error_message();

  const v1::Poll result = Result(world.display, sid, poll);
  EXPECT_EQ(result.status(), v1::POLL_STATUS_CLOSED);
  // 3 of 7 delegates: not more than half of ALL delegates.
  EXPECT_EQ(result.result().text(),
            "Không thông qua: 3/7 đại biểu tán thành, 42,86% tổng số đại biểu (cần 4, quá 1/2 "
            "tổng số đại biểu)");
  ASSERT_EQ(result.result().named_size(), 4);  // open poll: the named list
  EXPECT_EQ(result.result().named(3).ballot().marks(0).choice_ids(0), 2);
  EXPECT_EQ(result.result().not_voted_size(), 1);

  v1::PublishResultsRequest pub;
  pub.set_session_id(sid);
  pub.set_request_id(NextRequestId());
  pub.set_poll_id(poll);
  v1::CommandReply published;
  CheckOk(voting_->PublishResults(world.secretary.Context().get(), pub, &published), "publish");
  EXPECT_EQ(Result(world.display, sid, poll).status(), v1::POLL_STATUS_PUBLISHED);
}

TEST_F(VotingTest, CountdownClosesThePollByItself) {
  CouncilWorld world = MakeCouncil("hue", 4, 4);
  const int64_t sid = Setup(world, 4);
  const int64_t poll = CreatePoll(world.chair, sid, Resolution(v1::POLL_VISIBILITY_SECRET, 2));
  LiveReader live(*stubs_->live, world.display, sid, GetSession(world.display, sid).last_seq());
  const v1::CommandReply opened = Open(world.chair, sid, poll);
  ASSERT_TRUE(opened.events(0).poll_opened().has_closes_at());
  for (int i = 0; i < 3; ++i) CastOk(world.delegate_callers[i], sid, poll, 1);
  // Wait for the server's own PollClosed on the stream.
  const int64_t closed_seq = opened.seq() + 3 + 1;
  ASSERT_TRUE(live.WaitForSeq(closed_seq, std::chrono::seconds(10)));
  const auto messages = live.Messages();
  const v1::Event& last = messages.back().event();
  ASSERT_TRUE(last.has_poll_closed()) << last.ShortDebugString();
  EXPECT_TRUE(last.poll_closed().by_deadline());
  EXPECT_EQ(last.actor().account_id(), 0) << "closed by the server's clock";
  EXPECT_EQ(last.poll_closed().result().tally().ballots(), 3);
  EXPECT_TRUE(last.poll_closed().result().questions(0).passed());  // 3 of 4
  v1::VoteReceipt r;
  EXPECT_EQ(Cast(world.delegate_callers[3], sid, poll, Choose({{1, 1}}), &r).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
}

TEST_F(VotingTest, RevoteChainFromACancelledAndAFailedPoll) {
  CouncilWorld world = MakeCouncil("hue", 5, 5);
  const int64_t sid = Setup(world, 5);
  const int64_t p1 = CreatePoll(world.chair, sid, Resolution());
  Open(world.chair, sid, p1);
  CastOk(world.delegate_callers[0], sid, p1, 1);
  v1::CancelPollRequest cancel;
  cancel.set_session_id(sid);
  cancel.set_request_id(NextRequestId());
  cancel.set_poll_id(p1);
  v1::CommandReply reply;
  EXPECT_EQ(voting_->CancelPoll(world.chair.Context().get(), cancel, &reply).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT)
      << "a reason is required";
  cancel.set_reason("Hệ thống biểu quyết tại hàng ghế C gặp sự cố");
  CheckOk(voting_->CancelPoll(world.chair.Context().get(), cancel, &reply), "cancel");

  v1::RevotePollRequest revote;
  revote.set_session_id(sid);
  revote.set_request_id(NextRequestId());
  revote.set_poll_id(p1);
  CheckOk(voting_->RevotePoll(world.chair.Context().get(), revote, &reply), "revote 1");
  const int64_t p2 = reply.events(0).poll_created().poll().id();
  EXPECT_EQ(reply.events(0).poll_created().poll().revote_of(), p1);
  Open(world.chair, sid, p2);
  CastOk(world.delegate_callers[0], sid, p2, 1);  // the earlier vote does not count here
  CastOk(world.delegate_callers[1], sid, p2, 2);
  ASSERT_TRUE(Close(world.chair, sid, p2, &reply).ok());
  EXPECT_FALSE(reply.events(0).poll_closed().result().questions(0).passed());

  revote.set_request_id(NextRequestId());
  revote.set_poll_id(p2);
  CheckOk(voting_->RevotePoll(world.chair.Context().get(), revote, &reply), "revote 2");
  const int64_t p3 = reply.events(0).poll_created().poll().id();
  revote.set_request_id(NextRequestId());
  EXPECT_EQ(voting_->RevotePoll(world.chair.Context().get(), revote, &reply).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION)
      << "one re-vote per poll";

  const v1::SessionState state = GetSession(world.observer, sid);
  ASSERT_EQ(state.polls_size(), 3);
  EXPECT_EQ(state.polls(0).status(), v1::POLL_STATUS_CANCELLED);
  EXPECT_EQ(state.polls(0).revoted_by(), p2);
  EXPECT_EQ(state.polls(1).revote_of(), p1);
  EXPECT_EQ(state.polls(1).revoted_by(), p3);
  EXPECT_EQ(state.polls(2).revote_of(), p2);
  EXPECT_EQ(state.polls(2).status(), v1::POLL_STATUS_PREPARED);
}

TEST_F(VotingTest, TheLiveStreamNeverCarriesAChoice) {
  CouncilWorld world = MakeCouncil("hue", 3, 3);
  const int64_t sid = Setup(world, 3);
  LiveReader live(*stubs_->live, world.display, sid, 0);
  const int64_t poll = CreatePoll(world.chair, sid, Resolution());
  Open(world.chair, sid, poll);
  v1::VoteReceipt receipt;
  ASSERT_TRUE(Cast(world.delegate_callers[0], sid, poll, Choose({{1, 3}}), &receipt).ok());
  // The delegate's own reply has the named vote (it is an open poll)...
  ASSERT_TRUE(receipt.reply().events(0).vote_cast().has_ballot());
  ASSERT_TRUE(live.WaitForSeq(receipt.reply().seq()));
  // ... the stream does not, and a snapshot taken now does not either.
  for (const auto& m : live.Messages()) {
    if (m.has_event() && m.event().has_vote_cast()) {
      EXPECT_FALSE(m.event().vote_cast().has_ballot());
    }
  }
  LiveReader late(*stubs_->live, world.display, sid, 0);
  ASSERT_TRUE(late.WaitForSeq(receipt.reply().seq()));
  ASSERT_TRUE(late.Messages()[0].has_snapshot());
  EXPECT_EQ(late.Messages()[0].snapshot().polls(0).voted_size(), 1);
  EXPECT_FALSE(late.Messages()[0].snapshot().polls(0).has_result());
  // After a restart the resumed stream is redacted too.
  Restart(/*crash=*/false);
  LiveReader resumed(*stubs_->live, world.display, sid, receipt.reply().seq() - 1);
  ASSERT_TRUE(resumed.WaitForSeq(receipt.reply().seq()));
  const auto msgs = resumed.Messages();
  ASSERT_TRUE(msgs.back().has_event());
  ASSERT_TRUE(msgs.back().event().has_vote_cast());
  EXPECT_FALSE(msgs.back().event().vote_cast().has_ballot());
}

// After a secret poll closes, nothing on disk or on any channel links a delegate to a
// choice. Each delegate marks a distinctive pattern on a four-official confidence rating,
// so any copy of a ballot anywhere would be recognisable.
TEST_F(VotingTest, SecretBallotLeavesNoLinkBetweenDelegateAndChoice) {
  constexpr int kVoters = 12;
  CouncilWorld world = MakeCouncil("hue", kVoters, kVoters);
  const int64_t sid = Setup(world, kVoters);
  LiveReader live(*stubs_->live, world.chair, sid, 0);
  v1::Poll rating;
  rating.set_title("Lấy phiếu tín nhiệm người giữ chức vụ do HĐND bầu");
  rating.set_kind(v1::POLL_KIND_CONFIDENCE_RATING);
  for (const char* who : {"Nguyễn Văn Hải — Chủ tịch UBND", "Trần Thị Lan — Phó Chủ tịch UBND",
                          "Lê Quốc Bảo — Chánh Văn phòng", "Phạm Thu Hà — Giám đốc Sở Tài chính"}) {
    rating.add_questions()->set_title(who);
  }
  const int64_t poll = CreatePoll(world.chair, sid, rating);
  Open(world.chair, sid, poll);

  std::vector<std::string> patterns;  // serialized ballot per delegate (all different)
  for (int i = 0; i < kVoters; ++i) {
    // Base-3 digits of i+5: a distinct rating pattern per delegate.
    int n = i + 5;
    v1::Ballot b;
    for (int q = 1; q <= 4; ++q, n /= 3) {
      auto* m = b.add_marks();
      m->set_question_id(q);
      m->add_choice_ids(n % 3 + 1);
    }
    patterns.push_back(b.SerializeAsString());
    v1::VoteReceipt receipt;
    ASSERT_TRUE(Cast(world.delegate_callers[i], sid, poll, b, &receipt).ok());
    EXPECT_FALSE(receipt.reply().events(0).vote_cast().has_ballot());
    EXPECT_EQ(receipt.SerializeAsString().find(patterns.back()), std::string::npos);
  }
  // While open: the chair's progress shows a count, not who (secret) and never what.
  v1::GetPollProgressRequest preq;
  preq.set_session_id(sid);
  preq.set_poll_id(poll);
  v1::PollProgress progress;
  CheckOk(voting_->GetPollProgress(world.chair.Context().get(), preq, &progress), "progress");
  EXPECT_EQ(progress.voted(), kVoters);
  EXPECT_EQ(progress.voted_delegates_size(), 0);

  // The check below is meaningful: before the close, the WAL holds the casting history.
  const std::filesystem::path wal = server_->database_path().string() + "-wal";
  ASSERT_TRUE(std::filesystem::exists(wal));
  EXPECT_GT(std::filesystem::file_size(wal), 0u);

  v1::CommandReply closed;
  ASSERT_TRUE(Close(world.chair, sid, poll, &closed).ok());
  const v1::PollResult& result = closed.events(0).poll_closed().result();
  EXPECT_EQ(result.tally().ballots(), kVoters);
  EXPECT_EQ(result.named_size(), 0);
  // The tally is right: recount from the patterns we sent.
  for (int q = 0; q < 4; ++q) {
    int expected[3] = {0, 0, 0};
    for (int i = 0; i < kVoters; ++i) {
      int n = i + 5;
      for (int k = 0; k < q; ++k) n /= 3;
      ++expected[n % 3];
    }
    for (int c = 0; c < 3; ++c) {
      EXPECT_EQ(result.tally().questions(q).counts(c).count(), expected[c]) << q << "/" << c;
    }
  }

  // 1. The WAL was checkpointed and truncated before the chair got the reply.
  EXPECT_TRUE(!std::filesystem::exists(wal) || std::filesystem::file_size(wal) == 0)
      << std::filesystem::file_size(wal) << " bytes left in the WAL";

  // 2. The ballot table has no delegate and no time, and nothing else holds a choice.
  Db db(server_->database_path());
  std::vector<std::string> columns;
  for (const auto& row : db.Rows("SELECT name FROM pragma_table_info('secret_ballots')")) {
    columns.push_back(row[0]);
  }
  EXPECT_EQ(columns, (std::vector<std::string>{"session_id", "poll_id", "ballot_key", "ballot"}));
  EXPECT_EQ(db.Int("SELECT count(*) FROM poll_participation WHERE ballot IS NOT NULL"), 0);
  EXPECT_EQ(db.Int("SELECT count(*) FROM poll_participation"), kVoters);
  for (const auto& row : db.Rows("SELECT payload FROM events WHERE kind = 'vote_cast'")) {
    v1::Event e;
    ASSERT_TRUE(e.ParseFromString(row[0]));
    EXPECT_FALSE(e.vote_cast().has_ballot()) << "the hash-chained log holds participation only";
  }
  const auto ballots = db.Rows("SELECT ballot_key, ballot FROM secret_ballots WHERE poll_id = " +
                               std::to_string(poll) + " ORDER BY ballot_key");
  ASSERT_EQ(ballots.size(), static_cast<size_t>(kVoters));
  std::multiset<std::string> stored, sent(patterns.begin(), patterns.end());
  for (const auto& row : ballots) {
    EXPECT_EQ(row[0].size(), 16u) << "random 16-byte key";
    stored.insert(row[1]);
  }
  EXPECT_EQ(stored, sent);

  // 3. The raw file: every ballot exists exactly once (no stale copy in a freed page or
  //    a free block), and the rows lie in key order (not casting order) in the file.
  const std::string file = FileBytes(server_->database_path());
  for (size_t i = 0; i < patterns.size(); ++i) {
    EXPECT_EQ(Occurrences(file, patterns[i]), 1u) << "ballot of delegate " << i;
  }
  std::vector<std::pair<size_t, std::string>> by_offset;  // (offset, key)
  for (const auto& row : ballots) {
    EXPECT_EQ(Occurrences(file, row[0]), 1u);
    by_offset.emplace_back(file.find(row[0]), row[0]);
  }
  std::sort(by_offset.begin(), by_offset.end());
  std::vector<std::string> keys_in_file_order;
  for (const auto& [offset, key] : by_offset) keys_in_file_order.push_back(key);
  // SQLite fills a page's cells from its end: keys inserted in ascending order lie in
  // descending offsets (all twelve fit in one page).
  EXPECT_TRUE(std::is_sorted(keys_in_file_order.rbegin(), keys_in_file_order.rend()))
      << "ballots lie in an order other than their random keys' order";

  // 4. The live stream, the server's log, GetSession and GetPollResult carry no ballot.
  ASSERT_TRUE(live.WaitForSeq(closed.seq()));
  for (const auto& m : live.Messages()) {
    const std::string bytes = m.SerializeAsString();
    for (const auto& p : patterns) EXPECT_EQ(bytes.find(p), std::string::npos);
    if (m.has_event() && m.event().has_vote_cast()) {
      EXPECT_FALSE(m.event().vote_cast().has_ballot());
    }
  }
  const std::string log = server_->StderrText();
  for (const auto& p : patterns) EXPECT_EQ(log.find(p), std::string::npos);
  EXPECT_EQ(log.find("tín nhiệm thấp"), std::string::npos);
  for (const Caller* who : {&world.chair, &world.secretary, &world.display}) {
    const std::string session = GetSession(*who, sid).SerializeAsString();
    const std::string res = Result(*who, sid, poll).SerializeAsString();
    for (const auto& p : patterns) {
      EXPECT_EQ(session.find(p), std::string::npos);
      EXPECT_EQ(res.find(p), std::string::npos);
    }
  }

  // 5. And the chain still verifies.
  auto report = store::VerifyChain(server_->database_path().string());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->ok) << report->problem;
}

// A separate thread pool casts votes for many delegates while the server is SIGKILLed at
// random moments and restarted. Every acknowledged vote is there exactly once with the
// choice sent, nothing nobody sent appears, and the hash chain verifies.

class VotingCrashTest : public VotingTest {
 public:
  // Each round: a new poll is opened, six threads cast the votes of 36 delegates, and the
  // server is SIGKILLed a few milliseconds into the burst and restarted. Then every vote
  // not acknowledged is sent again with the SAME request id (a retry after a lost reply),
  // the poll is closed and checked.
  void Run(v1::PollVisibility visibility) {
    constexpr int kDelegates = 40;
    constexpr int kNeverVote = 4;  // entitled, but never send anything
    constexpr int kRounds = 5;
    constexpr int kVoters = kDelegates - kNeverVote;
    CouncilWorld world = MakeCouncil("hue", kDelegates, kDelegates);
    const int64_t sid = Setup(world, kDelegates);
    std::mt19937 rng(20250712);
    int interrupted = 0;  // rounds in which the kill left votes unacknowledged
    for (int round = 0; round < kRounds; ++round) {
      const int64_t poll = CreatePoll(world.chair, sid, Resolution(visibility));
      Open(world.chair, sid, poll);
      auto choice_of = [round](int i) { return (i + round) % 3 + 1; };
      std::set<int> acked;
      std::map<int, int64_t> receipt_seq;
      std::mutex mu;
      auto burst = [&](bool kill) {
        std::vector<int> pending;
        for (int i = 0; i < kVoters; ++i) {
          if (!acked.count(i)) pending.push_back(i);
        }
        std::shuffle(pending.begin(), pending.end(), rng);
        std::atomic<size_t> next{0};
        auto channel = server_->NewChannel(/*own_connection=*/true);
        auto stub = v1::VotingService::NewStub(channel);
        std::vector<std::thread> casters;
        for (int k = 0; k < 6; ++k) {
          casters.emplace_back([&] {
            for (size_t j; (j = next.fetch_add(1)) < pending.size();) {
              const int i = pending[j];
              v1::VoteReceipt receipt;
              grpc::Status s =
                  Cast(world.delegate_callers[i], sid, poll, Choose({{1, choice_of(i)}}), &receipt,
                       "crash-" + std::to_string(poll) + "-" + std::to_string(i), stub.get());
              std::lock_guard lock(mu);
              if (s.ok()) {
                acked.insert(i);
                receipt_seq[i] = receipt.reply().seq();
                EXPECT_EQ(receipt.reply().events(0).vote_cast().delegate_id(),
                          world.delegates[i].id());
              } else if (s.error_code() != grpc::StatusCode::UNAVAILABLE &&
                         s.error_code() != grpc::StatusCode::DEADLINE_EXCEEDED &&
                         s.error_code() != grpc::StatusCode::CANCELLED) {
                ADD_FAILURE() << "delegate " << i << ": " << Describe(s);
              }
            }
          });
        }
        if (kill) {
          // Kill after a random number of acknowledgements, not after a random time: on a
          // fast, idle machine a whole burst can finish within a few milliseconds.
          const size_t target = acked.size() + 1 + rng() % (pending.size() / 2);
          const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
          for (;;) {
            {
              std::lock_guard lock(mu);
              if (acked.size() >= target) break;
            }
            if (std::chrono::steady_clock::now() > give_up) break;
            std::this_thread::sleep_for(std::chrono::microseconds(200));
          }
          server_->Kill();  // mid-burst
        }
        for (auto& c : casters) c.join();
      };
      burst(/*kill=*/true);
      const size_t before_restart = acked.size();
      if (before_restart < static_cast<size_t>(kVoters)) ++interrupted;
      std::cerr << "round " << round << ": " << before_restart << "/" << kVoters
                << " acknowledged before the kill\n";
      Restart(/*crash=*/false);  // already dead: just start it again
      // Retries of acknowledged votes must be answered with the same receipt.
      const std::map<int, int64_t> first_receipts = receipt_seq;
      std::set<int> retry_check(acked.begin(), acked.end());
      acked.clear();
      burst(/*kill=*/false);
      ASSERT_EQ(acked.size(), static_cast<size_t>(kVoters)) << "round " << round;
      for (int i : retry_check) {
        EXPECT_EQ(receipt_seq[i], first_receipts.at(i)) << "a retried vote got a new receipt";
      }

      v1::CommandReply closed;
      ASSERT_TRUE(Close(world.chair, sid, poll, &closed).ok());
      const v1::PollResult& result = closed.events(0).poll_closed().result();
      EXPECT_EQ(result.tally().ballots(), kVoters);
      int expected[3] = {0, 0, 0};
      for (int i = 0; i < kVoters; ++i) ++expected[choice_of(i) - 1];
      for (int c = 0; c < 3; ++c) {
        EXPECT_EQ(result.tally().questions(0).counts(c).count(), expected[c]) << c;
      }
      Db db(server_->database_path());
      const std::string where = " WHERE poll_id = " + std::to_string(poll);
      EXPECT_EQ(db.Int("SELECT count(*) FROM poll_participation" + where), kVoters);
      if (visibility == v1::POLL_VISIBILITY_OPEN) {
        ASSERT_EQ(result.named_size(), kVoters);
        std::set<int64_t> voters;
        for (const auto& v : result.named()) {
          int index = -1;
          for (int i = 0; i < kDelegates; ++i) {
            if (world.delegates[i].id() == v.delegate_id()) index = i;
          }
          ASSERT_TRUE(index >= 0 && index < kVoters) << "a vote nobody sent: " << v.delegate_id();
          EXPECT_EQ(v.ballot().marks(0).choice_ids(0), choice_of(index)) << index;
          EXPECT_TRUE(voters.insert(v.delegate_id()).second) << "twice: " << index;
        }
      } else {
        EXPECT_EQ(db.Int("SELECT count(*) FROM secret_ballots" + where), kVoters);
      }
    }
    Db db(server_->database_path());
    EXPECT_EQ(db.Int("SELECT count(*) FROM events WHERE kind = 'vote_cast'"), kRounds * kVoters);
    EXPECT_GE(interrupted, 1) << "no kill landed in the middle of a burst";
    auto report = store::VerifyChain(server_->database_path().string());
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    EXPECT_TRUE(report->ok) << report->problem;
  }
};

TEST_F(VotingCrashTest, OpenPollSurvivesSigkillLoop) { Run(v1::POLL_VISIBILITY_OPEN); }
TEST_F(VotingCrashTest, SecretPollSurvivesSigkillLoop) { Run(v1::POLL_VISIBILITY_SECRET); }

}  // namespace
}  // namespace dienhong::it
