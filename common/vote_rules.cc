#include "common/vote_rules.h"

#include <algorithm>
#include <set>
#include <vector>

#include "common/quorum.h"
#include "common/validation.h"

namespace dienhong::voting {
namespace {

v1::Fraction MakeFraction(uint32_t num, uint32_t den, bool strict) {
  v1::Fraction f;
  f.set_numerator(num);
  f.set_denominator(den);
  f.set_strict(strict);
  return f;
}

void SetChoices(v1::PollQuestion& q, std::initializer_list<const char*> labels) {
  if (q.choices_size() > 0) return;
  for (const char* label : labels) q.add_choices()->set_label(label);
}

v1::PollVisibility DefaultVisibility(v1::PollKind kind) {
  switch (kind) {
    case v1::POLL_KIND_CONFIDENCE_RATING:
    case v1::POLL_KIND_CONFIDENCE_VOTE:
    case v1::POLL_KIND_ELECTION:
      return v1::POLL_VISIBILITY_SECRET;
    default:
      return v1::POLL_VISIBILITY_OPEN;
  }
}

std::string Lower(const std::string& label) {
  // Labels are Vietnamese; only ASCII capitals are folded (enough for "Tán thành" -> the
  // sentence form is the label itself when it starts with a non-ASCII capital).
  std::string out = label;
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

const v1::PollChoice* FindChoice(const v1::PollQuestion& q, int32_t id) {
  for (const auto& c : q.choices()) {
    if (c.id() == id) return &c;
  }
  return nullptr;
}

int32_t CountOf(const v1::QuestionTally& t, int32_t choice_id) {
  for (const auto& c : t.counts()) {
    if (c.choice_id() == choice_id) return c.count();
  }
  return 0;
}

std::string Fraction(const v1::Fraction& f) {
  return std::to_string(f.numerator()) + "/" + std::to_string(f.denominator());
}

std::string Verdict(v1::PollKind kind, bool passed) {
  if (kind == v1::POLL_KIND_CONFIDENCE_VOTE) {
    return passed ? "Không tín nhiệm" : "Chưa đủ phiếu không tín nhiệm";
  }
  return passed ? "Thông qua" : "Không thông qua";
}

}  // namespace

v1::Poll WithDefaults(const v1::Poll& in) {
  v1::Poll p = in;
  p.set_title(Trim(p.title()));
  if (p.visibility() == v1::POLL_VISIBILITY_UNSPECIFIED) {
    p.set_visibility(DefaultVisibility(p.kind()));
  }
  if (p.questions_size() == 0) p.add_questions();
  for (auto& q : *p.mutable_questions()) {
    q.set_title(Trim(q.title()));
    switch (p.kind()) {
      case v1::POLL_KIND_RESOLUTION:
      case v1::POLL_KIND_DISMISSAL:
        SetChoices(q, {"tán thành", "không tán thành", "không biểu quyết"});
        if (q.counted_choice() == 0) q.set_counted_choice(1);
        break;
      case v1::POLL_KIND_CONFIDENCE_RATING:
        SetChoices(q, {"tín nhiệm cao", "tín nhiệm", "tín nhiệm thấp"});
        break;
      case v1::POLL_KIND_CONFIDENCE_VOTE:
        SetChoices(q, {"tín nhiệm", "không tín nhiệm"});
        if (q.counted_choice() == 0) q.set_counted_choice(2);
        break;
      default:
        break;
    }
    if (q.max_choices() == 0) q.set_max_choices(1);
    int32_t next = 1;
    for (const auto& c : q.choices()) next = std::max(next, c.id() + 1);
    for (auto& c : *q.mutable_choices()) {
      c.set_label(Trim(c.label()));
      if (c.id() == 0) c.set_id(next++);
    }
  }
  int32_t next_q = 1;
  for (const auto& q : p.questions()) next_q = std::max(next_q, q.id() + 1);
  for (auto& q : *p.mutable_questions()) {
    if (q.id() == 0) q.set_id(next_q++);
  }
  if (!p.has_rule() || p.rule().fraction().denominator() == 0) {
    *p.mutable_rule()->mutable_fraction() = p.kind() == v1::POLL_KIND_DISMISSAL
                                                ? MakeFraction(2, 3, false)
                                                : MakeFraction(1, 2, true);
  }
  if (p.rule().base() == v1::VOTE_BASE_UNSPECIFIED) {
    p.mutable_rule()->set_base(v1::VOTE_BASE_ALL_DELEGATES);
  }
  p.set_cancel_reason(Trim(p.cancel_reason()));
  return p;
}

Status ValidatePoll(const v1::Poll& p) {
  if (p.title().empty()) return Status::InvalidArgument("poll.title: chưa có tiêu đề biểu quyết");
  if (p.kind() == v1::POLL_KIND_UNSPECIFIED || !v1::PollKind_IsValid(p.kind())) {
    return Status::InvalidArgument("poll.kind: chưa chọn loại biểu quyết");
  }
  if (!v1::PollVisibility_IsValid(p.visibility())) {
    return Status::InvalidArgument("poll.visibility: giá trị không hợp lệ");
  }
  if (p.questions_size() == 0) return Status::InvalidArgument("poll.questions: phiếu không có câu hỏi nào");
  if (p.questions_size() > 200) return Status::InvalidArgument("poll.questions: quá nhiều câu hỏi (tối đa 200)");
  const bool single = p.kind() == v1::POLL_KIND_RESOLUTION || p.kind() == v1::POLL_KIND_DISMISSAL ||
                      p.kind() == v1::POLL_KIND_CONFIDENCE_VOTE || p.kind() == v1::POLL_KIND_ELECTION;
  if (single && p.questions_size() != 1 && p.kind() != v1::POLL_KIND_CONFIDENCE_VOTE) {
    return Status::InvalidArgument("poll.questions: loại biểu quyết này chỉ có một câu hỏi");
  }
  if (p.kind() == v1::POLL_KIND_CONFIDENCE_RATING || p.kind() == v1::POLL_KIND_CONFIDENCE_VOTE) {
    for (int i = 0; i < p.questions_size(); ++i) {
      if (p.questions(i).title().empty()) {
        return Status::InvalidArgument("poll.questions[" + std::to_string(i) +
                                       "].title: cần ghi họ tên, chức vụ người được lấy phiếu");
      }
    }
  }
  std::set<int32_t> qids;
  for (int i = 0; i < p.questions_size(); ++i) {
    const auto& q = p.questions(i);
    const std::string field = "poll.questions[" + std::to_string(i) + "]";
    if (q.id() <= 0 || !qids.insert(q.id()).second) {
      return Status::InvalidArgument(field + ".id: mã câu hỏi trùng hoặc không hợp lệ");
    }
    if (q.choices_size() < 2) {
      return Status::InvalidArgument(field + ".choices: cần ít nhất hai lựa chọn" +
                                     (p.kind() == v1::POLL_KIND_ELECTION ? " (ứng cử viên)" : ""));
    }
    std::set<int32_t> cids;
    for (const auto& c : q.choices()) {
      if (c.id() <= 0 || !cids.insert(c.id()).second) {
        return Status::InvalidArgument(field + ".choices: mã lựa chọn trùng hoặc không hợp lệ");
      }
      if (c.label().empty()) return Status::InvalidArgument(field + ".choices: lựa chọn chưa có tên");
    }
    if (q.max_choices() < 1 || q.max_choices() > q.choices_size()) {
      return Status::InvalidArgument(field + ".max_choices: phải từ 1 đến số lựa chọn (" +
                                     std::to_string(q.choices_size()) + ")");
    }
    if (p.kind() != v1::POLL_KIND_ELECTION && q.max_choices() != 1 &&
        p.kind() != v1::POLL_KIND_CUSTOM) {
      return Status::InvalidArgument(field + ".max_choices: loại biểu quyết này chỉ chọn một");
    }
    if (q.counted_choice() != 0 && FindChoice(q, q.counted_choice()) == nullptr) {
      return Status::InvalidArgument(field + ".counted_choice: không có lựa chọn này");
    }
  }
  DH_RETURN_IF_ERROR(ValidateFraction(p.rule().fraction(), "poll.rule.fraction"));
  if (!v1::VoteBase_IsValid(p.rule().base()) || p.rule().base() == v1::VOTE_BASE_UNSPECIFIED) {
    return Status::InvalidArgument("poll.rule.base: giá trị không hợp lệ");
  }
  if (p.allow_change() && p.visibility() == v1::POLL_VISIBILITY_SECRET) {
    return Status::InvalidArgument(
        "poll.allow_change: bỏ phiếu kín không cho sửa phiếu (muốn sửa phải biết phiếu nào là "
        "của ai, điều bỏ phiếu kín không cho phép)");
  }
  if (p.countdown_seconds() < 0 || p.countdown_seconds() > 24 * 3600) {
    return Status::InvalidArgument("poll.countdown_seconds: phải từ 0 đến 86400 giây");
  }
  return Status::Ok();
}

Status ValidateBallot(const v1::Poll& p, const v1::Ballot& ballot) {
  std::set<int32_t> marked;
  for (const auto& m : ballot.marks()) {
    const v1::PollQuestion* q = nullptr;
    for (const auto& candidate : p.questions()) {
      if (candidate.id() == m.question_id()) q = &candidate;
    }
    if (q == nullptr) {
      return Status::InvalidArgument("ballot: phiếu có câu hỏi " + std::to_string(m.question_id()) +
                                     " không thuộc biểu quyết này");
    }
    if (!marked.insert(m.question_id()).second) {
      return Status::InvalidArgument("ballot: câu hỏi " + std::to_string(m.question_id()) +
                                     " được đánh dấu hai lần");
    }
    std::set<int32_t> chosen;
    for (int32_t c : m.choice_ids()) {
      if (FindChoice(*q, c) == nullptr) {
        return Status::InvalidArgument("ballot: câu hỏi " + std::to_string(q->id()) +
                                       " không có lựa chọn " + std::to_string(c));
      }
      if (!chosen.insert(c).second) {
        return Status::InvalidArgument("ballot: lựa chọn " + std::to_string(c) + " bị chọn hai lần");
      }
    }
    if (static_cast<int32_t>(chosen.size()) > q->max_choices()) {
      return Status::InvalidArgument("ballot: câu hỏi " + std::to_string(q->id()) + " chỉ được chọn tối đa " +
                                     std::to_string(q->max_choices()));
    }
    if (chosen.empty() && p.kind() != v1::POLL_KIND_ELECTION) {
      return Status::InvalidArgument("ballot: câu hỏi " + std::to_string(q->id()) + " chưa chọn");
    }
  }
  if (p.kind() != v1::POLL_KIND_ELECTION && static_cast<int>(marked.size()) != p.questions_size()) {
    return Status::InvalidArgument("ballot: phiếu phải trả lời đủ " +
                                   std::to_string(p.questions_size()) + " câu hỏi");
  }
  return Status::Ok();
}

v1::PollTally EmptyTally(const v1::Poll& p) {
  v1::PollTally t;
  for (const auto& q : p.questions()) {
    auto* qt = t.add_questions();
    qt->set_question_id(q.id());
    for (const auto& c : q.choices()) {
      auto* cc = qt->add_counts();
      cc->set_choice_id(c.id());
    }
  }
  return t;
}

void AddBallot(const v1::Poll& p, const v1::Ballot& ballot, v1::PollTally& t, int sign) {
  if (t.questions_size() == 0) t = EmptyTally(p);
  t.set_ballots(t.ballots() + sign);
  for (auto& qt : *t.mutable_questions()) {
    bool any = false;
    for (const auto& m : ballot.marks()) {
      if (m.question_id() != qt.question_id()) continue;
      for (int32_t c : m.choice_ids()) {
        for (auto& cc : *qt.mutable_counts()) {
          if (cc.choice_id() == c) {
            cc.set_count(cc.count() + sign);
            any = true;
          }
        }
      }
    }
    if (!any) qt.set_blank(qt.blank() + sign);
  }
}

Status ValidateTally(const v1::Poll& p, const v1::PollTally& t) {
  const v1::PollTally shape = EmptyTally(p);
  if (t.ballots() < 0 || t.questions_size() != shape.questions_size()) {
    return Status::Internal("tally: không khớp với các câu hỏi của biểu quyết");
  }
  for (int i = 0; i < t.questions_size(); ++i) {
    const auto& q = t.questions(i);
    const auto& s = shape.questions(i);
    if (q.question_id() != s.question_id() || q.counts_size() != s.counts_size() || q.blank() < 0 ||
        q.blank() > t.ballots()) {
      return Status::Internal("tally: câu hỏi " + std::to_string(s.question_id()) + " không khớp");
    }
    int64_t sum = 0;
    for (int j = 0; j < q.counts_size(); ++j) {
      if (q.counts(j).choice_id() != s.counts(j).choice_id() || q.counts(j).count() < 0 ||
          q.counts(j).count() > t.ballots()) {
        return Status::Internal("tally: số phiếu của câu hỏi " + std::to_string(s.question_id()) +
                                " không hợp lệ");
      }
      sum += q.counts(j).count();
    }
    const int64_t max_marks = int64_t{p.questions(i).max_choices()} * t.ballots();
    if (sum > max_marks || (p.questions(i).max_choices() == 1 && sum + q.blank() != t.ballots())) {
      return Status::Internal("tally: tổng số phiếu của câu hỏi " + std::to_string(s.question_id()) +
                              " không khớp với số phiếu");
    }
  }
  return Status::Ok();
}

int32_t Threshold(const v1::PassRule& rule, int32_t base) {
  return std::max<int32_t>(1, RequiredCount(base, rule.fraction()));
}

int32_t BaseCount(const v1::PassRule& rule, int32_t roster_size, int32_t entitled_at_open,
                  int32_t ballots) {
  switch (rule.base()) {
    case v1::VOTE_BASE_PRESENT:
      return entitled_at_open;
    case v1::VOTE_BASE_VOTES_CAST:
      return ballots;
    default:
      return roster_size;
  }
}

std::string Percent(int64_t count, int64_t base) {
  if (base <= 0) return "0,00";
  const int64_t hundredths = (count * 20000 / base + 1) / 2;  // half up
  std::string frac = std::to_string(hundredths % 100);
  if (frac.size() < 2) frac = "0" + frac;
  return std::to_string(hundredths / 100) + "," + frac;
}

std::string BaseLabel(v1::VoteBase base) {
  switch (base) {
    case v1::VOTE_BASE_PRESENT:
      return "số đại biểu có mặt";
    case v1::VOTE_BASE_VOTES_CAST:
      return "số phiếu biểu quyết";
    default:
      return "tổng số đại biểu";
  }
}

std::string RuleText(const v1::PassRule& rule) {
  return std::string(rule.fraction().strict() ? "quá " : "ít nhất ") + Fraction(rule.fraction()) +
         " " + BaseLabel(rule.base());
}

std::string KindLabel(v1::PollKind kind) {
  switch (kind) {
    case v1::POLL_KIND_RESOLUTION: return "Biểu quyết thông qua";
    case v1::POLL_KIND_CONFIDENCE_RATING: return "Lấy phiếu tín nhiệm";
    case v1::POLL_KIND_CONFIDENCE_VOTE: return "Bỏ phiếu tín nhiệm";
    case v1::POLL_KIND_ELECTION: return "Bầu cử";
    case v1::POLL_KIND_DISMISSAL: return "Miễn nhiệm, bãi nhiệm";
    case v1::POLL_KIND_CUSTOM: return "Biểu quyết";
    default: return "Biểu quyết (chưa rõ loại)";
  }
}

std::string StatusLabel(v1::PollStatus status) {
  switch (status) {
    case v1::POLL_STATUS_PREPARED: return "đã chuẩn bị";
    case v1::POLL_STATUS_OPEN: return "đang biểu quyết";
    case v1::POLL_STATUS_CLOSED: return "đã kết thúc";
    case v1::POLL_STATUS_PUBLISHED: return "đã công bố kết quả";
    case v1::POLL_STATUS_CANCELLED: return "đã hủy";
    default: return "chưa rõ";
  }
}

v1::PollResult ComputeResult(const v1::Poll& p, const v1::PollTally& tally, int32_t base) {
  v1::PollResult r;
  *r.mutable_tally() = tally;
  *r.mutable_rule() = p.rule();
  r.set_base_count(base);
  const int32_t threshold = Threshold(p.rule(), base);
  const std::string base_words = BaseLabel(p.rule().base());
  const std::string of_base = "/" + std::to_string(base) + " đại biểu ";
  std::vector<std::string> texts;
  for (int i = 0; i < p.questions_size(); ++i) {
    const v1::PollQuestion& q = p.questions(i);
    v1::QuestionTally qt;
    for (const auto& candidate : tally.questions()) {
      if (candidate.question_id() == q.id()) qt = candidate;
    }
    v1::QuestionResult* qr = r.add_questions();
    qr->set_question_id(q.id());
    const std::string prefix = q.title().empty() ? "" : q.title() + ": ";
    if (p.kind() == v1::POLL_KIND_ELECTION) {
      qr->set_has_verdict(true);
      qr->set_threshold(threshold);
      std::vector<std::pair<int32_t, int32_t>> qualifying;  // (count, candidate)
      for (const auto& c : q.choices()) {
        const int32_t n = CountOf(qt, c.id());
        if (n >= threshold) qualifying.emplace_back(n, c.id());
      }
      std::stable_sort(qualifying.begin(), qualifying.end(),
                       [](const auto& a, const auto& b) { return a.first > b.first; });
      const size_t seats = static_cast<size_t>(q.max_choices());
      if (qualifying.size() <= seats) {
        for (const auto& [n, id] : qualifying) qr->add_elected(id);
      } else {
        const int32_t last = qualifying[seats - 1].first;
        for (const auto& [n, id] : qualifying) {
          if (n > last) qr->add_elected(id);
        }
        std::vector<int32_t> at_last;
        for (const auto& [n, id] : qualifying) {
          if (n == last) at_last.push_back(id);
        }
        const size_t remaining = seats - static_cast<size_t>(qr->elected_size());
        for (int32_t id : at_last) {
          if (at_last.size() <= remaining) {
            qr->add_elected(id);
          } else {
            qr->add_tied(id);
          }
        }
      }
      qr->set_passed(qr->elected_size() > 0);
      std::string text = prefix;
      std::vector<std::string> parts;
      for (const auto& c : q.choices()) {
        const int32_t n = CountOf(qt, c.id());
        const bool elected = std::count(qr->elected().begin(), qr->elected().end(), c.id()) > 0;
        const bool tied = std::count(qr->tied().begin(), qr->tied().end(), c.id()) > 0;
        parts.push_back(c.label() + " " + std::to_string(n) + of_base.substr(0, of_base.size() - 1) +
                        ", " + Percent(n, base) + "% — " +
                        (elected ? "trúng cử" : tied ? "bằng phiếu, phải bầu lại" : "không trúng cử"));
      }
      for (size_t k = 0; k < parts.size(); ++k) text += (k ? "; " : "") + parts[k];
      const int32_t open_seats = q.max_choices() - qr->elected_size();
      text += " (" + std::to_string(qr->elected_size()) + "/" + std::to_string(q.max_choices()) +
              " ghế; cần " + std::to_string(threshold) + " phiếu, " + RuleText(p.rule()) + ")";
      if (open_seats > 0) text += "; còn " + std::to_string(open_seats) + " ghế chưa có người trúng cử";
      qr->set_text(text);
    } else if (q.counted_choice() != 0) {
      const v1::PollChoice* counted = FindChoice(q, q.counted_choice());
      const int32_t n = CountOf(qt, q.counted_choice());
      qr->set_has_verdict(true);
      qr->set_threshold(threshold);
      qr->set_passed(n >= threshold);
      std::string text = prefix + Verdict(p.kind(), qr->passed()) + ": " + std::to_string(n) +
                         of_base + Lower(counted ? counted->label() : "") + ", " + Percent(n, base) +
                         "% " + base_words;
      if (!qr->passed()) {
        text += " (cần " + std::to_string(threshold) + ", " + RuleText(p.rule()) + ")";
      }
      qr->set_text(text);
    } else {
      std::string text = prefix;
      for (int k = 0; k < q.choices_size(); ++k) {
        const int32_t n = CountOf(qt, q.choices(k).id());
        text += (k ? ", " : "") + q.choices(k).label() + " " + std::to_string(n) + " (" +
                Percent(n, base) + "%)";
      }
      text += " — " + std::to_string(tally.ballots()) + " phiếu; tỷ lệ trên " +
              std::to_string(base) + " (" + base_words + ")";
      qr->set_text(text);
    }
    texts.push_back(qr->text());
  }
  std::string all;
  for (size_t k = 0; k < texts.size(); ++k) all += (k ? "; " : "") + texts[k];
  r.set_text(all);
  return r;
}

}  // namespace dienhong::voting
