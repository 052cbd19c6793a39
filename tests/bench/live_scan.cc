#include "tests/bench/live_scan.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/timestamp.pb.h>
#include <google/protobuf/wire_format_lite.h>

#include <string>
#include <vector>

#include "dienhong/v1/session_service.pb.h"

namespace dienhong::bench {
namespace {

using google::protobuf::io::CodedInputStream;
using google::protobuf::internal::WireFormatLite;

int FieldOf(uint32_t tag) { return static_cast<int>(WireFormatLite::GetTagFieldNumber(tag)); }
bool IsLengthDelimited(uint32_t tag) {
  return WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
}

// Whether `field` is one of Event's body oneof (from the descriptor, once).
bool IsBody(int field) {
  static const std::vector<bool> table = [] {
    const google::protobuf::OneofDescriptor* body = v1::Event::descriptor()->FindOneofByName("body");
    std::vector<bool> t;
    for (int i = 0; i < body->field_count(); ++i) {
      const int n = body->field(i)->number();
      if (static_cast<size_t>(n) >= t.size()) t.resize(n + 1, false);
      t[n] = true;
    }
    return t;
  }();
  return field >= 0 && static_cast<size_t>(field) < table.size() && table[field];
}

// A nested message ended where its length said: ReadTag also returns 0 when the bytes run
// out early, so truncation shows only as bytes left before the limit.
bool EndOfNested(CodedInputStream& in) { return in.ConsumedEntireMessage() && in.BytesUntilLimit() == 0; }

// Runs `scan` within the length-delimited message at the stream's position; false if the
// length is unreadable, `scan` fails or the message ends before its length.
template <typename Scan>
bool Nested(CodedInputStream& in, Scan scan) {
  int length;
  if (!in.ReadVarintSizeAsInt(&length)) return false;
  const auto limit = in.PushLimit(length);
  if (!scan() || !EndOfNested(in)) return false;
  in.PopLimit(limit);
  return true;
}

bool ScanTimestamp(CodedInputStream& in, int64_t* micros) {
  int64_t seconds = 0;
  int32_t nanos = 0;
  while (uint32_t tag = in.ReadTag()) {
    const int field = FieldOf(tag);
    if (field == google::protobuf::Timestamp::kSecondsFieldNumber) {
      uint64_t v;
      if (!in.ReadVarint64(&v)) return false;
      seconds = static_cast<int64_t>(v);
    } else if (field == google::protobuf::Timestamp::kNanosFieldNumber) {
      uint32_t v;
      if (!in.ReadVarint32(&v)) return false;
      nanos = static_cast<int32_t>(v);
    } else if (!WireFormatLite::SkipField(&in, tag)) {
      return false;
    }
  }
  *micros = seconds * 1000000 + nanos / 1000;
  return true;
}

bool ScanEvent(CodedInputStream& in, ScannedEvent* e) {
  while (uint32_t tag = in.ReadTag()) {
    const int field = FieldOf(tag);
    if (field == v1::Event::kSeqFieldNumber) {
      uint64_t v;
      if (!in.ReadVarint64(&v)) return false;
      e->seq = static_cast<int64_t>(v);
    } else if (field == v1::Event::kRecordedAtFieldNumber && IsLengthDelimited(tag)) {
      if (!Nested(in, [&] { return ScanTimestamp(in, &e->recorded_micros); })) return false;
    } else {
      if (IsBody(field)) e->body = field;
      if (!WireFormatLite::SkipField(&in, tag)) return false;
    }
  }
  return true;
}

// Reads one length-delimited Event at the stream's position.
bool ScanNestedEvent(CodedInputStream& in, ScannedMessage* out) {
  ScannedEvent& e = out->events.emplace_back();
  return Nested(in, [&] { return ScanEvent(in, &e); });
}

// SessionState: only its last_seq.
bool ScanSnapshot(CodedInputStream& in, int64_t* last_seq) {
  while (uint32_t tag = in.ReadTag()) {
    if (FieldOf(tag) == v1::SessionState::kLastSeqFieldNumber &&
        WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_VARINT) {
      uint64_t v;
      if (!in.ReadVarint64(&v)) return false;
      *last_seq = static_cast<int64_t>(v);
    } else if (!WireFormatLite::SkipField(&in, tag)) {
      return false;
    }
  }
  return true;
}

bool ScanBatch(CodedInputStream& in, ScannedMessage* out) {
  while (uint32_t tag = in.ReadTag()) {
    if (FieldOf(tag) == v1::EventBatch::kEventsFieldNumber && IsLengthDelimited(tag)) {
      if (!ScanNestedEvent(in, out)) return false;
    } else if (!WireFormatLite::SkipField(&in, tag)) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool ScanLiveMessage(google::protobuf::io::ZeroCopyInputStream* stream, ScannedMessage* out) {
  out->kind = ScannedMessage::kNone;
  out->snapshot_last_seq = 0;
  out->events.clear();
  CodedInputStream in(stream);
  in.SetTotalBytesLimit(INT32_MAX);
  while (uint32_t tag = in.ReadTag()) {
    const int field = FieldOf(tag);
    if (!IsLengthDelimited(tag)) {
      if (!WireFormatLite::SkipField(&in, tag)) return false;
      continue;
    }
    // Should the message carry more than one of the oneof's fields, the last one counts.
    if (field == v1::LiveMessage::kSnapshotFieldNumber) {
      // Only its last_seq: a client builds the state once per stream, but parsing 10,000
      // rosters here would only load the generator during the connect phase.
      out->kind = ScannedMessage::kSnapshot;
      if (!Nested(in, [&] { return ScanSnapshot(in, &out->snapshot_last_seq); })) return false;
    } else if (field == v1::LiveMessage::kEventFieldNumber) {
      out->kind = ScannedMessage::kEvent;
      out->events.clear();
      if (!ScanNestedEvent(in, out)) return false;
    } else if (field == v1::LiveMessage::kBatchFieldNumber) {
      out->kind = ScannedMessage::kBatch;
      out->events.clear();
      if (!Nested(in, [&] { return ScanBatch(in, out); })) return false;
    } else if (!WireFormatLite::SkipField(&in, tag)) {
      return false;
    }
  }
  return in.ConsumedEntireMessage();
}

}  // namespace dienhong::bench
