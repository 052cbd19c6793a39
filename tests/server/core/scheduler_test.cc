// Scheduler: runs tasks when the clock reaches their time, in time order; a key scheduled
// again moves; cancelled tasks never run; a task may schedule another.
#include "server/scheduler.h"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>
#include <vector>

namespace dienhong {
namespace {

using namespace std::chrono_literals;

// Waits (real time, bounded) until `pred` holds.
template <typename Pred>
bool Eventually(Pred pred) {
  for (int i = 0; i < 300; ++i) {
    if (pred()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return pred();
}

TEST(SchedulerTest, RunsTasksWhenTheClockReachesThemInTimeOrder) {
  ManualClock clock(1'000'000);
  Scheduler scheduler(clock);
  std::mutex mu;
  std::vector<std::string> ran;
  auto record = [&](std::string name) {
    return [&, name] {
      std::lock_guard lock(mu);
      ran.push_back(name);
    };
  };
  scheduler.Schedule("b", 3'000'000, record("b"));
  scheduler.Schedule("a", 2'000'000, record("a"));
  std::this_thread::sleep_for(150ms);
  {
    std::lock_guard lock(mu);
    EXPECT_TRUE(ran.empty()) << "nothing is due before the clock moves";
  }
  clock.Set(5'000'000);
  ASSERT_TRUE(Eventually([&] {
    std::lock_guard lock(mu);
    return ran.size() == 2;
  }));
  std::lock_guard lock(mu);
  EXPECT_EQ(ran, (std::vector<std::string>{"a", "b"}));
}

TEST(SchedulerTest, RescheduleMovesAndCancelRemoves) {
  ManualClock clock(0);
  Scheduler scheduler(clock);
  std::atomic<int> moved{0}, cancelled{0};
  scheduler.Schedule("turn", 1'000, [&] { moved = 1; });
  scheduler.Schedule("turn", 10'000, [&] { moved = 2; });
  scheduler.Schedule("poll", 1'000, [&] { cancelled = 1; });
  scheduler.Cancel("poll");
  EXPECT_EQ(scheduler.pending(), 1u);
  clock.Set(5'000);
  std::this_thread::sleep_for(250ms);
  EXPECT_EQ(moved.load(), 0) << "the earlier time was replaced";
  clock.Set(10'000);
  ASSERT_TRUE(Eventually([&] { return moved.load() == 2; }));
  EXPECT_EQ(cancelled.load(), 0);
}

TEST(SchedulerTest, ATaskMayScheduleAnotherAndStopDropsTheRest) {
  SystemClock clock;
  auto scheduler = std::make_unique<Scheduler>(clock);
  std::promise<void> second;
  scheduler->Schedule("first", clock.NowMicros(), [&] {
    scheduler->Schedule("second", clock.NowMicros() + 1'000, [&] { second.set_value(); });
  });
  EXPECT_EQ(second.get_future().wait_for(3s), std::future_status::ready);
  std::atomic<bool> late{false};
  scheduler->Schedule("late", clock.NowMicros() + 60'000'000, [&] { late = true; });
  scheduler->Stop();
  EXPECT_EQ(scheduler->pending(), 0u);
  EXPECT_FALSE(late.load());
}

}  // namespace
}  // namespace dienhong
