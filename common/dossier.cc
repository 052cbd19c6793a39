#include "common/dossier.h"

#include <algorithm>
#include <set>

#include "common/calendar.h"
#include "common/documents.h"
#include "common/labels.h"
#include "common/session_lookup.h"

namespace dienhong {
namespace {

int64_t Micros(const google::protobuf::Timestamp& t) {
  return t.seconds() * 1000000 + t.nanos() / 1000;
}

google::protobuf::Timestamp ToTimestamp(int64_t micros) {
  google::protobuf::Timestamp t;
  t.set_seconds(micros / 1000000);
  t.set_nanos(static_cast<int32_t>((micros % 1000000) * 1000));
  return t;
}

void Require(v1::DossierRules& rules, v1::AgendaItemKind item,
             std::initializer_list<v1::DocumentKind> kinds) {
  auto* r = rules.add_requirements();
  r->set_item_kind(item);
  for (v1::DocumentKind k : kinds) r->add_required(k);
}

const v1::DossierRules::Requirement* RequirementFor(const v1::DossierRules& rules,
                                                    v1::AgendaItemKind kind) {
  for (const auto& r : rules.requirements()) {
    if (r.item_kind() == kind) return &r;
  }
  return nullptr;
}

}  // namespace

v1::DossierRules DefaultDossierRules() {
  v1::DossierRules rules;
  rules.set_days_before_regular(7);
  rules.set_days_before_other(3);
  Require(rules, v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION,
          {v1::DOCUMENT_KIND_SUBMISSION, v1::DOCUMENT_KIND_DRAFT_RESOLUTION,
           v1::DOCUMENT_KIND_VERIFICATION_REPORT});
  Require(rules, v1::AGENDA_ITEM_KIND_SUBMISSION, {v1::DOCUMENT_KIND_SUBMISSION});
  Require(rules, v1::AGENDA_ITEM_KIND_VOTE, {v1::DOCUMENT_KIND_DRAFT_RESOLUTION});
  return rules;
}

Result<v1::DossierRules> NormalizeDossierRules(const v1::DossierRules& rules,
                                               const std::string& field) {
  const std::string max = std::to_string(documents::kMaxDaysBefore);
  if (rules.days_before_regular() < 0 || rules.days_before_regular() > documents::kMaxDaysBefore) {
    return Status::InvalidArgument(field +
                                   ".days_before_regular: số ngày gửi tài liệu trước kỳ "
                                   "họp thường lệ phải từ 0 đến " +
                                   max);
  }
  if (rules.days_before_other() < 0 || rules.days_before_other() > documents::kMaxDaysBefore) {
    return Status::InvalidArgument(field +
                                   ".days_before_other: số ngày gửi tài liệu trước kỳ "
                                   "họp khác phải từ 0 đến " +
                                   max);
  }
  v1::DossierRules out;
  out.set_days_before_regular(rules.days_before_regular());
  out.set_days_before_other(rules.days_before_other());
  std::set<int> item_kinds;
  for (int i = 0; i < rules.requirements_size(); ++i) {
    const auto& r = rules.requirements(i);
    const std::string at = field + ".requirements[" + std::to_string(i) + "]";
    if (r.item_kind() == v1::AGENDA_ITEM_KIND_UNSPECIFIED ||
        !v1::AgendaItemKind_IsValid(r.item_kind())) {
      return Status::InvalidArgument(at + ".item_kind: chưa chọn loại nội dung chương trình");
    }
    if (!item_kinds.insert(r.item_kind()).second) {
      return Status::InvalidArgument(at + ".item_kind: loại nội dung «" +
                                     AgendaItemKindLabel(r.item_kind()) +
                                     "» đã có yêu cầu ở trên; mỗi loại chỉ ghi một lần");
    }
    std::set<int> kinds;
    v1::DossierRules::Requirement clean;
    clean.set_item_kind(r.item_kind());
    for (int j = 0; j < r.required_size(); ++j) {
      const auto k = r.required(j);
      const std::string kat = at + ".required[" + std::to_string(j) + "]";
      if (k == v1::DOCUMENT_KIND_UNSPECIFIED || !v1::DocumentKind_IsValid(k)) {
        return Status::InvalidArgument(kat +
                                       ": chưa chọn loại tài liệu (tờ trình, dự thảo nghị "
                                       "quyết, báo cáo thẩm tra, ...)");
      }
      if (!kinds.insert(k).second) {
        return Status::InvalidArgument(kat + ": «" + DocumentKindLabel(k) +
                                       "» đã được ghi ở trên; mỗi loại chỉ ghi một lần");
      }
      clean.add_required(k);
    }
    if (clean.required_size() > 0) *out.add_requirements() = std::move(clean);
  }
  return out;
}

v1::DossierRules SessionDossierRules(const v1::SessionState& state) {
  if (state.documents().has_rules()) return state.documents().rules();
  return DefaultDossierRules();
}

std::optional<int64_t> PlannedOpeningMicros(const v1::SessionState& state) {
  std::optional<int64_t> earliest;
  for (const auto& s : state.sittings()) {
    if (!s.has_planned_start()) continue;
    const int64_t at = Micros(s.planned_start());
    if (!earliest || at < *earliest) earliest = at;
  }
  return earliest;
}

std::optional<int64_t> DeadlineDay(const v1::SessionState& state) {
  const std::optional<int64_t> opening = PlannedOpeningMicros(state);
  if (!opening) return std::nullopt;
  const v1::DossierRules rules = SessionDossierRules(state);
  const int32_t days = state.kind() == v1::SESSION_KIND_REGULAR ? rules.days_before_regular()
                                                                : rules.days_before_other();
  if (days <= 0) return std::nullopt;
  return LocalDayNumber(*opening) - days;
}

int32_t DaysLate(const v1::SessionState& state, int64_t published_micros) {
  const std::optional<int64_t> deadline = DeadlineDay(state);
  if (!deadline) return 0;
  return static_cast<int32_t>(std::max<int64_t>(0, LocalDayNumber(published_micros) - *deadline));
}

v1::DossierChecklist ForItem(const v1::SessionState& state, int64_t item_id) {
  v1::DossierChecklist out;
  out.set_item_id(item_id);
  out.set_complete(true);
  const v1::AgendaItem* item = item_id == 0 ? nullptr : FindItem(state, item_id);
  if (item == nullptr) return out;
  const v1::DossierRules rules = SessionDossierRules(state);
  const v1::DossierRules::Requirement* requirement = RequirementFor(rules, item->kind());
  if (requirement == nullptr) return out;
  const std::optional<int64_t> deadline = DeadlineDay(state);
  if (deadline) out.set_deadline(FormatIsoDate(*deadline));
  for (int k = 0; k < requirement->required_size(); ++k) {
    const v1::DocumentKind kind = requirement->required(k);
    v1::DossierLine* line = out.add_lines();
    line->set_kind(kind);
    // The paper of this kind sent first.
    const v1::Document* best = nullptr;
    int64_t best_at = 0;
    for (const auto& d : state.documents().documents()) {
      if (d.item_id() != item_id || d.kind() != kind || d.withdrawn()) continue;
      const int64_t at = FirstPublishedMicros(d);
      if (at == 0) continue;
      if (best == nullptr || at < best_at) {
        best = &d;
        best_at = at;
      }
    }
    if (best == nullptr) {
      line->set_status(v1::PAPER_STATUS_MISSING);
      out.set_complete(false);
      continue;
    }
    line->set_document_id(best->id());
    *line->mutable_published_at() = ToTimestamp(best_at);
    const int32_t late = DaysLate(state, best_at);
    if (late > 0) {
      line->set_status(v1::PAPER_STATUS_LATE);
      line->set_days_late(late);
      out.set_complete(false);
    } else {
      line->set_status(v1::PAPER_STATUS_ON_TIME);
    }
  }
  return out;
}

std::vector<v1::DossierChecklist> ForSession(const v1::SessionState& state) {
  std::vector<v1::DossierChecklist> out;
  out.reserve(state.agenda_size());
  for (const auto& item : state.agenda()) out.push_back(ForItem(state, item.id()));
  return out;
}

std::vector<std::string> Defects(const v1::DossierChecklist& checklist) {
  std::vector<std::string> out;
  for (const auto& line : checklist.lines()) {
    const std::string kind = DocumentKindLabel(line.kind());
    if (line.status() == v1::PAPER_STATUS_MISSING) {
      out.push_back(kind + ": thiếu");
    } else if (line.status() == v1::PAPER_STATUS_LATE) {
      out.push_back(kind + ": gửi muộn " + std::to_string(line.days_late()) + " ngày (hạn " +
                    VietnameseDateFromIso(checklist.deadline()) + ")");
    }
  }
  return out;
}

}  // namespace dienhong
