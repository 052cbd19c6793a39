#include "tests/bench/live_hub.h"

#include "tests/bench/live_scan.h"

#include <algorithm>

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/support/proto_buffer_reader.h>
#include <thread>

namespace dienhong::bench {
namespace {

int64_t NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

const char* EventClassName(int c) {
  switch (c) {
    case kCheckInBurst:
      return "check-in burst";
    case kVoteBurst:
      return "vote burst";
    case kChairEvent:
      return "single chair event";
    case kFloorEvent:
      return "floor";
    default:
      return "other";
  }
}

EventClass Classify(int body) {
  if (body == v1::Event::kAttendanceRecorded) return kCheckInBurst;
  if (body == v1::Event::kVoteCast) return kVoteBurst;
  if (body >= 40 && body < 70) return kFloorEvent;   // floor field range (events.proto)
  if (body >= 70 && body < 100) return kChairEvent;  // poll created/opened/closed/published
  return kOtherEvent;
}

struct LiveHub::PerThread {
  explicit PerThread(int64_t max_seq)
      : last_arrival(max_seq + 1, 0),
        arrivals(max_seq + 1, 0),
        recorded(max_seq + 1, 0),
        cls(max_seq + 1, 0) {}
  LatencyHistogram delivery[kClasses];
  std::vector<int64_t> last_arrival;
  std::vector<int32_t> arrivals;
  std::vector<int64_t> recorded;
  std::vector<uint8_t> cls;
};

struct LiveHub::Stream {
  grpc::GenericStub* stub;
  std::string token;
  std::atomic<int64_t> last_seq{-1};
  // Touched only by the stream's current call (one read at a time).
  int64_t messages = 0, events = 0, snapshots = 0, gaps = 0, duplicates = 0, resubscribes = 0;
  bool failed = false;
  std::string failure;
  std::mutex mu;
  class SubscribeCall* call = nullptr;  // guarded by mu
};

// A live stream through the generic stub: the server's Subscribe is server-streaming,
// which on the wire is a bidi call whose client sends one message and half-closes. The
// messages arrive as raw bytes for ScanLiveMessage (see live_scan.h for why).
class SubscribeCall final : public grpc::ClientBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  SubscribeCall(LiveHub* hub, LiveHub::Stream* stream, int64_t after_seq)
      : hub_(hub), stream_(stream) {
    ctx_.AddMetadata("authorization", "Bearer " + stream->token);
    v1::SubscribeRequest request;
    request.set_session_id(hub->session_id_);
    request.set_after_seq(after_seq);
    request.set_batched(hub->batched_);
    grpc::Slice slice(request.SerializeAsString());
    request_ = grpc::ByteBuffer(&slice, 1);
    {
      std::lock_guard lock(stream_->mu);
      stream_->call = this;
    }
    hub_->active_calls_.fetch_add(1);
    static const std::string method =
        std::string("/") + v1::LiveService::service_full_name() + "/Subscribe";
    stream_->stub->PrepareBidiStreamingCall(&ctx_, method, grpc::StubOptions(), this);
    StartWriteLast(&request_, grpc::WriteOptions());
    StartRead(&buffer_);
    StartCall();
  }
  void Cancel() { ctx_.TryCancel(); }

  void OnReadDone(bool ok) override {
    if (!ok) return;  // OnDone follows
    const int64_t now = NowMicros();
    // Per gRPC thread, not per stream: 10,000 streams must not each keep a batch's capacity.
    thread_local ScannedMessage m;
    bool scanned;
    {
      grpc::ProtoBufferReader reader(&buffer_);
      scanned = ScanLiveMessage(&reader, &m);
    }
    buffer_.Clear();
    if (!scanned) {
      stream_->failed = true;
      stream_->failure = "a live message is not a valid LiveMessage encoding";
      Cancel();
      return;
    }
    if (m.kind == ScannedMessage::kSnapshot) {
      ++stream_->snapshots;
      const int64_t last = stream_->last_seq.load(std::memory_order_relaxed);
      if (last < 0) hub_->ready_.fetch_add(1);
      // A snapshot after a resume covers the events up to its last_seq: not a loss.
      stream_->last_seq.store(std::max(last, m.snapshot_last_seq));
    } else if (m.kind != ScannedMessage::kNone) {
      ++stream_->messages;
      for (const ScannedEvent& e : m.events) OnEvent(e, now);
    }
    StartRead(&buffer_);
  }

  void OnDone(const grpc::Status& status) override {
    LiveHub* hub = hub_;
    LiveHub::Stream* stream = stream_;
    {
      std::lock_guard lock(stream->mu);
      stream->call = nullptr;
    }
    const bool stopping = hub->stopping_.load();
    if (!stopping && !stream->failed && status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) {
      // Cut off as too slow: resume from the last seq, as a client must.
      ++stream->resubscribes;
      const int64_t after = std::max<int64_t>(0, stream->last_seq.load());
      delete this;
      new SubscribeCall(hub, stream, after);
      hub->active_calls_.fetch_sub(1);
      return;
    }
    if (!stream->failed && (!stopping || status.error_code() != grpc::StatusCode::CANCELLED)) {
      if (!stopping || !status.ok()) {
        stream->failed = true;
        stream->failure = std::to_string(status.error_code()) + ": " + status.error_message();
      }
    }
    delete this;
    hub->active_calls_.fetch_sub(1);
  }

 private:
  void OnEvent(const ScannedEvent& e, int64_t now) {
    const int64_t seq = e.seq;
    const int64_t last = stream_->last_seq.load(std::memory_order_relaxed);
    ++stream_->events;
    if (last < 0 || seq <= last) {
      ++stream_->duplicates;  // before the snapshot, or seen already
    } else {
      if (seq != last + 1) stream_->gaps += seq - last - 1;
      stream_->last_seq.store(seq);
    }
    const EventClass c = Classify(e.body);
    LiveHub::PerThread& t = hub_->Local();
    t.delivery[c].Add(now - e.recorded_micros);
    if (seq >= 0 && seq <= hub_->max_seq_) {
      t.last_arrival[seq] = std::max(t.last_arrival[seq], now);
      ++t.arrivals[seq];
      t.recorded[seq] = e.recorded_micros;
      t.cls[seq] = static_cast<uint8_t>(c);
    }
  }

  LiveHub* hub_;
  LiveHub::Stream* stream_;
  grpc::ClientContext ctx_;
  grpc::ByteBuffer request_;
  grpc::ByteBuffer buffer_;
};

LiveHub::LiveHub(int64_t session_id, int64_t max_seq, bool batched)
    : session_id_(session_id), max_seq_(max_seq), batched_(batched) {}

LiveHub::~LiveHub() { CancelAll(); }

LiveHub::PerThread& LiveHub::Local() {
  thread_local LiveHub* owner = nullptr;
  thread_local PerThread* local = nullptr;
  if (owner != this) {
    std::lock_guard lock(threads_mu_);
    threads_.push_back(std::make_unique<PerThread>(max_seq_));
    local = threads_.back().get();
    owner = this;
  }
  return *local;
}

void LiveHub::AddStream(grpc::GenericStub* stub, const std::string& token) {
  streams_.push_back(std::make_unique<Stream>());
  Stream* s = streams_.back().get();
  s->stub = stub;
  s->token = token;
  new SubscribeCall(this, s, 0);
}

int64_t LiveHub::MinLastSeq() const {
  int64_t m = INT64_MAX;
  for (const auto& s : streams_) m = std::min(m, s->last_seq.load());
  return m;  // INT64_MAX without streams: nothing to wait for
}

bool LiveHub::WaitAll(int64_t seq, std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (MinLastSeq() < seq) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  return true;
}

bool LiveHub::WaitReady(int n, std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (ready_.load() < n) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

void LiveHub::CancelAll() {
  stopping_.store(true);
  for (const auto& s : streams_) {
    std::lock_guard lock(s->mu);
    if (s->call) s->call->Cancel();
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (active_calls_.load() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

FanoutSummary LiveHub::Collect(int64_t final_seq) {
  FanoutSummary f;
  f.streams = streams();
  f.min_last_seq = INT64_MAX;
  for (const auto& s : streams_) {
    f.messages += s->events;
    f.live_messages += s->messages;
    f.snapshots += s->snapshots;
    f.gaps += s->gaps;
    f.duplicates += s->duplicates;
    f.resubscribes += s->resubscribes;
    if (s->failed) {
      ++f.failed_streams;
      if (f.first_failure.empty()) f.first_failure = s->failure;
    }
    f.min_last_seq = std::min(f.min_last_seq, s->last_seq.load());
    f.max_last_seq = std::max(f.max_last_seq, s->last_seq.load());
  }
  if (streams_.empty()) f.min_last_seq = 0;
  std::lock_guard lock(threads_mu_);
  for (const auto& t : threads_) {
    for (int c = 0; c < kClasses; ++c) f.delivery[c].Merge(t->delivery[c]);
  }
  for (int64_t seq = 1; seq <= std::min(final_seq, max_seq_); ++seq) {
    int64_t arrivals = 0, last = 0, recorded = 0;
    int cls = kOtherEvent;
    for (const auto& t : threads_) {
      if (t->arrivals[seq] == 0) continue;
      arrivals += t->arrivals[seq];
      last = std::max(last, t->last_arrival[seq]);
      recorded = t->recorded[seq];
      cls = t->cls[seq];
    }
    if (arrivals == 0) continue;  // before the streams subscribed (in their snapshot)
    if (arrivals < f.streams) {
      ++f.events_incomplete;
      continue;
    }
    f.to_all[cls].Add(last - recorded);
  }
  return f;
}

}  // namespace dienhong::bench
