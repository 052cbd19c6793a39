// LogReader: stream reads, commands by idempotency key, session listing, snapshots.
#include "server/store/log_reader.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "server/store/log_writer.h"
#include "server/store/schema.h"
#include "tests/server/store_test_util.h"

namespace dienhong::store {
namespace {

using google::protobuf::util::MessageDifferencer;
using store_test::Attendance;
using store_test::Outcome;
using store_test::Request;
using store_test::SittingOpened;
using store_test::StageAndWait;

class LogReaderTest : public store_test::StoreTest {
 protected:
  void SetUp() override {
    writer_ = std::make_unique<LogWriter>(db_path(), clock_);
    ASSERT_TRUE(writer_->Start().ok());
    Result<std::unique_ptr<LogReader>> r = LogReader::Open(db_path());
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    reader_ = std::move(r).value();
  }

  std::vector<v1::Event> Append(std::vector<v1::Event> events, std::string key = "") {
    Outcome o = StageAndWait(*writer_, Request(std::move(events), std::move(key)));
    EXPECT_TRUE(o.status.ok()) << o.status.ToString();
    return o.events;
  }

  static void ExpectSameEvents(const std::vector<v1::Event>& a, const std::vector<v1::Event>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_TRUE(MessageDifferencer::Equals(a[i], b[i])) << a[i].DebugString() << "\nvs\n"
                                                          << b[i].DebugString();
    }
  }

  std::unique_ptr<LogWriter> writer_;
  std::unique_ptr<LogReader> reader_;
};

TEST_F(LogReaderTest, ReadStreamHonoursAfterSeqAndLimit) {
  std::vector<v1::Event> all;
  for (int i = 1; i <= 6; ++i) {
    auto e = Append({SittingOpened(9, i, i)});
    all.push_back(e[0]);
    Append({SittingOpened(10, i)});  // interleaved other stream
  }
  Result<std::vector<v1::Event>> r = reader_->ReadStream(9, 0);
  ASSERT_TRUE(r.ok());
  ExpectSameEvents(*r, all);

  r = reader_->ReadStream(9, 2, 3);
  ASSERT_TRUE(r.ok());
  ExpectSameEvents(*r, {all[2], all[3], all[4]});

  r = reader_->ReadStream(9, 6);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->empty());
  r = reader_->ReadStream(404, 0);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->empty());
}

TEST_F(LogReaderTest, FindCommandReturnsEveryEventOfAMultiEventCommand) {
  Append({SittingOpened(3, 1)}, "before");
  std::vector<v1::Event> cmd =
      Append({Attendance(3, 2, 1), Attendance(3, 3, 2), Attendance(3, 4, 3)}, "roll-call-17");
  Append({SittingOpened(3, 5)}, "after");
  Append({SittingOpened(4, 1)});

  Result<std::optional<std::vector<v1::Event>>> found = reader_->FindCommand("roll-call-17");
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  ExpectSameEvents(**found, cmd);

  found = reader_->FindCommand("before");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  ASSERT_EQ((*found)->size(), 1u);
  EXPECT_EQ((**found)[0].seq(), 1);

  found = reader_->FindCommand("never-sent");
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());
  found = reader_->FindCommand("");
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());
}

// The lookup's statement is prepared once and reused: each call must still see what was
// committed since the previous one, and a miss must not pin an old read snapshot.
TEST_F(LogReaderTest, FindCommandSeesCommandsCommittedAfterAnEarlierLookup) {
  Result<std::optional<std::vector<v1::Event>>> found = reader_->FindCommand("vote-1");
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());
  std::vector<v1::Event> first = Append({Attendance(5, 1, 1)}, "vote-1");
  found = reader_->FindCommand("vote-1");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  ExpectSameEvents(**found, first);
  std::vector<v1::Event> second = Append({Attendance(5, 2, 2), Attendance(5, 3, 3)}, "vote-2");
  found = reader_->FindCommand("vote-2");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  ExpectSameEvents(**found, second);
  found = reader_->FindCommand("vote-1");  // the earlier one again, after another
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  ExpectSameEvents(**found, first);
}

TEST_F(LogReaderTest, ListSessionStreamsSkipsTheRegistryStream) {
  Append({SittingOpened(0, 1)});
  Append({SittingOpened(12, 1)});
  Append({SittingOpened(5, 1)});
  Append({SittingOpened(12, 2)});
  Result<std::vector<int64_t>> ids = reader_->ListSessionStreams();
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<int64_t>{5, 12}));
}

TEST_F(LogReaderTest, SnapshotsRoundTripAndReplace) {
  Result<std::optional<v1::SessionState>> none = reader_->LatestSnapshot(8);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  v1::SessionState state;
  state.set_session_id(8);
  state.set_title("Kỳ họp thứ 12, HĐND thành phố khóa XVI");
  state.set_last_seq(40);
  state.mutable_quorum_rule()->set_numerator(2);
  state.mutable_quorum_rule()->set_denominator(3);
  state.add_roster()->set_full_name("Trần Thị B");
  AppendRequest save = Request({SittingOpened(8, 1)});
  save.side_effects = [state](sqlite3* db) { return SaveSnapshot(db, state); };
  ASSERT_TRUE(StageAndWait(*writer_, std::move(save)).status.ok());

  Result<std::optional<v1::SessionState>> got = reader_->LatestSnapshot(8);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  EXPECT_TRUE(MessageDifferencer::Equals(**got, state)) << (*got)->DebugString();

  v1::SessionState later = state;
  later.set_last_seq(55);
  later.set_current_sitting_id(2);
  AppendRequest replace = Request({});
  replace.side_effects = [later](sqlite3* db) { return SaveSnapshot(db, later); };
  ASSERT_TRUE(StageAndWait(*writer_, std::move(replace)).status.ok());
  got = reader_->LatestSnapshot(8);
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->last_seq(), 55);
  EXPECT_EQ((*got)->current_sitting_id(), 2);
  EXPECT_EQ(store_test::RawQuery(db_path(), "SELECT seq FROM snapshots WHERE stream_id = 8"), "55");
}

TEST_F(LogReaderTest, SaveSnapshotNeedsASessionId) {
  AppendRequest save = Request({});
  save.side_effects = [](sqlite3* db) { return SaveSnapshot(db, v1::SessionState()); };
  Outcome o = StageAndWait(*writer_, std::move(save));
  EXPECT_EQ(o.status.code(), StatusCode::kInvalidArgument);
}

TEST_F(LogReaderTest, ReaderCannotWrite) {
  EXPECT_FALSE(Exec(reader_->handle(),
                    "INSERT INTO councils (id, name, data) "
                    "VALUES (1, 'x', x'00')")
                   .ok());
}

TEST_F(LogReaderTest, ReaderSeesOnlyCommittedEvents) {
  // A batch held open by its side effect is not visible until it commits.
  std::promise<void> entered;
  std::promise<void> release;
  auto released = release.get_future().share();
  AppendRequest r = Request({SittingOpened(6, 1)});
  r.side_effects = [&entered, released](sqlite3*) {
    entered.set_value();
    released.wait();
    return Status::Ok();
  };
  writer_->Stage(std::move(r));
  entered.get_future().wait();
  Result<std::vector<v1::Event>> r1 = reader_->ReadStream(6, 0);
  ASSERT_TRUE(r1.ok());
  EXPECT_TRUE(r1->empty());
  release.set_value();
  writer_->Flush();
  Result<std::vector<v1::Event>> r2 = reader_->ReadStream(6, 0);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->size(), 1u);
}

}  // namespace
}  // namespace dienhong::store
