// The live stream as tablets and the big screen use it: a snapshot first, then every
// event in order; a reconnect with the last seq resumes exactly; many subscribers all see
// the same sequence.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "tests/integration/fixture.h"
#include "tests/integration/live_reader.h"

namespace dienhong::it {
namespace {

using google::protobuf::util::MessageDifferencer;

class LiveResumeTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    world_ = MakeCouncil("hue", 12, 0);
    sid_ = CreateSession(world_.secretary, world_.council_id);
    Convene(world_.secretary, sid_);
    OpenSitting(world_.chair, sid_, 1);
  }

  // One attendance change: exactly one event. Alternates so that none is a no-op.
  v1::CommandReply Change(int i) {
    const auto status =
        (i / 12) % 2 == 0 ? v1::ATTENDANCE_STATUS_PRESENT : v1::ATTENDANCE_STATUS_ONLINE;
    return RecordAttendance(world_.secretary, sid_, world_.delegates[i % 12].id(), status);
  }

  CouncilWorld world_;
  int64_t sid_ = 0;
};

// The event as the reply carried it, without the hash (a reply may be sent before the
// hash is read back).
v1::Event WithoutHash(v1::Event e) {
  e.clear_hash();
  return e;
}

TEST_F(LiveResumeTest, SnapshotThenEveryEventThenExactResume) {
  const int64_t start_seq = GetSession(world_.observer, sid_).last_seq();
  ASSERT_EQ(start_seq, 3);  // created, convened, sitting opened

  auto reader = std::make_unique<LiveReader>(*stubs_->live, world_.display, sid_, 0);
  ASSERT_TRUE(reader->WaitForSeq(start_seq));

  std::vector<v1::Event> committed;  // every event the commands appended, from the replies
  for (int i = 0; i < 15; ++i) {
    const v1::CommandReply reply = Change(i);
    for (const auto& e : reply.events()) committed.push_back(e);
  }
  // A command with two events (item completed + item started) arrives as two messages.
  SetCurrentItem(world_.chair, sid_, 1);
  const v1::CommandReply item2 = SetCurrentItem(world_.chair, sid_, 2);
  for (const auto& e : item2.events()) committed.push_back(e);
  const int64_t mid_seq = GetSession(world_.observer, sid_).last_seq();
  ASSERT_TRUE(reader->WaitForSeq(mid_seq)) << "got up to " << reader->last_seq();
  reader->Cancel();  // the tablet drops off the Wi-Fi

  std::vector<v1::LiveMessage> first = reader->Messages();
  ASSERT_GE(first.size(), 2u);
  ASSERT_TRUE(first[0].has_snapshot()) << "the first message after after_seq 0 is a snapshot";
  EXPECT_EQ(first[0].snapshot().last_seq(), start_seq);
  EXPECT_EQ(first[0].snapshot().session_id(), sid_);
  EXPECT_EQ(first[0].snapshot().current_sitting_id(), 1);
  EXPECT_TRUE(ContiguousEvents(first, 1, start_seq + 1));
  EXPECT_EQ(first.back().event().seq(), mid_seq);
  EXPECT_EQ(first.size(), static_cast<size_t>(1 + mid_seq - start_seq));
  // Published events are the committed ones, with their hash.
  for (size_t i = 1; i < first.size(); ++i) {
    EXPECT_EQ(first[i].event().hash().size(), 32u) << "seq " << first[i].event().seq();
    EXPECT_EQ(first[i].event().stream_id(), sid_);
  }
  for (const auto& e : committed) {
    const v1::Event& live = first.at(e.seq() - start_seq).event();
    EXPECT_TRUE(MessageDifferencer::Equals(WithoutHash(live), WithoutHash(e)))
        << "seq " << e.seq() << "\nlive: " << live.ShortDebugString()
        << "\nreply: " << e.ShortDebugString();
  }

  // While the tablet is away, the session goes on.
  const int64_t resume_from = first.back().event().seq();
  for (int i = 15; i < 25; ++i) Change(i);
  const int64_t end_seq = GetSession(world_.observer, sid_).last_seq();
  ASSERT_EQ(end_seq, resume_from + 10);

  reader = std::make_unique<LiveReader>(*stubs_->live, world_.display, sid_, resume_from);
  ASSERT_TRUE(reader->WaitForSeq(end_seq)) << "got up to " << reader->last_seq();
  Change(25);  // and live events keep coming after the backlog
  ASSERT_TRUE(reader->WaitForSeq(end_seq + 1));
  reader->Cancel();
  std::vector<v1::LiveMessage> resumed = reader->Messages();
  ASSERT_FALSE(resumed.empty());
  EXPECT_TRUE(resumed[0].has_event()) << "a resume within the ring needs no snapshot";
  EXPECT_TRUE(ContiguousEvents(resumed, 0, resume_from + 1));
  EXPECT_EQ(resumed.size(), static_cast<size_t>(end_seq + 1 - resume_from));

  // Resuming at the very end sends nothing until the next event.
  reader = std::make_unique<LiveReader>(*stubs_->live, world_.display, sid_, end_seq + 1);
  Change(26);
  ASSERT_TRUE(reader->WaitForSeq(end_seq + 2));
  reader->Cancel();
  ASSERT_EQ(reader->Messages().size(), 1u);
  EXPECT_EQ(reader->Messages()[0].event().seq(), end_seq + 2);
}

TEST_F(LiveResumeTest, AfterSeqBeyondTheLastEventIsInvalidArgument) {
  const int64_t last = GetSession(world_.observer, sid_).last_seq();
  LiveReader reader(*stubs_->live, world_.display, sid_, last + 1);
  auto status = reader.WaitForEnd();
  ASSERT_TRUE(status.has_value()) << "the stream should have been refused";
  EXPECT_EQ(status->error_code(), grpc::StatusCode::INVALID_ARGUMENT) << Describe(*status);
  EXPECT_TRUE(reader.Messages().empty());

  LiveReader unknown(*stubs_->live, world_.display, sid_ + 100, 0);
  status = unknown.WaitForEnd();
  ASSERT_TRUE(status.has_value());
  EXPECT_EQ(status->error_code(), grpc::StatusCode::NOT_FOUND) << Describe(*status);
}

TEST_F(LiveResumeTest, TwoHundredSubscribersReceiveTheSameSequence) {
  constexpr int kSubscribers = 200;
  constexpr int kChannels = 4;
  std::vector<std::unique_ptr<Stubs>> channels;
  for (int c = 0; c < kChannels; ++c) {
    channels.push_back(std::make_unique<Stubs>(server_->NewChannel(/*own_connection=*/true)));
  }
  const int64_t start_seq = GetSession(world_.observer, sid_).last_seq();
  const Caller* viewers[] = {&world_.display, &world_.observer, &world_.chair, &world_.respondent};
  std::vector<std::unique_ptr<LiveReader>> readers;
  for (int i = 0; i < kSubscribers; ++i) {
    readers.push_back(
        std::make_unique<LiveReader>(*channels[i % kChannels]->live, *viewers[i % 4], sid_, 0));
  }
  for (auto& r : readers) ASSERT_TRUE(r->WaitForSeq(start_seq));

  // Commands from two clients at once, so that events interleave on the server.
  std::string other_error;
  std::thread other([&] {
    try {
      for (int i = 0; i < 10; ++i) SetCurrentItem(world_.chair, sid_, i % 5 + 1);
    } catch (const std::exception& e) {
      other_error = e.what();  // an exception must not escape a thread
    }
  });
  for (int i = 0; i < 30; ++i) Change(i);
  other.join();
  ASSERT_EQ(other_error, "");
  const int64_t end_seq = GetSession(world_.observer, sid_).last_seq();
  ASSERT_GE(end_seq, start_seq + 30 + 10);

  std::vector<std::string> reference;
  for (int i = 0; i < kSubscribers; ++i) {
    ASSERT_TRUE(readers[i]->WaitForSeq(end_seq))
        << "subscriber " << i << " got up to " << readers[i]->last_seq();
    std::vector<v1::LiveMessage> messages = readers[i]->Messages();
    ASSERT_TRUE(messages[0].has_snapshot()) << "subscriber " << i;
    ASSERT_EQ(messages[0].snapshot().last_seq(), start_seq) << "subscriber " << i;
    ASSERT_TRUE(ContiguousEvents(messages, 1, start_seq + 1)) << "subscriber " << i;
    std::vector<std::string> events;
    for (size_t m = 1; m < messages.size(); ++m) {
      events.push_back(messages[m].event().SerializeAsString());
    }
    if (i == 0) {
      reference = events;
      EXPECT_EQ(reference.size(), static_cast<size_t>(end_seq - start_seq));
    } else {
      EXPECT_EQ(events, reference) << "subscriber " << i << " saw a different sequence";
    }
  }
}

// Batched and unbatched subscribers side by side while two clients change the session at
// once: every subscriber gets exactly the same events, contiguous, whatever the message
// boundaries; a batched resume from the ring comes as batches.
TEST_F(LiveResumeTest, BatchedSubscribersGetTheSameEventsAsUnbatchedOnes) {
  constexpr int kSubscribers = 60;
  const int64_t start_seq = GetSession(world_.observer, sid_).last_seq();
  std::vector<std::unique_ptr<LiveReader>> readers;
  for (int i = 0; i < kSubscribers; ++i) {
    readers.push_back(std::make_unique<LiveReader>(*stubs_->live, world_.observer, sid_, 0,
                                                   /*batched=*/i % 2 == 0));
  }
  for (auto& r : readers) ASSERT_TRUE(r->WaitForSeq(start_seq));
  std::string other_error;
  std::thread other([&] {
    try {
      for (int i = 0; i < 15; ++i) SetCurrentItem(world_.chair, sid_, i % 5 + 1);
    } catch (const std::exception& e) {
      other_error = e.what();
    }
  });
  for (int i = 0; i < 25; ++i) Change(i);
  other.join();
  ASSERT_EQ(other_error, "");
  const int64_t end_seq = GetSession(world_.observer, sid_).last_seq();

  std::vector<std::string> reference;
  for (int i = 0; i < kSubscribers; ++i) {
    ASSERT_TRUE(readers[i]->WaitForSeq(end_seq)) << "subscriber " << i;
    std::vector<v1::LiveMessage> messages = readers[i]->Messages();
    ASSERT_TRUE(messages[0].has_snapshot());
    for (size_t m = 1; m < messages.size(); ++m) {
      EXPECT_EQ(messages[m].has_batch(), i % 2 == 0) << "subscriber " << i << " message " << m;
    }
    std::vector<std::string> events;
    int64_t expected = messages[0].snapshot().last_seq() + 1;
    for (const v1::Event& e : readers[i]->Events()) {
      ASSERT_EQ(e.seq(), expected++) << "subscriber " << i;
      events.push_back(e.SerializeAsString());
    }
    if (i == 0) {
      reference = events;
      EXPECT_EQ(reference.size(), static_cast<size_t>(end_seq - start_seq));
    } else {
      EXPECT_EQ(events, reference) << "subscriber " << i;
    }
  }

  LiveReader resumed(*stubs_->live, world_.observer, sid_, start_seq, /*batched=*/true);
  ASSERT_TRUE(resumed.WaitForSeq(end_seq));
  std::vector<v1::LiveMessage> messages = resumed.Messages();
  ASSERT_FALSE(messages.empty());
  EXPECT_TRUE(messages[0].has_batch()) << "a resume within the ring needs no snapshot";
  std::vector<std::string> events;
  for (const v1::Event& e : resumed.Events()) events.push_back(e.SerializeAsString());
  EXPECT_EQ(events, reference);
}

}  // namespace
}  // namespace dienhong::it
