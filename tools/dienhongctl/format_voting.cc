#include "tools/dienhongctl/format_voting.h"

#include "common/vote_rules.h"
#include "common/voting.h"
#include "tools/dienhongctl/format.h"
#include "tools/dienhongctl/time_text.h"

namespace dienhong::ctl {
namespace {

std::string PollRef(const v1::SessionState& s, int64_t poll_id) {
  std::string out = "biểu quyết " + std::to_string(poll_id);
  if (const v1::Poll* p = voting::FindPoll(s, poll_id)) out += " “" + p->title() + "”";
  return out;
}

std::string ChoiceLabel(const v1::Poll& p, int32_t question, int32_t choice) {
  for (const auto& q : p.questions()) {
    if (q.id() != question) continue;
    for (const auto& c : q.choices()) {
      if (c.id() == choice) return c.label();
    }
  }
  return "lựa chọn " + std::to_string(choice);
}

}  // namespace

std::string DescribePollEvent(const v1::Event& e, const v1::SessionState& s) {
  switch (e.body_case()) {
    case v1::Event::kPollCreated: {
      const v1::Poll& p = e.poll_created().poll();
      std::string out = "chuẩn bị biểu quyết " + std::to_string(p.id()) + " “" + p.title() +
                        "” (" + voting::KindLabel(p.kind()) + ", " +
                        (p.visibility() == v1::POLL_VISIBILITY_SECRET ? "bỏ phiếu kín" : "công khai") +
                        ", cần " + voting::RuleText(p.rule()) + ")";
      if (p.revote_of() != 0) out += ", biểu quyết lại của biểu quyết " + std::to_string(p.revote_of());
      return out;
    }
    case v1::Event::kPollOpened: {
      const auto& o = e.poll_opened();
      std::string out = "mở " + PollRef(s, o.poll_id()) + ": " + std::to_string(o.entitled_size()) +
                        " đại biểu có quyền biểu quyết, cơ sở tính " + std::to_string(o.base_count());
      if (o.has_closes_at()) out += ", kết thúc lúc " + FormatTime(o.closes_at());
      return out;
    }
    case v1::Event::kVoteCast:
      // Participation only, whatever the event carries.
      return std::string(e.vote_cast().changed() ? "sửa phiếu: " : "đã bỏ phiếu: ") +
             DelegateName(s, e.vote_cast().delegate_id()) + " — " + PollRef(s, e.vote_cast().poll_id());
    case v1::Event::kPollClosed: {
      const auto& c = e.poll_closed();
      return std::string(c.by_deadline() ? "hết giờ, kết thúc " : "kết thúc ") +
             PollRef(s, c.poll_id()) + ": " + std::to_string(c.result().tally().ballots()) +
             " phiếu — " + c.result().text();
    }
    case v1::Event::kPollCancelled:
      return "hủy " + PollRef(s, e.poll_cancelled().poll_id()) + " (lý do: " +
             e.poll_cancelled().reason() + ")";
    case v1::Event::kPollResultsPublished:
      return "công bố kết quả " + PollRef(s, e.poll_results_published().poll_id());
    default:
      return "";
  }
}

std::string FormatPollResult(const v1::Poll& p, const v1::SessionState& s) {
  std::string out = "Biểu quyết " + std::to_string(p.id()) + " “" + p.title() + "” — " +
                    voting::KindLabel(p.kind()) + ", " +
                    (p.visibility() == v1::POLL_VISIBILITY_SECRET ? "bỏ phiếu kín" : "công khai") +
                    ", " + voting::StatusLabel(p.status()) + "\n";
  out += "Quy tắc: " + voting::RuleText(p.rule()) + "; cơ sở tính: " +
         std::to_string(p.result().base_count()) + "; số phiếu: " +
         std::to_string(p.result().tally().ballots()) + "/" +
         std::to_string(p.entitled_at_close_size()) + " đại biểu có quyền biểu quyết\n";
  for (int i = 0; i < p.questions_size() && i < p.result().tally().questions_size(); ++i) {
    const auto& q = p.questions(i);
    const auto& t = p.result().tally().questions(i);
    if (!q.title().empty()) out += "  " + q.title() + ":\n";
    for (const auto& c : t.counts()) {
      out += "    " + ChoiceLabel(p, q.id(), c.choice_id()) + ": " + std::to_string(c.count()) +
             " (" + voting::Percent(c.count(), p.result().base_count()) + "%)\n";
    }
    if (t.blank() > 0) out += "    để trống: " + std::to_string(t.blank()) + "\n";
  }
  out += "Kết quả: " + p.result().text() + "\n";
  if (p.result().named_size() > 0) {
    out += "Danh sách biểu quyết:\n";
    for (const auto& v : p.result().named()) {
      std::string marks;
      for (const auto& m : v.ballot().marks()) {
        for (int32_t c : m.choice_ids()) {
          marks += (marks.empty() ? "" : ", ") + ChoiceLabel(p, m.question_id(), c);
        }
      }
      out += "  " + DelegateName(s, v.delegate_id()) + ": " + (marks.empty() ? "(để trống)" : marks) + "\n";
    }
  }
  if (p.result().not_voted_size() > 0) {
    out += "Không tham gia biểu quyết: ";
    for (int i = 0; i < p.result().not_voted_size(); ++i) {
      out += (i ? ", " : "") + DelegateName(s, p.result().not_voted(i));
    }
    out += "\n";
  }
  return out;
}

}  // namespace dienhong::ctl
