// LogWriter: stamping, group commit, failure and recovery, restart.
#include "server/store/log_writer.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <future>
#include <latch>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "server/store/chain.h"
#include "server/store/log_reader.h"
#include "server/store/schema.h"
#include "tests/server/store_test_util.h"

namespace dienhong::store {
namespace {

using google::protobuf::util::MessageDifferencer;
using store_test::Attendance;
using store_test::Outcome;
using store_test::RawQuery;
using store_test::RawQueryInt;
using store_test::Request;
using store_test::SittingOpened;
using store_test::StageAndWait;

class LogWriterTest : public store_test::StoreTest {
 protected:
  std::unique_ptr<LogWriter> StartWriter(WriterOptions options = {}) {
    auto writer = std::make_unique<LogWriter>(db_path(), clock_, options);
    Status s = writer->Start();
    EXPECT_TRUE(s.ok()) << s.ToString();
    return writer;
  }

  std::unique_ptr<LogReader> OpenReader() {
    Result<std::unique_ptr<LogReader>> r = LogReader::Open(db_path());
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : nullptr;
  }

  void ExpectChainOk(int64_t events) {
    Result<VerifyReport> r = VerifyChain(db_path());
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(r->ok) << r->problem;
    EXPECT_EQ(r->events_checked, events);
  }

  // A request whose side effect signals `entered` and then waits for `release`, so that
  // the test can stage more requests while this one's batch is in flight.
  struct Gate {
    std::promise<void> entered;
    std::promise<Status> release;
  };
  AppendRequest Gated(Gate* gate, std::vector<v1::Event> events) {
    AppendRequest r = Request(std::move(events));
    auto released = std::make_shared<std::shared_future<Status>>(gate->release.get_future());
    r.side_effects = [gate, released](sqlite3*) {
      gate->entered.set_value();
      return released->get();
    };
    return r;
  }
};

// Collects done() outcomes in call order.
struct Recorder {
  std::mutex mu;
  std::vector<std::pair<std::string, Outcome>> calls;
  std::function<void(const Status&, const std::vector<v1::Event>&)> For(std::string name) {
    return [this, name](const Status& s, const std::vector<v1::Event>& events) {
      std::lock_guard<std::mutex> lock(mu);
      calls.push_back({name, Outcome{s, events}});
    };
  }
};

TEST_F(LogWriterTest, StageStampsEventsAndTheyReadBackIdentical) {
  auto writer = StartWriter();
  std::vector<v1::Event> stamped =
      writer->Stage(Request({Attendance(5, 1, 11), Attendance(5, 2, 12)}, "req-a"));
  clock_.Advance(250);
  std::vector<v1::Event> stamped2 = writer->Stage(Request({SittingOpened(5, 3)}));
  writer->Flush();

  ASSERT_EQ(stamped.size(), 2u);
  EXPECT_EQ(stamped[0].log_index(), 1);
  EXPECT_EQ(stamped[1].log_index(), 2);
  EXPECT_EQ(stamped2[0].log_index(), 3);
  // One timestamp per request, from the clock.
  EXPECT_EQ(stamped[0].recorded_at().seconds(), 1'751'356'800);
  EXPECT_EQ(stamped[1].recorded_at().nanos(), 0);
  EXPECT_EQ(stamped2[0].recorded_at().nanos(), 250'000);
  for (const auto* e : {&stamped[0], &stamped[1], &stamped2[0]}) {
    EXPECT_EQ(e->hash().size(), kHashSize);
  }
  EXPECT_EQ(writer->transactions() >= 1, true);
  EXPECT_EQ(writer->last_log_index(), 3);

  auto reader = OpenReader();
  Result<std::vector<v1::Event>> read = reader->ReadStream(5, 0);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->size(), 3u);
  std::vector<v1::Event> expected = {stamped[0], stamped[1], stamped2[0]};
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_TRUE(MessageDifferencer::Equals((*read)[i], expected[i]))
        << (*read)[i].DebugString() << "\nvs\n"
        << expected[i].DebugString();
    EXPECT_EQ((*read)[i].hash(), expected[i].hash());
  }
  // The hash chains through the returned hashes.
  EXPECT_EQ(RawQuery(db_path(), "SELECT hex(prev_hash) FROM events WHERE log_index = 2"), [&] {
    std::string hex = ToHex(stamped[0].hash());
    for (char& c : hex) c = static_cast<char>(toupper(c));
    return hex;
  }());
  ExpectChainOk(3);
}

TEST_F(LogWriterTest, StoredColumnsFollowTheDocumentedForm) {
  auto writer = StartWriter();
  std::vector<v1::Event> stamped = writer->Stage(
      Request({Attendance(5, 1, 11), Attendance(5, 2, 12), SittingOpened(5, 3)}, "req-a"));
  writer->Flush();
  EXPECT_EQ(RawQuery(db_path(),
                     "SELECT group_concat(kind || ':' || ifnull(idempotency_key, 'NULL') || ':' "
                     "|| command_events || ':' || recorded_at_us, ' ') FROM (SELECT * FROM "
                     "events ORDER BY log_index)"),
            "attendance_recorded:req-a:3:1751356800000000 "
            "attendance_recorded:NULL:1:1751356800000000 "
            "sitting_opened:NULL:1:1751356800000000");
  EXPECT_EQ(RawQuery(db_path(), "SELECT hex(prev_hash) FROM events WHERE log_index = 1"),
            std::string(64, '0'));
  // The payload is the event without its envelope.
  std::string payload_hex =
      RawQuery(db_path(), "SELECT hex(payload) FROM events WHERE log_index = 3");
  v1::Event body = SittingOpened(5, 3);
  body.clear_stream_id();
  body.clear_seq();
  std::string expected_hex;
  for (unsigned char c : body.SerializeAsString()) {
    static const char* d = "0123456789ABCDEF";
    expected_hex += d[c >> 4];
    expected_hex += d[c & 15];
  }
  EXPECT_EQ(payload_hex, expected_hex);
}

TEST_F(LogWriterTest, DoneRunsInStagingOrderOnTheWriterThread) {
  auto writer = StartWriter();
  Recorder rec;
  std::mutex mu;
  std::set<std::thread::id> threads;
  for (int i = 1; i <= 50; ++i) {
    AppendRequest r = Request({SittingOpened(1, i)});
    auto inner = rec.For(std::to_string(i));
    r.done = [&, inner](const Status& s, const std::vector<v1::Event>& e) {
      {
        std::lock_guard<std::mutex> lock(mu);
        threads.insert(std::this_thread::get_id());
      }
      inner(s, e);
    };
    writer->Stage(std::move(r));
  }
  writer->Flush();
  ASSERT_EQ(rec.calls.size(), 50u);
  for (int i = 0; i < 50; ++i) {
    EXPECT_EQ(rec.calls[i].first, std::to_string(i + 1));
    EXPECT_TRUE(rec.calls[i].second.status.ok());
    EXPECT_EQ(rec.calls[i].second.events[0].log_index(), i + 1);
  }
  EXPECT_EQ(threads.size(), 1u);
  EXPECT_EQ(threads.count(std::this_thread::get_id()), 0u);
}

TEST_F(LogWriterTest, GroupCommitSharesTransactions) {
  auto writer = StartWriter();
  constexpr int kThreads = 8;
  constexpr int kPerThread = 200;
  std::atomic<int> ok{0};
  std::atomic<int> failed{0};
  std::mutex mu;
  std::vector<int64_t> indices;
  std::latch go(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      go.arrive_and_wait();
      for (int i = 1; i <= kPerThread; ++i) {
        AppendRequest r =
            Request({SittingOpened(t + 1, i)}, "t" + std::to_string(t) + "-" + std::to_string(i));
        r.done = [&](const Status& s, const std::vector<v1::Event>& events) {
          (s.ok() ? ok : failed)++;
          std::lock_guard<std::mutex> lock(mu);
          indices.push_back(events[0].log_index());
        };
        writer->Stage(std::move(r));
      }
    });
  }
  for (auto& t : threads) t.join();
  writer->Flush();

  EXPECT_EQ(ok.load(), kThreads * kPerThread);
  EXPECT_EQ(failed.load(), 0);
  ASSERT_EQ(indices.size(), size_t{kThreads * kPerThread});
  // done runs in log order: 1, 2, ..., 1600.
  for (size_t i = 0; i < indices.size(); ++i) ASSERT_EQ(indices[i], int64_t(i) + 1);
  EXPECT_EQ(writer->last_log_index(), kThreads * kPerThread);
  std::cout << "[ group commit ] " << kThreads * kPerThread << " requests in "
            << writer->transactions() << " transactions\n";
  EXPECT_LT(writer->transactions(), kThreads * kPerThread);
  EXPECT_GE(writer->transactions(), 1);
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM events"), kThreads * kPerThread);
  ExpectChainOk(kThreads * kPerThread);
}

TEST_F(LogWriterTest, MaxBatchBoundsTheTransaction) {
  auto writer = StartWriter(WriterOptions{.max_batch = 1});
  Gate gate;
  writer->Stage(Gated(&gate, {SittingOpened(1, 1)}));
  gate.entered.get_future().wait();
  for (int i = 2; i <= 5; ++i) writer->Stage(Request({SittingOpened(1, i)}));
  gate.release.set_value(Status::Ok());
  writer->Flush();
  EXPECT_EQ(writer->transactions(), 5);
  ExpectChainOk(5);
}

TEST_F(LogWriterTest, FailingSideEffectFailsItsBatchAndEverythingQueuedBehind) {
  auto writer = StartWriter();
  for (int i = 1; i <= 3; ++i) {
    ASSERT_TRUE(StageAndWait(*writer, Request({SittingOpened(1, i)})).status.ok());
  }
  Recorder rec;
  Gate gate;
  AppendRequest a = Gated(&gate, {SittingOpened(1, 4)});
  a.done = rec.For("a");
  std::vector<v1::Event> a_events = writer->Stage(std::move(a));
  EXPECT_EQ(a_events[0].log_index(), 4);
  gate.entered.get_future().wait();  // a's batch is in flight
  AppendRequest b = Request({Attendance(2, 1, 1)});
  b.done = rec.For("b");
  AppendRequest c = Request({Attendance(2, 2, 2), Attendance(2, 3, 3)}, "c-key");
  c.done = rec.For("c");
  EXPECT_EQ(writer->Stage(std::move(b))[0].log_index(), 5);
  EXPECT_EQ(writer->Stage(std::move(c))[0].log_index(), 6);
  gate.release.set_value(Status::Internal("registry write failed"));
  writer->Flush();

  ASSERT_EQ(rec.calls.size(), 3u);
  EXPECT_EQ(rec.calls[0].first, "a");
  EXPECT_EQ(rec.calls[0].second.status.code(), StatusCode::kInternal);
  EXPECT_EQ(rec.calls[0].second.status.message(), "registry write failed");
  EXPECT_EQ(rec.calls[1].first, "b");
  EXPECT_EQ(rec.calls[1].second.status.code(), StatusCode::kUnavailable);
  EXPECT_EQ(rec.calls[2].first, "c");
  EXPECT_EQ(rec.calls[2].second.status.code(), StatusCode::kUnavailable);
  EXPECT_NE(rec.calls[2].second.status.message().find("registry write failed"), std::string::npos);
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM events"), 3);
  EXPECT_EQ(writer->last_log_index(), 3);

  // The writer recovered: the next request chains onto event 3, which is in the file.
  Outcome d = StageAndWait(*writer, Request({SittingOpened(1, 4)}, "c-key"));
  ASSERT_TRUE(d.status.ok()) << d.status.ToString();
  EXPECT_EQ(d.events[0].log_index(), 4);
  EXPECT_EQ(writer->last_log_index(), 4);
  ExpectChainOk(4);
}

TEST_F(LogWriterTest, InnocentRequestInAFailedBatchGetsUnavailable) {
  auto writer = StartWriter();
  Gate gate;
  Recorder rec;
  AppendRequest blocker = Gated(&gate, {SittingOpened(1, 1)});
  blocker.done = rec.For("blocker");
  writer->Stage(std::move(blocker));
  gate.entered.get_future().wait();
  // Both queue behind the blocker, so they are written together in the next batch.
  AppendRequest bad = Request({SittingOpened(1, 2)});
  bad.side_effects = [](sqlite3*) { return Status::AlreadyExists("council 3 already exists"); };
  bad.done = rec.For("bad");
  AppendRequest innocent = Request({SittingOpened(2, 1)});
  innocent.done = rec.For("innocent");
  writer->Stage(std::move(bad));
  writer->Stage(std::move(innocent));
  gate.release.set_value(Status::Ok());
  writer->Flush();

  ASSERT_EQ(rec.calls.size(), 3u);
  EXPECT_TRUE(rec.calls[0].second.status.ok());
  EXPECT_EQ(rec.calls[1].second.status.code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(rec.calls[2].second.status.code(), StatusCode::kUnavailable);
  EXPECT_EQ(writer->transactions(), 1);
  ExpectChainOk(1);
}

TEST_F(LogWriterTest, SideEffectsCommitWithTheEventsOrNotAtAll) {
  auto writer = StartWriter();
  auto insert_council = [](int id) {
    return [id](sqlite3* db) {
      return Exec(db, "INSERT INTO councils (id, name, data) VALUES (" + std::to_string(id) +
                          ", 'c', x'00')");
    };
  };
  AppendRequest ok = Request({SittingOpened(0, 1)});
  ok.side_effects = insert_council(1);
  ASSERT_TRUE(StageAndWait(*writer, std::move(ok)).status.ok());
  // Same primary key: the side effect fails, and the event is not written either.
  AppendRequest dup = Request({SittingOpened(0, 2)});
  dup.side_effects = insert_council(1);
  Outcome out = StageAndWait(*writer, std::move(dup));
  EXPECT_FALSE(out.status.ok());
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM councils"), 1);
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM events"), 1);
  // A request with only a side effect.
  AppendRequest only = Request({});
  only.side_effects = insert_council(2);
  ASSERT_TRUE(StageAndWait(*writer, std::move(only)).status.ok());
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM councils"), 2);
  ExpectChainOk(1);
}

TEST_F(LogWriterTest, DuplicateIdempotencyKeyFailsWithAlreadyExistsAndRecovers) {
  auto writer = StartWriter();
  ASSERT_TRUE(StageAndWait(*writer, Request({SittingOpened(1, 1)}, "k1")).status.ok());
  Outcome dup = StageAndWait(*writer, Request({SittingOpened(1, 2)}, "k1"));
  EXPECT_EQ(dup.status.code(), StatusCode::kAlreadyExists) << dup.status.ToString();
  EXPECT_NE(dup.status.message().find("k1"), std::string::npos);
  Outcome next = StageAndWait(*writer, Request({SittingOpened(1, 2)}, "k2"));
  ASSERT_TRUE(next.status.ok()) << next.status.ToString();
  EXPECT_EQ(next.events[0].log_index(), 2);
  ExpectChainOk(2);
}

TEST_F(LogWriterTest, DuplicateStreamSeqFailsWithFailedPrecondition) {
  auto writer = StartWriter();
  ASSERT_TRUE(StageAndWait(*writer, Request({SittingOpened(1, 1)})).status.ok());
  Outcome dup = StageAndWait(*writer, Request({SittingOpened(1, 1)}));
  EXPECT_EQ(dup.status.code(), StatusCode::kFailedPrecondition) << dup.status.ToString();
  ExpectChainOk(1);
}

TEST_F(LogWriterTest, RestartContinuesTheChain) {
  std::string head_hash;
  {
    auto writer = StartWriter();
    for (int i = 1; i <= 5; ++i) {
      Outcome o = StageAndWait(*writer, Request({SittingOpened(1, i)}));
      ASSERT_TRUE(o.status.ok());
      head_hash = o.events[0].hash();
    }
    writer->Stop();
    writer->Stop();  // idempotent
  }
  auto writer = StartWriter();
  EXPECT_EQ(writer->last_log_index(), 5);
  EXPECT_EQ(writer->transactions(), 0);
  for (int i = 6; i <= 8; ++i) {
    Outcome o = StageAndWait(*writer, Request({SittingOpened(1, i)}));
    ASSERT_TRUE(o.status.ok()) << o.status.ToString();
    EXPECT_EQ(o.events[0].log_index(), i);
  }
  writer->Stop();
  EXPECT_EQ(RawQuery(db_path(), "SELECT hex(prev_hash) = '" + ToHex(head_hash) +
                                    "' COLLATE NOCASE FROM events WHERE log_index = 6"),
            "1");
  ExpectChainOk(8);
}

TEST_F(LogWriterTest, StopDrainsTheQueue) {
  auto writer = StartWriter();
  std::atomic<int> ok{0};
  for (int i = 1; i <= 100; ++i) {
    AppendRequest r = Request({SittingOpened(1, i)});
    r.done = [&ok](const Status& s, const std::vector<v1::Event>&) { ok += s.ok(); };
    writer->Stage(std::move(r));
  }
  writer->Stop();
  EXPECT_EQ(ok.load(), 100);
  ExpectChainOk(100);
}

TEST_F(LogWriterTest, StageAfterStopFailsOnTheWriterThread) {
  auto writer = StartWriter();
  ASSERT_TRUE(StageAndWait(*writer, Request({SittingOpened(1, 1)})).status.ok());
  writer->Stop();
  // The caller may hold a lock around Stage() that its `done` takes: no self-deadlock,
  // because `done` never runs inside Stage().
  std::mutex caller_mu;
  std::promise<Status> result;
  AppendRequest r = Request({SittingOpened(1, 2)});
  r.done = [&](const Status& s, const std::vector<v1::Event>&) {
    std::lock_guard<std::mutex> lock(caller_mu);
    result.set_value(s);
  };
  {
    std::lock_guard<std::mutex> lock(caller_mu);
    writer->Stage(std::move(r));
  }
  Status s = result.get_future().get();
  EXPECT_EQ(s.code(), StatusCode::kUnavailable);
  writer->Flush();
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM events"), 1);
  writer.reset();  // joins the lingering thread
}

TEST_F(LogWriterTest, StartTwiceIsRefused) {
  auto writer = StartWriter();
  EXPECT_EQ(writer->Start().code(), StatusCode::kFailedPrecondition);
}

TEST_F(LogWriterTest, StartFailsOnAnUnopenableFile) {
  LogWriter writer((dir_.path() / "no-such-dir" / "log.db").string(), clock_);
  Status s = writer.Start();
  EXPECT_FALSE(s.ok());
}

TEST_F(LogWriterTest, DoneMayStageTheNextRequest) {
  auto writer = StartWriter();
  std::promise<Outcome> second;
  AppendRequest first = Request({SittingOpened(1, 1)});
  LogWriter* w = writer.get();
  first.done = [w, &second](const Status& s, const std::vector<v1::Event>&) {
    ASSERT_TRUE(s.ok());
    AppendRequest next = Request({SittingOpened(1, 2)});
    next.done = [&second](const Status& s2, const std::vector<v1::Event>& e) {
      second.set_value(Outcome{s2, e});
    };
    w->Stage(std::move(next));
  };
  writer->Stage(std::move(first));
  Outcome o = second.get_future().get();
  EXPECT_TRUE(o.status.ok());
  EXPECT_EQ(o.events[0].log_index(), 2);
}

TEST_F(LogWriterTest, ForeignWriterIsDetectedAndTheWriterResyncs) {
  auto writer = StartWriter();
  ASSERT_TRUE(StageAndWait(*writer, Request({SittingOpened(1, 1)})).status.ok());
  {
    // A second writer on the same file (a misconfigured second server) appends event 2.
    auto other = StartWriter();
    ASSERT_TRUE(StageAndWait(*other, Request({SittingOpened(2, 1)})).status.ok());
  }
  Outcome o = StageAndWait(*writer, Request({SittingOpened(1, 2)}));
  EXPECT_EQ(o.status.code(), StatusCode::kInternal);
  EXPECT_NE(o.status.message().find("another process"), std::string::npos);
  Outcome again = StageAndWait(*writer, Request({SittingOpened(1, 2)}));
  ASSERT_TRUE(again.status.ok()) << again.status.ToString();
  EXPECT_EQ(again.events[0].log_index(), 3);
  ExpectChainOk(3);
}

// Failures while other threads keep staging: whatever a request is told in `done` must
// be what the file holds, and the chain must stay valid.
TEST_F(LogWriterTest, ConcurrentFailuresNeverCorruptTheChain) {
  // Small batches, so that failures and successes interleave many times.
  auto writer = StartWriter(WriterOptions{.max_batch = 8});
  constexpr int kThreads = 4;
  constexpr int kPerThread = 250;
  std::mutex mu;
  std::vector<v1::Event> committed;
  std::vector<int64_t> failed_streams;
  std::atomic<int> poisoned{0};
  std::latch go(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::mt19937 rng(t);
      go.arrive_and_wait();
      for (int i = 0; i < kPerThread; ++i) {
        // Unique stream per request: a failed request leaves no gap in any stream.
        int64_t stream = 1 + t * kPerThread + i;
        AppendRequest r = Request({SittingOpened(stream, 1), Attendance(stream, 2, t)});
        if (rng() % 40 == 0) {
          ++poisoned;
          r.side_effects = [](sqlite3*) { return Status::Internal("injected"); };
        }
        r.done = [&, stream](const Status& s, const std::vector<v1::Event>& events) {
          std::lock_guard<std::mutex> lock(mu);
          if (s.ok()) {
            committed.insert(committed.end(), events.begin(), events.end());
          } else {
            failed_streams.push_back(stream);
          }
        };
        writer->Stage(std::move(r));
        if (rng() % 4 == 0) std::this_thread::sleep_for(std::chrono::microseconds(rng() % 200));
      }
    });
  }
  for (auto& t : threads) t.join();
  writer->Flush();

  EXPECT_EQ(committed.size() / 2 + failed_streams.size(), size_t{kThreads * kPerThread});
  EXPECT_GE(failed_streams.size(), size_t(poisoned.load()));
  EXPECT_GT(poisoned.load(), 0);
  std::cout << "[ failures ] " << committed.size() / 2 << " committed, " << failed_streams.size()
            << " failed (" << poisoned.load() << " poisoned), " << writer->transactions()
            << " transactions\n";
  EXPECT_EQ(RawQueryInt(db_path(), "SELECT count(*) FROM events"), int64_t(committed.size()));
  ExpectChainOk(committed.size());
  // Every acknowledged event is in the file exactly as acknowledged.
  auto reader = OpenReader();
  for (const v1::Event& e : committed) {
    Result<std::vector<v1::Event>> read = reader->ReadStream(e.stream_id(), e.seq() - 1, 1);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 1u);
    ASSERT_TRUE(MessageDifferencer::Equals((*read)[0], e)) << e.DebugString();
  }
  for (int64_t stream : failed_streams) {
    Result<std::vector<v1::Event>> read = reader->ReadStream(stream, 0);
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read->empty()) << "stream " << stream;
  }
  // And the writer is healthy afterwards.
  Outcome last = StageAndWait(*writer, Request({SittingOpened(999'999, 1)}));
  ASSERT_TRUE(last.status.ok()) << last.status.ToString();
  EXPECT_EQ(last.events[0].log_index(), int64_t(committed.size()) + 1);
  ExpectChainOk(committed.size() + 1);
}

#ifndef NDEBUG
// Not a fixture test: the death-test child must not leave a temporary directory behind,
// and the writer touches no file before Start().
TEST(LogWriterDeathTest, StageBeforeStartIsAProgrammingError) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  ManualClock clock(0);
  LogWriter writer("/nonexistent/never-opened.db", clock);
  EXPECT_DEATH(writer.Stage(Request({SittingOpened(1, 1)})), "before Start");
}
#endif

}  // namespace
}  // namespace dienhong::store
