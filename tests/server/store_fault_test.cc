// The store under a failing file system (FaultInjectionEnv through the SQLite VFS shim):
// a full disk, a failed fsync, a failed rename and a failed checkpoint. What must hold:
// an acknowledged command is never lost, a failed commit is reported (never
// acknowledged) and leaves nothing behind, and the writer goes on once the disk recovers.
#include <gtest/gtest.h>

#include <vector>

#include "server/store/ballot_table.h"
#include "server/store/chain.h"
#include "server/store/log_reader.h"
#include "server/store/log_writer.h"
#include "tests/server/fault_env.h"
#include "tests/server/store_test_util.h"

namespace dienhong::store {
namespace {

using Fault = FaultInjectionEnv::Fault;
using store_test::Outcome;
using store_test::Request;
using store_test::SittingOpened;
using store_test::StageAndWait;

class StoreFaultTest : public store_test::StoreTest,
                       public ::testing::WithParamInterface<Fault> {
 protected:
  std::unique_ptr<LogWriter> StartWriter() {
    WriterOptions options;
    options.env = &env_;
    auto writer = std::make_unique<LogWriter>(db_path(), clock_, options);
    Status s = writer->Start();
    EXPECT_TRUE(s.ok()) << s.ToString();
    return writer;
  }

  // The events of stream 1 as a plain reader (the real file system) sees them.
  std::vector<int64_t> StoredSittings() {
    auto reader = LogReader::Open(db_path());
    EXPECT_TRUE(reader.ok()) << reader.status().ToString();
    std::vector<int64_t> out;
    if (!reader.ok()) return out;
    auto events = (*reader)->ReadStream(1, 0);
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    if (events.ok()) {
      for (const auto& e : *events) out.push_back(e.sitting_opened().sitting_id());
    }
    return out;
  }

  FaultInjectionEnv env_;
};

// Thirty commands, one at a time; before some of them a write (or an fsync) of the commit
// is made to fail, at varying depths of the commit. Every command that was acknowledged
// is in the log after a restart, in order; none that failed is; the chain is whole.
TEST_P(StoreFaultTest, AcknowledgedCommandsSurviveAndFailedOnesAreReportedNotKept) {
  const Fault fault = GetParam();
  std::vector<int64_t> acknowledged;
  int failures = 0;
  {
    auto writer = StartWriter();
    int64_t next_seq = 1;
    for (int i = 1; i <= 30; ++i) {
      if (i % 3 == 0) env_.FailNth(fault, 1 + (i / 3) % 3);
      Outcome out = StageAndWait(*writer, Request({SittingOpened(1, next_seq, i)}));
      if (out.status.ok()) {
        acknowledged.push_back(i);
        ++next_seq;
      } else {
        ++failures;
        EXPECT_EQ(out.status.code(), StatusCode::kUnavailable) << out.status.ToString();
      }
      env_.Heal();
    }
    writer->Stop();
  }
  EXPECT_GT(env_.failed(fault), 0) << "the fault was never reached";
  EXPECT_GT(failures, 0);
  EXPECT_FALSE(acknowledged.empty());
  EXPECT_EQ(StoredSittings(), acknowledged);
  auto report = VerifyChain(db_path());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->ok) << report->problem;
  EXPECT_EQ(report->events_checked, static_cast<int64_t>(acknowledged.size()));
}

INSTANTIATE_TEST_SUITE_P(DiskFaults, StoreFaultTest,
                         ::testing::Values(Fault::kFullDisk, Fault::kFsync),
                         [](const auto& info) {
                           return info.param == Fault::kFullDisk ? std::string("FullDisk")
                                                                 : std::string("FailedFsync");
                         });

class StoreFaultBasicsTest : public store_test::StoreTest {
 protected:
  FaultInjectionEnv env_;
};

// A disk that stays full: every command fails, clearly, until space is freed; then the
// writer goes on from the real head of the chain without a restart.
TEST_F(StoreFaultBasicsTest, FullDiskRefusesEveryCommitUntilSpaceIsFreed) {
  WriterOptions options;
  options.env = &env_;
  LogWriter writer(db_path(), clock_, options);
  ASSERT_TRUE(writer.Start().ok());
  ASSERT_TRUE(StageAndWait(writer, Request({SittingOpened(1, 1, 1)})).status.ok());
  env_.FailNth(Fault::kFullDisk, 1, /*sticky=*/true);
  for (int i = 0; i < 3; ++i) {
    Outcome out = StageAndWait(writer, Request({SittingOpened(1, 2, 2)}));
    ASSERT_FALSE(out.status.ok());
    EXPECT_EQ(out.status.code(), StatusCode::kUnavailable);
  }
  env_.Heal();
  EXPECT_TRUE(StageAndWait(writer, Request({SittingOpened(1, 2, 2)})).status.ok());
  writer.Stop();
  auto report = VerifyChain(db_path());
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok) << report->problem;
  EXPECT_EQ(report->events_checked, 2);
}

TEST_F(StoreFaultBasicsTest, FailedCheckpointIsReportedAndCanBeRetried) {
  {
    LogWriter writer(db_path(), clock_);
    ASSERT_TRUE(writer.Start().ok());
    ASSERT_TRUE(StageAndWait(writer, Request({SittingOpened(1, 1, 1)})).status.ok());
    writer.Stop();
  }
  auto table = BallotTable::Open(db_path(), &env_);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  env_.FailNth(Fault::kCheckpoint, 1);
  Status failed = (*table)->TruncateWal();
  EXPECT_EQ(failed.code(), StatusCode::kUnavailable) << failed.ToString();
  EXPECT_TRUE((*table)->TruncateWal().ok());
}

TEST_F(StoreFaultBasicsTest, RenameAndFileFaultsFailTheNthOperation) {
  const std::string a = (dir_.path() / "a").string();
  const std::string b = (dir_.path() / "b").string();
  auto file = env_.NewWritableFile(a);
  ASSERT_TRUE(file.ok());
  env_.FailNth(Fault::kFsync, 2);
  EXPECT_TRUE((*file)->Append("x").ok());
  EXPECT_TRUE((*file)->Sync().ok());
  EXPECT_FALSE((*file)->Sync().ok());
  EXPECT_TRUE((*file)->Close().ok());
  env_.FailNth(Fault::kRename, 1);
  EXPECT_EQ(env_.RenameFile(a, b).code(), StatusCode::kUnavailable);
  EXPECT_TRUE(env_.FileExists(a));
  EXPECT_TRUE(env_.RenameFile(a, b).ok());
  EXPECT_TRUE(env_.FileExists(b));
}

}  // namespace
}  // namespace dienhong::store
