// The bench's wire scanner against protobuf's own parser, on messages shaped like the
// server's (snapshot, single event, batch with every kind the bench classifies), read
// whole and in pieces of a few bytes (gRPC hands over a message in slices).
#include "tests/bench/live_scan.h"

#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <gtest/gtest.h>

#include <string>

#include "dienhong/v1/session_service.pb.h"
#include "tests/bench/live_hub.h"

namespace dienhong::bench {
namespace {

v1::Event MakeEvent(int64_t seq, int kind) {
  v1::Event e;
  e.set_log_index(1000 + seq);
  e.set_stream_id(7);
  e.set_seq(seq);
  e.mutable_recorded_at()->set_seconds(1795000000 + seq);
  e.mutable_recorded_at()->set_nanos(123456789 + static_cast<int32_t>(seq) * 1000);
  e.mutable_actor()->set_display_name(seq % 2 ? "Đại biểu Nguyễn Văn An" : "Chủ tọa");
  e.set_hash(std::string(32, static_cast<char>(seq)));
  switch (kind % 4) {
    case 0: {
      auto* v = e.mutable_vote_cast();
      v->set_poll_id(3);
      v->set_delegate_id(seq);
      v->mutable_ballot()->add_marks()->add_choice_ids(1);
      break;
    }
    case 1:
      e.mutable_attendance_recorded()->set_delegate_id(seq);
      break;
    case 2: {
      auto* c = e.mutable_poll_closed();
      c->set_poll_id(3);
      for (int i = 1; i <= 50; ++i) c->add_entitled(i);
      break;
    }
    default:
      e.mutable_floor_requested();
  }
  return e;
}

// What the full parser says, in the scanner's terms.
ScannedEvent Expected(const v1::Event& e) {
  return {e.seq(), e.recorded_at().seconds() * 1000000 + e.recorded_at().nanos() / 1000,
          static_cast<int>(e.body_case())};
}

void ExpectSame(const ScannedEvent& got, const v1::Event& want) {
  const ScannedEvent w = Expected(want);
  EXPECT_EQ(got.seq, w.seq);
  EXPECT_EQ(got.recorded_micros, w.recorded_micros);
  EXPECT_EQ(got.body, w.body);
  EXPECT_EQ(Classify(got.body), Classify(static_cast<int>(want.body_case())));
}

bool Scan(const std::string& bytes, int block, ScannedMessage* out) {
  google::protobuf::io::ArrayInputStream in(bytes.data(), static_cast<int>(bytes.size()), block);
  return ScanLiveMessage(&in, out);
}

TEST(LiveScanTest, BatchMatchesTheFullParserWholeAndInPieces) {
  v1::LiveMessage m;
  for (int i = 0; i < 40; ++i) *m.mutable_batch()->add_events() = MakeEvent(100 + i, i);
  const std::string bytes = m.SerializeAsString();
  for (int block : {-1, 1, 3, 17}) {
    SCOPED_TRACE("block " + std::to_string(block));
    ScannedMessage out;
    ASSERT_TRUE(Scan(bytes, block, &out));
    EXPECT_EQ(out.kind, ScannedMessage::kBatch);
    ASSERT_EQ(out.events.size(), 40u);
    for (int i = 0; i < 40; ++i) ExpectSame(out.events[i], m.batch().events(i));
  }
}

TEST(LiveScanTest, SingleEventAndSnapshot) {
  v1::LiveMessage single;
  *single.mutable_event() = MakeEvent(5, 2);
  ScannedMessage out;
  ASSERT_TRUE(Scan(single.SerializeAsString(), 2, &out));
  EXPECT_EQ(out.kind, ScannedMessage::kEvent);
  ASSERT_EQ(out.events.size(), 1u);
  ExpectSame(out.events[0], single.event());
  EXPECT_EQ(Classify(out.events[0].body), kChairEvent);

  v1::LiveMessage snapshot;
  snapshot.mutable_snapshot()->set_last_seq(4242);
  snapshot.mutable_snapshot()->set_session_id(7);
  for (int i = 1; i <= 30; ++i) {
    snapshot.mutable_snapshot()->add_roster()->set_full_name("Nguyễn Thị Đại biểu " + std::to_string(i));
  }
  ASSERT_TRUE(Scan(snapshot.SerializeAsString(), 5, &out));
  EXPECT_EQ(out.kind, ScannedMessage::kSnapshot);
  EXPECT_EQ(out.snapshot_last_seq, 4242);
  EXPECT_TRUE(out.events.empty());  // the previous message's events are cleared
}

TEST(LiveScanTest, TruncatedOrGarbageBytesAreRejected) {
  v1::LiveMessage m;
  for (int i = 0; i < 3; ++i) *m.mutable_batch()->add_events() = MakeEvent(i + 1, i);
  const std::string bytes = m.SerializeAsString();
  ScannedMessage out;
  EXPECT_FALSE(Scan(bytes.substr(0, bytes.size() - 5), -1, &out));
  EXPECT_FALSE(Scan(std::string("\x1a\xff\xff\xff\x0f", 5), -1, &out));
  EXPECT_TRUE(Scan(std::string(), -1, &out));  // an empty LiveMessage is valid (nothing)
  EXPECT_EQ(out.kind, ScannedMessage::kNone);
}

}  // namespace
}  // namespace dienhong::bench
