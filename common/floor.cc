#include "common/floor.h"

#include <algorithm>
#include <map>

namespace dienhong {
namespace {

constexpr int32_t kMaxLimitSeconds = 7200;
constexpr int32_t kMaxWarningSeconds = 600;

Status CheckRange(int32_t value, int32_t lo, int32_t hi, const std::string& field,
                  const char* what) {
  if (value < lo || value > hi) {
    return Status::InvalidArgument(field + ": " + what + " phải từ " + std::to_string(lo) +
                                   " đến " + std::to_string(hi) + " (đang là " +
                                   std::to_string(value) + ")");
  }
  return Status::Ok();
}

}  // namespace

v1::FloorRules DefaultFloorRules() {
  v1::FloorRules r;
  r.set_first_speech_seconds(7 * 60);
  r.set_later_speech_seconds(3 * 60);
  r.set_debate_seconds(3 * 60);
  r.set_point_of_order_seconds(2 * 60);
  r.set_presentation_seconds(10 * 60);
  r.set_respondent_answer_seconds(10 * 60);
  r.set_warning_seconds(30);
  r.set_max_open_turns(1);
  r.set_max_waiting_per_kind(1);
  r.set_max_waiting(200);
  r.set_question_seconds(3 * 60);
  r.set_follow_up_seconds(60);
  r.set_written_answer_days(30);
  return r;
}

Result<v1::FloorRules> NormalizeFloorRules(const v1::FloorRules& in, const std::string& field) {
  const v1::FloorRules d = DefaultFloorRules();
  v1::FloorRules r = in;
  auto fill = [](int32_t v, int32_t def) { return v == 0 ? def : v; };
  r.set_first_speech_seconds(fill(in.first_speech_seconds(), d.first_speech_seconds()));
  r.set_later_speech_seconds(fill(in.later_speech_seconds(), d.later_speech_seconds()));
  r.set_debate_seconds(fill(in.debate_seconds(), d.debate_seconds()));
  r.set_point_of_order_seconds(fill(in.point_of_order_seconds(), d.point_of_order_seconds()));
  r.set_presentation_seconds(fill(in.presentation_seconds(), d.presentation_seconds()));
  r.set_respondent_answer_seconds(
      fill(in.respondent_answer_seconds(), d.respondent_answer_seconds()));
  r.set_max_open_turns(fill(in.max_open_turns(), d.max_open_turns()));
  r.set_max_waiting_per_kind(fill(in.max_waiting_per_kind(), d.max_waiting_per_kind()));
  r.set_max_waiting(fill(in.max_waiting(), d.max_waiting()));
  r.set_question_seconds(fill(in.question_seconds(), d.question_seconds()));
  r.set_follow_up_seconds(fill(in.follow_up_seconds(), d.follow_up_seconds()));
  r.set_written_answer_days(fill(in.written_answer_days(), d.written_answer_days()));
  const char* limit = "thời gian (giây)";
  DH_RETURN_IF_ERROR(CheckRange(r.first_speech_seconds(), 1, kMaxLimitSeconds,
                                field + ".first_speech_seconds", limit));
  DH_RETURN_IF_ERROR(CheckRange(r.later_speech_seconds(), 1, kMaxLimitSeconds,
                                field + ".later_speech_seconds", limit));
  DH_RETURN_IF_ERROR(
      CheckRange(r.debate_seconds(), 1, kMaxLimitSeconds, field + ".debate_seconds", limit));
  DH_RETURN_IF_ERROR(CheckRange(r.point_of_order_seconds(), 1, kMaxLimitSeconds,
                                field + ".point_of_order_seconds", limit));
  DH_RETURN_IF_ERROR(CheckRange(r.presentation_seconds(), 1, kMaxLimitSeconds,
                                field + ".presentation_seconds", limit));
  DH_RETURN_IF_ERROR(CheckRange(r.respondent_answer_seconds(), 1, kMaxLimitSeconds,
                                field + ".respondent_answer_seconds", limit));
  DH_RETURN_IF_ERROR(
      CheckRange(r.question_seconds(), 1, kMaxLimitSeconds, field + ".question_seconds", limit));
  DH_RETURN_IF_ERROR(
      CheckRange(r.follow_up_seconds(), 1, kMaxLimitSeconds, field + ".follow_up_seconds", limit));
  DH_RETURN_IF_ERROR(CheckRange(r.written_answer_days(), 1, 365, field + ".written_answer_days",
                                "số ngày trả lời bằng văn bản"));
  DH_RETURN_IF_ERROR(CheckRange(r.warning_seconds(), 0, kMaxWarningSeconds,
                                field + ".warning_seconds", "thời gian báo trước (giây)"));
  DH_RETURN_IF_ERROR(CheckRange(r.max_open_turns(), 1, 25, field + ".max_open_turns",
                                "số lượt phát biểu cùng lúc"));
  DH_RETURN_IF_ERROR(CheckRange(r.max_waiting_per_kind(), 1, 10, field + ".max_waiting_per_kind",
                                "số đăng ký chờ của một người cho mỗi loại"));
  DH_RETURN_IF_ERROR(
      CheckRange(r.max_waiting(), 1, 1000, field + ".max_waiting", "số đăng ký chờ tối đa"));
  return r;
}

v1::FloorRules EffectiveFloorRules(const v1::SessionState& state) {
  if (!state.floor().has_rules()) return DefaultFloorRules();
  // Rules copied before questioning existed lack its fields (0): their defaults apply.
  v1::FloorRules rules = state.floor().rules();
  const v1::FloorRules d = DefaultFloorRules();
  if (rules.question_seconds() == 0) rules.set_question_seconds(d.question_seconds());
  if (rules.follow_up_seconds() == 0) rules.set_follow_up_seconds(d.follow_up_seconds());
  if (rules.written_answer_days() == 0) rules.set_written_answer_days(d.written_answer_days());
  return rules;
}

int32_t TurnLimitSeconds(const v1::FloorRules& rules, v1::FloorKind kind, bool later_speech) {
  switch (kind) {
    case v1::FLOOR_KIND_CONTRIBUTION:
      return later_speech ? rules.later_speech_seconds() : rules.first_speech_seconds();
    case v1::FLOOR_KIND_DEBATE:
      return rules.debate_seconds();
    case v1::FLOOR_KIND_POINT_OF_ORDER:
      return rules.point_of_order_seconds();
    case v1::FLOOR_KIND_PRESENTATION:
      return rules.presentation_seconds();
    case v1::FLOOR_KIND_RESPONDENT_ANSWER:
      return rules.respondent_answer_seconds();
    case v1::FLOOR_KIND_QUESTION:
      return rules.question_seconds();
    case v1::FLOOR_KIND_FOLLOW_UP:
      return rules.follow_up_seconds();
    default:
      return 0;
  }
}

bool SameSpeaker(const v1::Speaker& a, const v1::Speaker& b) {
  if (a.delegate_id() != 0 || b.delegate_id() != 0) return a.delegate_id() == b.delegate_id();
  return a.account_id() != 0 && a.account_id() == b.account_id();
}

bool IsLaterSpeech(const v1::FloorState& floor, const v1::Speaker& speaker, int64_t item_id) {
  for (const auto& t : floor.turns()) {
    if (t.item_id() == item_id && SameSpeaker(t.speaker(), speaker) &&
        (t.kind() == v1::FLOOR_KIND_CONTRIBUTION || t.kind() == v1::FLOOR_KIND_PRESENTATION)) {
      return true;
    }
  }
  return false;
}

int FloorRank(const v1::FloorRequest& r) {
  switch (r.kind()) {
    case v1::FLOOR_KIND_POINT_OF_ORDER:
      return 0;
    case v1::FLOOR_KIND_RESPONDENT_ANSWER:
      return 1;
    case v1::FLOOR_KIND_DEBATE:
      return r.priority() ? 2 : 3;
    case v1::FLOOR_KIND_PRESENTATION:
      return 4;
    default:
      return 5;
  }
}

namespace {
// Whether `a` must be called before `b` by the rules (not merely by arrival).
bool GoesBefore(const v1::FloorRequest& a, const v1::FloorRequest& b) {
  const int ra = FloorRank(a), rb = FloorRank(b);
  if (ra != rb) return ra < rb;
  if (a.kind() == v1::FLOOR_KIND_PRESENTATION) {
    return a.presentation_order() < b.presentation_order();
  }
  return false;
}
}  // namespace

int QueueInsertIndex(const v1::FloorState& floor, const v1::FloorRequest& request) {
  // After the last waiting request that the new one does not go before: what the chair
  // moved stays where it was put, and arrival order holds within a rank.
  int index = floor.queue_size();
  while (index > 0) {
    const v1::FloorRequest* before = FindFloorRequest(floor, floor.queue(index - 1));
    if (before != nullptr && !GoesBefore(request, *before)) break;
    --index;
  }
  return index;
}

const v1::FloorRequest* FindFloorRequest(const v1::FloorState& floor, int64_t id) {
  // Ids are 1, 2, ... in order: try the direct index first.
  if (id >= 1 && id <= floor.requests_size() && floor.requests(id - 1).id() == id) {
    return &floor.requests(id - 1);
  }
  for (const auto& r : floor.requests()) {
    if (r.id() == id) return &r;
  }
  return nullptr;
}
v1::FloorRequest* FindFloorRequest(v1::FloorState& floor, int64_t id) {
  return const_cast<v1::FloorRequest*>(
      FindFloorRequest(static_cast<const v1::FloorState&>(floor), id));
}

const v1::Turn* FindTurn(const v1::FloorState& floor, int64_t id) {
  if (id >= 1 && id <= floor.turns_size() && floor.turns(id - 1).id() == id) {
    return &floor.turns(id - 1);
  }
  for (const auto& t : floor.turns()) {
    if (t.id() == id) return &t;
  }
  return nullptr;
}
v1::Turn* FindTurn(v1::FloorState& floor, int64_t id) {
  return const_cast<v1::Turn*>(FindTurn(static_cast<const v1::FloorState&>(floor), id));
}

bool TurnOpen(const v1::Turn& turn) { return !turn.has_ended_at(); }

int CountedOpenTurns(const v1::FloorState& floor) {
  int n = 0;
  for (const auto& t : floor.turns()) {
    if (TurnOpen(t) && t.kind() != v1::FLOOR_KIND_CHAIR) ++n;
  }
  return n;
}

int64_t TimestampMicros(const google::protobuf::Timestamp& t) {
  return t.seconds() * 1'000'000 + t.nanos() / 1000;
}

google::protobuf::Timestamp MicrosTimestamp(int64_t micros) {
  google::protobuf::Timestamp t;
  int64_t seconds = micros / 1'000'000;
  int64_t rest = micros % 1'000'000;
  if (rest < 0) {
    rest += 1'000'000;
    --seconds;
  }
  t.set_seconds(seconds);
  t.set_nanos(static_cast<int32_t>(rest * 1000));
  return t;
}

int64_t SpokenMicros(const v1::Turn& turn, int64_t now_micros) {
  int64_t end = turn.has_ended_at() ? TimestampMicros(turn.ended_at()) : now_micros;
  if (turn.has_paused_at()) end = std::min(end, TimestampMicros(turn.paused_at()));
  return std::max<int64_t>(0, end - TimestampMicros(turn.started_at()) - turn.paused_micros());
}

int64_t TurnDeadlineMicros(const v1::Turn& turn) {
  if (!TurnOpen(turn) || turn.limit_seconds() <= 0 || turn.has_paused_at()) return 0;
  return TimestampMicros(turn.started_at()) + turn.paused_micros() +
         int64_t{turn.limit_seconds()} * 1'000'000;
}

v1::FloorStatistics ComputeFloorStatistics(const v1::SessionState& state, int64_t item_id,
                                           int64_t sitting_id, int64_t now_micros) {
  v1::FloorStatistics out;
  out.set_item_id(item_id);
  out.set_sitting_id(sitting_id);
  // Keyed by delegate id (> 0) or -account id, in first-spoken order.
  std::map<int64_t, int> speaker_index;
  std::map<std::string, std::pair<v1::GroupStatistics, std::map<int64_t, bool>>> groups;
  std::map<int64_t, bool> spoke_in_session;
  int64_t total_micros = 0;
  std::vector<int64_t> micros_by_speaker;
  for (const auto& t : state.floor().turns()) {
    if (t.kind() == v1::FLOOR_KIND_CHAIR) continue;
    if (t.speaker().delegate_id() != 0) spoke_in_session[t.speaker().delegate_id()] = true;
    if (item_id != 0 && t.item_id() != item_id) continue;
    if (sitting_id != 0 && t.sitting_id() != sitting_id) continue;
    const int64_t key =
        t.speaker().delegate_id() != 0 ? t.speaker().delegate_id() : -t.speaker().account_id();
    auto [it, inserted] = speaker_index.emplace(key, out.speakers_size());
    if (inserted) {
      *out.add_speakers()->mutable_speaker() = t.speaker();
      micros_by_speaker.push_back(0);
    }
    const int64_t spoken = SpokenMicros(t, now_micros);
    v1::SpeakerStatistics& s = *out.mutable_speakers(it->second);
    s.set_turns(s.turns() + 1);
    if (t.overrun_at_limit_seconds() > 0) s.set_overruns(s.overruns() + 1);
    micros_by_speaker[it->second] += spoken;
    auto& [g, members] = groups[t.speaker().delegate_group()];
    g.set_delegate_group(t.speaker().delegate_group());
    g.set_turns(g.turns() + 1);
    g.set_seconds(g.seconds() + spoken);  // micros for now; converted below
    members[key] = true;
    out.set_total_turns(out.total_turns() + 1);
    total_micros += spoken;
  }
  for (int i = 0; i < out.speakers_size(); ++i) {
    out.mutable_speakers(i)->set_seconds(micros_by_speaker[i] / 1'000'000);
  }
  std::stable_sort(out.mutable_speakers()->begin(), out.mutable_speakers()->end(),
                   [](const v1::SpeakerStatistics& a, const v1::SpeakerStatistics& b) {
                     return a.seconds() > b.seconds();
                   });
  for (auto& [name, entry] : groups) {
    v1::GroupStatistics g = entry.first;
    g.set_seconds(g.seconds() / 1'000'000);
    g.set_speakers(static_cast<int32_t>(entry.second.size()));
    *out.add_groups() = std::move(g);
  }
  out.set_total_seconds(total_micros / 1'000'000);
  for (const auto& r : state.roster()) {
    if (spoke_in_session.count(r.delegate_id())) continue;
    v1::Speaker* s = out.add_not_yet_spoken();
    s->set_delegate_id(r.delegate_id());
    s->set_name(r.full_name());
    s->set_delegate_group(r.delegate_group());
  }
  return out;
}

const char* FloorKindLabel(v1::FloorKind kind) {
  switch (kind) {
    case v1::FLOOR_KIND_CONTRIBUTION:
      return "phát biểu";
    case v1::FLOOR_KIND_DEBATE:
      return "tranh luận";
    case v1::FLOOR_KIND_POINT_OF_ORDER:
      return "kiến nghị về thủ tục";
    case v1::FLOOR_KIND_PRESENTATION:
      return "tham luận";
    case v1::FLOOR_KIND_RESPONDENT_ANSWER:
      return "trả lời";
    case v1::FLOOR_KIND_CHAIR:
      return "chủ tọa phát biểu";
    case v1::FLOOR_KIND_QUESTION:
      return "chất vấn";
    case v1::FLOOR_KIND_FOLLOW_UP:
      return "hỏi thêm";
    default:
      return "không rõ loại";
  }
}

}  // namespace dienhong
