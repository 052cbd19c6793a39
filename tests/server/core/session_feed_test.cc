// SessionFeed: snapshot vs backlog on subscribe, no gap and no duplicate between the
// backlog and live offers, slow sinks dropped, shutdown ends every sink.
#include "server/live/session_feed.h"

#include <gtest/gtest.h>

#include <vector>

namespace dienhong {
namespace {

class RecordingSink : public LiveSink {
 public:
  explicit RecordingSink(size_t capacity = 1000) : capacity_(capacity) {}
  bool Offer(const LiveMessagePtr& m) override {
    if (messages.size() >= capacity_) return false;
    messages.push_back(m);
    return true;
  }
  void End(const Status& s) override { ended = s; }

  std::vector<int64_t> EventSeqs() const {
    std::vector<int64_t> out;
    for (const auto& m : messages) {
      if (m->has_event()) out.push_back(m->event().seq());
    }
    return out;
  }

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

}  // namespace
}  // namespace dienhong
