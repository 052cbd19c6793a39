// LatencyHistogram: a log-linear histogram of non-negative durations in microseconds,
// for the benchmark's tens of millions of (event, subscriber) samples, which could not
// be kept one by one. Values below 128 us are exact; above, each power of two is split
// into 64 buckets, so a reported percentile is within 1.6 % of the true sample. Count,
// sum, min and max are exact.
//
// Thread-safety: none; the benchmark keeps one per thread and merges them.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>

namespace dienhong::bench {

class LatencyHistogram {
 public:
  void Add(int64_t us) {
    if (us < 0) us = 0;
    ++buckets_[Index(static_cast<uint64_t>(us))];
    ++count_;
    sum_ += us;
    min_ = std::min(min_, us);
    max_ = std::max(max_, us);
  }
  void Merge(const LatencyHistogram& other) {
    for (size_t i = 0; i < kBuckets; ++i) buckets_[i] += other.buckets_[i];
    count_ += other.count_;
    sum_ += other.sum_;
    min_ = std::min(min_, other.min_);
    max_ = std::max(max_, other.max_);
  }
  int64_t count() const { return count_; }
  int64_t max() const { return count_ ? max_ : 0; }
  int64_t min() const { return count_ ? min_ : 0; }
  double mean() const { return count_ ? static_cast<double>(sum_) / count_ : 0; }
  // The value at quantile q (0..1): the upper edge of the bucket holding it, capped at max.
  int64_t Percentile(double q) const {
    if (count_ == 0) return 0;
    const int64_t rank = std::max<int64_t>(1, static_cast<int64_t>(q * count_ + 0.999999));
    int64_t seen = 0;
    for (size_t i = 0; i < kBuckets; ++i) {
      seen += buckets_[i];
      if (seen >= rank) return std::min(UpperEdge(i), max_);
    }
    return max_;
  }

 private:
  static constexpr int kSubBits = 6;                        // 64 buckets per power of two
  static constexpr size_t kExact = 128;                     // 0..127 exact
  static constexpr size_t kBuckets = kExact + (64 - 7) * 64;
  static size_t Index(uint64_t v) {
    if (v < kExact) return v;
    const int e = 63 - std::countl_zero(v);  // >= 7
    const uint64_t sub = (v >> (e - kSubBits)) & 63;
    return kExact + static_cast<size_t>(e - 7) * 64 + sub;
  }
  static int64_t UpperEdge(size_t i) {
    if (i < kExact) return static_cast<int64_t>(i);
    const size_t k = i - kExact;
    const int e = static_cast<int>(k / 64) + 7;
    const uint64_t sub = k % 64;
    const uint64_t base = (uint64_t{64} + sub) << (e - kSubBits);
    return static_cast<int64_t>(base + (uint64_t{1} << (e - kSubBits)) - 1);
  }

  std::array<int64_t, kBuckets> buckets_{};
  int64_t count_ = 0;
  int64_t sum_ = 0;
  int64_t min_ = std::numeric_limits<int64_t>::max();
  int64_t max_ = 0;
};

}  // namespace dienhong::bench
