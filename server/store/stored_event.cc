#include "server/store/stored_event.h"

#include <string>

namespace dienhong::store::internal {

std::string EventKind(const v1::Event& event) {
  // The oneof case is the field number of the body; its descriptor names it. Using the
  // field name (not the number) keeps the column readable in sqlite3 and in exports.
  if (event.body_case() == v1::Event::BODY_NOT_SET) return {};
  const google::protobuf::FieldDescriptor* field =
      v1::Event::descriptor()->FindFieldByNumber(event.body_case());
  return field != nullptr ? field->name() : std::string();
}

std::string EventPayload(const v1::Event& event) {
  v1::Event body = event;
  body.clear_log_index();
  body.clear_stream_id();
  body.clear_seq();
  body.clear_recorded_at();
  body.clear_hash();
  // The hash covers these exact bytes as stored, never a re-serialization, so protobuf's
  // lack of a canonical encoding does not matter.
  return body.SerializeAsString();
}

Result<v1::Event> EventFromStored(int64_t log_index, int64_t stream_id, int64_t seq,
                                  int64_t recorded_at_us, std::string_view payload,
                                  std::string_view hash) {
  v1::Event event;
  if (!event.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
    return Status::Internal("event " + std::to_string(log_index) +
                            ": stored payload is not a valid dienhong.v1.Event");
  }
  event.set_log_index(log_index);
  event.set_stream_id(stream_id);
  event.set_seq(seq);
  SetMicros(recorded_at_us, event.mutable_recorded_at());
  event.set_hash(std::string(hash));
  return event;
}

int64_t ToMicros(const google::protobuf::Timestamp& t) {
  return t.seconds() * 1'000'000 + t.nanos() / 1'000;
}

void SetMicros(int64_t micros, google::protobuf::Timestamp* t) {
  // Floor division, so that times before 1970 still get nanos in [0, 1e9).
  int64_t seconds = micros / 1'000'000;
  int64_t rest = micros % 1'000'000;
  if (rest < 0) {
    rest += 1'000'000;
    --seconds;
  }
  t->set_seconds(seconds);
  t->set_nanos(static_cast<int32_t>(rest * 1'000));
}

}  // namespace dienhong::store::internal
