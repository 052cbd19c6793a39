// Many commands at once, as when the chair opens a sitting and the whole hall checks in:
// every one is acknowledged, every event is in the log, and seqs are contiguous.
#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <future>
#include <mutex>

#include "server/store/chain.h"
#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

class GroupCommitTest : public IntegrationTest {};

TEST_F(GroupCommitTest, FiftyDelegatesCheckInAtOnce) {
  constexpr int kDelegates = 50;
  CouncilWorld world = MakeCouncil("haiduong", 60, kDelegates);
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Convene(world.chair, sid);
  OpenSitting(world.chair, sid, 1);
  const int64_t start_seq = GetSession(world.observer, sid).last_seq();

  // Released together so the calls really overlap on the server.
  std::mutex mu;
  std::condition_variable go;
  bool started = false;
  std::vector<std::future<std::pair<grpc::Status, v1::CommandReply>>> calls;
  for (int i = 0; i < kDelegates; ++i) {
    calls.push_back(std::async(std::launch::async, [&, i] {
      {
        std::unique_lock lock(mu);
        go.wait(lock, [&] { return started; });
      }
      v1::CheckInRequest req;
      req.set_session_id(sid);
      req.set_request_id("checkin-" + std::to_string(i));
      req.set_status(i % 5 == 0 ? v1::ATTENDANCE_STATUS_ONLINE : v1::ATTENDANCE_STATUS_PRESENT);
      v1::CommandReply reply;
      grpc::Status status =
          stubs_->attendance->CheckIn(world.delegate_callers[i].Context().get(), req, &reply);
      return std::make_pair(status, reply);
    }));
  }
  {
    std::lock_guard lock(mu);
    started = true;
  }
  go.notify_all();

  std::vector<int64_t> seqs;
  std::vector<int64_t> log_indexes;
  for (int i = 0; i < kDelegates; ++i) {
    auto [status, reply] = calls[i].get();
    ASSERT_TRUE(status.ok()) << "delegate " << i << ": " << Describe(status);
    ASSERT_EQ(reply.events_size(), 1);
    EXPECT_FALSE(reply.replayed());
    EXPECT_EQ(reply.events(0).attendance_recorded().delegate_id(),
              world.delegate_callers[i].delegate_id);
    seqs.push_back(reply.seq());
    log_indexes.push_back(reply.events(0).log_index());
  }
  std::sort(seqs.begin(), seqs.end());
  for (int i = 0; i < kDelegates; ++i) {
    EXPECT_EQ(seqs[i], start_seq + 1 + i) << "seqs must be contiguous, without duplicates";
  }
  std::sort(log_indexes.begin(), log_indexes.end());
  EXPECT_EQ(std::adjacent_find(log_indexes.begin(), log_indexes.end()), log_indexes.end())
      << "two replies claim the same log_index";

  const v1::SessionState state = GetSession(world.observer, sid);
  EXPECT_EQ(state.last_seq(), start_seq + kDelegates);
  ASSERT_EQ(state.sittings(0).attendance_size(), kDelegates);
  v1::GetQuorumRequest quorum_req;
  quorum_req.set_session_id(sid);
  v1::QuorumStatus quorum;
  ASSERT_TRUE(
      stubs_->attendance->GetQuorum(world.display.Context().get(), quorum_req, &quorum).ok());
  EXPECT_EQ(quorum.present(), 40);
  EXPECT_EQ(quorum.online(), 10);
  EXPECT_EQ(quorum.required(), 40);
  EXPECT_TRUE(quorum.met());

  // Every acknowledged event is in the file, and the chain over them verifies.
  ASSERT_TRUE(StopServer());
  auto report = store::VerifyChain(server_->database_path().string());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->ok) << report->problem;
  EXPECT_GE(report->head_log_index, log_indexes.back());
}

}  // namespace
}  // namespace dienhong::it
