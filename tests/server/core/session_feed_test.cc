// SessionFeed: snapshot vs backlog on subscribe, no gap and no duplicate between the
// backlog and live offers (inline and on a fan-out thread, batched or not), slow sinks
// dropped, shutdown ends every sink.
#include "server/live/session_feed.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include "server/worker_pool.h"

namespace dienhong {
namespace {

class RecordingSink : public LiveSink {
 public:
  explicit RecordingSink(size_t capacity = 1000) : capacity_(capacity) {}
  bool Offer(const LiveMessagePtr& m) override {
    std::lock_guard lock(mu);
    if (messages.size() >= capacity_) return false;
    messages.push_back(m);
    return true;
  }
  void End(const Status& s) override { ended = s; }

  // Seqs of the events received, single or batched, in arrival order.
  std::vector<int64_t> EventSeqs() const {
    std::lock_guard lock(mu);
    std::vector<int64_t> out;
    for (const auto& m : messages) {
      if (m->has_event()) out.push_back(m->event().seq());
      for (const auto& e : m->batch().events()) out.push_back(e.seq());
    }
    return out;
  }
  // The seq a client stands at after the messages: snapshot's last seq, then events.
  int64_t LastSeq() const {
    std::lock_guard lock(mu);
    int64_t last = 0;
    for (const auto& m : messages) {
      if (m->has_snapshot()) last = m->snapshot().last_seq();
      if (m->has_event()) last = m->event().seq();
      if (m->batch().events_size() > 0) last = m->batch().events().rbegin()->seq();
    }
    return last;
  }

  mutable std::mutex mu;

  std::vector<LiveMessagePtr> messages;
  std::optional<Status> ended;

 private:
  size_t capacity_;
};

v1::Event Created(int64_t session) {
  v1::Event e;
  e.set_stream_id(session);
  e.set_seq(1);
  e.mutable_session_created()->set_title("Kỳ họp thứ Nhất");
  e.mutable_session_created()->set_council_id(1);
  return e;
}

v1::Event Opened(int64_t seq) {
  // Any event body will do for sequencing; a sitting that does not exist is ignored by Apply.
  v1::Event e;
  e.set_stream_id(7);
  e.set_seq(seq);
  e.mutable_sitting_opened()->set_sitting_id(1);
  return e;
}

std::unique_ptr<SessionFeed> FeedWithEvents(int64_t count, size_t ring) {
  v1::SessionState empty;
  empty.set_session_id(7);
  auto feed = std::make_unique<SessionFeed>(empty, ring);
  feed->Publish({Created(7)});
  for (int64_t seq = 2; seq <= count; ++seq) feed->Publish({Opened(seq)});
  return feed;
}

TEST(SessionFeedTest, FirstSubscribeGetsSnapshotThenLiveEvents) {
  auto feed = FeedWithEvents(5, 100);
  auto sink = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(sink, 0).ok());
  ASSERT_EQ(sink->messages.size(), 1u);
  ASSERT_TRUE(sink->messages[0]->has_snapshot());
  EXPECT_EQ(sink->messages[0]->snapshot().last_seq(), 5);
  EXPECT_EQ(sink->messages[0]->snapshot().title(), "Kỳ họp thứ Nhất");
  feed->Publish({Opened(6), Opened(7)});
  EXPECT_EQ(sink->EventSeqs(), (std::vector<int64_t>{6, 7}));
}

TEST(SessionFeedTest, ResumeFromRingSendsExactlyTheMissingEvents) {
  auto feed = FeedWithEvents(10, 100);
  auto sink = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(sink, 7).ok());
  feed->Publish({Opened(11)});
  EXPECT_EQ(sink->EventSeqs(), (std::vector<int64_t>{8, 9, 10, 11}));
  for (const auto& m : sink->messages) EXPECT_FALSE(m->has_snapshot());
}

TEST(SessionFeedTest, ResumeUpToDateSendsNothingUntilTheNextEvent) {
  auto feed = FeedWithEvents(4, 100);
  auto sink = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(sink, 4).ok());
  EXPECT_TRUE(sink->messages.empty());
  feed->Publish({Opened(5)});
  EXPECT_EQ(sink->EventSeqs(), (std::vector<int64_t>{5}));
}

TEST(SessionFeedTest, ResumeOlderThanTheRingGetsASnapshot) {
  auto feed = FeedWithEvents(20, 5);  // ring holds 16..20
  auto sink = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(sink, 14).ok());
  ASSERT_EQ(sink->messages.size(), 1u);
  EXPECT_TRUE(sink->messages[0]->has_snapshot());
  EXPECT_EQ(sink->messages[0]->snapshot().last_seq(), 20);

  auto edge = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(edge, 15).ok());  // 16 is the oldest kept: no snapshot needed
  EXPECT_EQ(edge->EventSeqs(), (std::vector<int64_t>{16, 17, 18, 19, 20}));
}

TEST(SessionFeedTest, AfterSeqBeyondTheSessionIsRefused) {
  auto feed = FeedWithEvents(3, 100);
  auto sink = std::make_shared<RecordingSink>();
  Status s = feed->Subscribe(sink, 4);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("after_seq 4"), std::string::npos);
  EXPECT_EQ(feed->subscriber_count(), 0u);
  EXPECT_EQ(feed->Subscribe(sink, -1).code(), StatusCode::kInvalidArgument);
}

TEST(SessionFeedTest, ASinkThatRefusesAnOfferIsDropped) {
  auto feed = FeedWithEvents(2, 100);
  auto slow = std::make_shared<RecordingSink>(2);
  auto fast = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(slow, 2).ok());
  ASSERT_TRUE(feed->Subscribe(fast, 2).ok());
  feed->Publish({Opened(3), Opened(4), Opened(5)});
  EXPECT_EQ(feed->subscriber_count(), 1u);
  EXPECT_EQ(slow->EventSeqs(), (std::vector<int64_t>{3, 4}));
  EXPECT_EQ(fast->EventSeqs(), (std::vector<int64_t>{3, 4, 5}));
}

TEST(SessionFeedTest, RecentEventsGivenAtConstructionCanBeResumedFrom) {
  v1::SessionState state;
  state.set_session_id(7);
  state.set_last_seq(3);
  SessionFeed feed(state, 100, {Created(7), Opened(2), Opened(3)});
  auto sink = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed.Subscribe(sink, 1).ok());
  EXPECT_EQ(sink->EventSeqs(), (std::vector<int64_t>{2, 3}));
}

TEST(SessionFeedTest, CloseEndsEverySinkAndRefusesNewOnes) {
  auto feed = FeedWithEvents(2, 100);
  auto a = std::make_shared<RecordingSink>();
  auto b = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(a, 0).ok());
  ASSERT_TRUE(feed->Subscribe(b, 2).ok());
  feed->Close(Status::Unavailable("stopping"));
  ASSERT_TRUE(a->ended.has_value());
  EXPECT_EQ(a->ended->code(), StatusCode::kUnavailable);
  ASSERT_TRUE(b->ended.has_value());
  EXPECT_EQ(feed->Subscribe(std::make_shared<RecordingSink>(), 0).code(), StatusCode::kUnavailable);
}

std::vector<int64_t> Range(int64_t from, int64_t to) {
  std::vector<int64_t> out;
  for (int64_t s = from; s <= to; ++s) out.push_back(s);
  return out;
}

TEST(SessionFeedTest, BatchedSubscriberGetsEachPublishAsOneMessage) {
  auto feed = FeedWithEvents(3, 100);
  auto sink = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(sink, 1, /*batched=*/true).ok());
  ASSERT_EQ(sink->messages.size(), 1u) << "the ring backlog as one batch";
  EXPECT_EQ(sink->messages[0]->batch().events_size(), 2);
  feed->Publish({Opened(4), Opened(5), Opened(6)});
  ASSERT_EQ(sink->messages.size(), 2u);
  EXPECT_TRUE(sink->messages[1]->has_batch());
  EXPECT_EQ(sink->EventSeqs(), Range(2, 6));
}

TEST(SessionFeedTest, BatchesAreSplitAtTheLimit) {
  auto feed = FeedWithEvents(1, 5000);
  auto sink = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(sink, 1, true).ok());
  std::vector<v1::Event> burst;
  for (int64_t seq = 2; seq <= 2501; ++seq) burst.push_back(Opened(seq));
  feed->Publish(burst);
  ASSERT_EQ(sink->messages.size(), 3u);
  EXPECT_EQ(sink->messages[0]->batch().events_size(), 1000);
  EXPECT_EQ(sink->messages[2]->batch().events_size(), 500);
  EXPECT_EQ(sink->EventSeqs(), Range(2, 2501));
}

// With a fan-out executor, Publish only folds and queues; the offers happen when the task
// runs. A subscriber that registers in between gets those events in its backlog and must
// not get them again from the fan-out.
TEST(SessionFeedTest, DeferredFanoutSkipsWhatTheBacklogCovered) {
  std::vector<std::function<void()>> tasks;
  v1::SessionState empty;
  empty.set_session_id(7);
  auto feed = std::make_shared<SessionFeed>(empty, 100, std::vector<v1::Event>{},
                                            [&](std::function<void()> t) { tasks.push_back(t); });
  feed->Publish({Created(7)});
  ASSERT_EQ(tasks.size(), 1u);
  tasks[0]();
  tasks.clear();

  auto early = std::make_shared<RecordingSink>();
  auto early_batched = std::make_shared<RecordingSink>();
  ASSERT_TRUE(feed->Subscribe(early, 1).ok());
  ASSERT_TRUE(feed->Subscribe(early_batched, 1, true).ok());
  feed->Publish({Opened(2), Opened(3)});
  feed->Publish({Opened(4)});
  ASSERT_EQ(tasks.size(), 1u) << "one pass is scheduled at a time";
  EXPECT_EQ(feed->State().last_seq(), 4) << "the state is committed before the fan-out";
  EXPECT_TRUE(early->messages.empty());

  auto late = std::make_shared<RecordingSink>();          // registers at seq 4 from seq 2
  auto late_batched = std::make_shared<RecordingSink>();  // from seq 3
  ASSERT_TRUE(feed->Subscribe(late, 2).ok());
  ASSERT_TRUE(feed->Subscribe(late_batched, 3, true).ok());
  feed->Publish({Opened(5)});
  tasks[0]();

  EXPECT_EQ(early->EventSeqs(), Range(2, 5));
  EXPECT_EQ(early_batched->EventSeqs(), Range(2, 5));
  EXPECT_EQ(early_batched->messages.size(), 1u) << "2..5 in one batch";
  EXPECT_EQ(late->EventSeqs(), Range(3, 5));
  EXPECT_EQ(late_batched->EventSeqs(), Range(4, 5));
}

// Publishing from one thread, fanning out on another, while subscribers come and go at
// random points with random resume seqs: every subscriber ends with exactly the events
// after its resume point, in order.
TEST(SessionFeedTest, ConcurrentSubscribesNeverGapOrDuplicate) {
  constexpr int kSubscribers = 300;
  constexpr int64_t kMinEvents = 3000;
  WorkerPool pool(1);
  v1::SessionState empty;
  empty.set_session_id(7);
  // The fan-out pass starts a little late, as on a busy server, so that subscribers often
  // register between a publish and its fan-out.
  auto feed = std::make_shared<SessionFeed>(
      empty, 512, std::vector<v1::Event>{}, [&pool](std::function<void()> t) {
        pool.Post([t = std::move(t)] {
          std::this_thread::sleep_for(std::chrono::microseconds(200));
          t();
        });
      });
  feed->Publish({Created(7)});

  struct Subscriber {
    std::shared_ptr<RecordingSink> sink;
    int64_t after = 0;
  };
  std::vector<Subscriber> subscribers;  // written by `subscribing` only, read after join
  std::atomic<bool> subscribed_all{false};
  std::thread subscribing([&] {
    std::mt19937 rng(42);
    while (subscribers.size() < kSubscribers) {
      const int64_t last = feed->LastSeq();
      const int64_t after = std::uniform_int_distribution<int64_t>(0, last)(rng);
      auto sink = std::make_shared<RecordingSink>(1000000);
      if (feed->Subscribe(sink, after, rng() % 2 == 0).ok()) subscribers.push_back({sink, after});
      std::this_thread::yield();
    }
    subscribed_all = true;
  });
  // Publish (singles and pairs) until every subscriber has registered somewhere in between.
  int64_t seq = 1;
  while (seq < kMinEvents || !subscribed_all.load()) {
    if (seq % 3 == 0) {
      feed->Publish({Opened(seq + 1), Opened(seq + 2)});
      seq += 2;
    } else {
      feed->Publish({Opened(++seq)});
    }
    if (seq % 50 == 0) std::this_thread::yield();
  }
  subscribing.join();
  const int64_t final_seq = seq;
  ASSERT_EQ(feed->LastSeq(), final_seq);
  // Let the fan-out finish: every pass was posted to the one-thread pool before this
  // marker (a pass runs until nothing is pending, and nothing is published any more), so
  // when the marker runs the fan-out is done. Waiting on that rather than on a time bound
  // keeps the test exact on a loaded machine (a polled 20 s bound once ran out there).
  std::promise<void> drained;
  pool.Post([&drained] { drained.set_value(); });
  drained.get_future().wait();
  for (const auto& s : subscribers) {
    std::vector<int64_t> seqs = s.sink->EventSeqs();
    std::lock_guard lock(s.sink->mu);
    const bool snapshot = !s.sink->messages.empty() && s.sink->messages[0]->has_snapshot();
    const int64_t from = snapshot ? s.sink->messages[0]->snapshot().last_seq() + 1 : s.after + 1;
    ASSERT_EQ(seqs, Range(from, final_seq)) << "subscribed after " << s.after;
  }
}

}  // namespace
}  // namespace dienhong
