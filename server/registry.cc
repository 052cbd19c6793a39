#include "server/registry.h"

#include <algorithm>
#include <functional>
#include <mutex>
#include <set>

#include "common/floor.h"
#include "common/quorum.h"
#include "common/validation.h"
#include "server/store/registry_tables.h"

namespace dienhong {
namespace {

std::string DefaultLevelLabel(v1::CouncilLevel level) {
  switch (level) {
    case v1::COUNCIL_LEVEL_PROVINCE:
      return "Tỉnh / thành phố trực thuộc trung ương";
    case v1::COUNCIL_LEVEL_DISTRICT:
      return "Quận / huyện / thị xã (trước 01/7/2025)";
    case v1::COUNCIL_LEVEL_COMMUNE:
      return "Xã / phường / đặc khu";
    default:
      return "";
  }
}

}  // namespace

Status Registry::Load(store::LogReader& reader) {
  DH_ASSIGN_OR_RETURN(std::vector<v1::Council> councils, store::ReadCouncils(reader));
  DH_ASSIGN_OR_RETURN(std::vector<v1::Delegate> delegates, store::ReadDelegates(reader));
  std::unique_lock lock(mu_);
  for (auto& c : councils) councils_[c.id()] = std::move(c);
  for (auto& d : delegates) delegates_[d.id()] = std::move(d);
  return Status::Ok();
}

Result<v1::Council> Registry::CreateCouncil(v1::Council c, const v1::Actor& actor) {
  v1::Council stored;
  Status s = log_.Commit(
      [&]() -> Result<RegistryLog::Change> {
        std::shared_lock lock(mu_);
        DH_ASSIGN_OR_RETURN(*c.mutable_name(), CleanText(c.name(), "name", kMaxCouncilNameChars,
                                                         true, "tên hội đồng"));
        DH_ASSIGN_OR_RETURN(*c.mutable_place(),
                            CleanText(c.place(), "place", kMaxShortTextChars, false, "địa điểm"));
        DH_ASSIGN_OR_RETURN(*c.mutable_level_label(),
                            CleanText(c.level_label(), "level_label", kMaxShortTextChars, false,
                                      "tên cấp hội đồng"));
        if (!v1::CouncilLevel_IsValid(c.level()) || c.level() == v1::COUNCIL_LEVEL_UNSPECIFIED) {
          return Status::InvalidArgument(
              "level: chọn cấp hội đồng (province, district hoặc commune)");
        }
        if (c.parent_id() != 0) {
          auto parent = councils_.find(c.parent_id());
          if (parent == councils_.end()) {
            return Status::NotFound("parent_id " + std::to_string(c.parent_id()) +
                                    ": không có hội đồng cấp trên này");
          }
          if (parent->second.level() >= c.level()) {
            return Status::InvalidArgument(
                "parent_id: hội đồng cấp trên phải thuộc cấp cao hơn hội đồng này");
          }
        }
        if (c.term_start_year() != 0 || c.term_end_year() != 0) {
          if (c.term_start_year() < 1945 || c.term_end_year() > 2200 ||
              c.term_start_year() >= c.term_end_year()) {
            return Status::InvalidArgument(
                "term_start_year, term_end_year: nhiệm kỳ không hợp lệ (ví dụ 2021–2026)");
          }
        }
        if (!c.has_quorum()) *c.mutable_quorum() = DefaultQuorumRule();
        if (c.has_floor_rules()) {
          DH_ASSIGN_OR_RETURN(*c.mutable_floor_rules(),
                              NormalizeFloorRules(c.floor_rules(), "floor_rules"));
        } else {
          *c.mutable_floor_rules() = DefaultFloorRules();
        }
        DH_RETURN_IF_ERROR(ValidateFraction(c.quorum(), "quorum"));
        if (c.level_label().empty()) c.set_level_label(DefaultLevelLabel(c.level()));
        c.set_id(councils_.empty() ? 1 : councils_.rbegin()->first + 1);
        stored = c;
        RegistryLog::Change change;
        v1::Event e;
        *e.mutable_actor() = actor;
        *e.mutable_council_created()->mutable_council() = c;
        change.events.push_back(std::move(e));
        change.side_effects = [c](sqlite3* db) { return store::InsertCouncil(db, c); };
        return change;
      },
      [&] {
        std::unique_lock lock(mu_);
        councils_[stored.id()] = stored;
      });
  if (!s.ok()) return s;
  return stored;
}

Result<v1::Council> Registry::UpdateCouncil(
    int64_t council_id, const v1::Actor& actor,
    const std::function<Result<v1::Event>(v1::Council&)>& change_council) {
  v1::Council updated;
  Status s = log_.Commit(
      [&]() -> Result<RegistryLog::Change> {
        DH_ASSIGN_OR_RETURN(updated, Council(council_id));
        DH_ASSIGN_OR_RETURN(v1::Event e, change_council(updated));
        *e.mutable_actor() = actor;
        RegistryLog::Change change;
        change.events.push_back(std::move(e));
        change.side_effects = [updated](sqlite3* db) {
          return store::UpdateCouncil(db, updated);
        };
        return change;
      },
      [&] {
        std::unique_lock lock(mu_);
        councils_[council_id] = updated;
      });
  if (!s.ok()) return s;
  return updated;
}

Result<v1::Council> Registry::SetQuorumRule(int64_t council_id, const v1::Fraction& rule,
                                            const v1::Actor& actor) {
  return UpdateCouncil(council_id, actor, [&](v1::Council& council) -> Result<v1::Event> {
    DH_RETURN_IF_ERROR(ValidateFraction(rule, "quorum"));
    *council.mutable_quorum() = rule;
    v1::Event e;
    e.mutable_quorum_rule_changed()->set_council_id(council_id);
    *e.mutable_quorum_rule_changed()->mutable_quorum() = rule;
    return e;
  });
}

Result<v1::Council> Registry::SetFloorRules(int64_t council_id, const v1::FloorRules& rules,
                                            const v1::Actor& actor) {
  return UpdateCouncil(council_id, actor, [&](v1::Council& council) -> Result<v1::Event> {
    DH_ASSIGN_OR_RETURN(v1::FloorRules normalized, NormalizeFloorRules(rules, "rules"));
    *council.mutable_floor_rules() = normalized;
    v1::Event e;
    e.mutable_council_floor_rules_changed()->set_council_id(council_id);
    *e.mutable_council_floor_rules_changed()->mutable_rules() = normalized;
    return e;
  });
}

namespace {

// The bounds of a council's dossier rules: deadlines of 0 (none) to 90 days; each item
// kind once, each required paper a real kind.
Status ValidateDossierRules(const v1::DossierRules& rules) {
  for (auto [days, field] : {std::pair{rules.days_before_regular(), "days_before_regular"},
                             std::pair{rules.days_before_other(), "days_before_other"}}) {
    if (days < 0 || days > 90) {
      return Status::InvalidArgument(std::string("rules.") + field +
                                     ": từ 0 (không có hạn) đến 90 ngày (đang là " +
                                     std::to_string(days) + ")");
    }
  }
  std::set<int> item_kinds;
  for (int i = 0; i < rules.requirements_size(); ++i) {
    const auto& r = rules.requirements(i);
    const std::string field = "rules.requirements[" + std::to_string(i) + "]";
    if (!v1::AgendaItemKind_IsValid(r.item_kind()) ||
        r.item_kind() == v1::AGENDA_ITEM_KIND_UNSPECIFIED) {
      return Status::InvalidArgument(field + ".item_kind: chọn loại nội dung chương trình");
    }
    if (!item_kinds.insert(r.item_kind()).second) {
      return Status::InvalidArgument(field + ".item_kind: mỗi loại nội dung chỉ ghi một lần");
    }
    for (int k : r.required()) {
      if (!v1::DocumentKind_IsValid(k) || k == v1::DOCUMENT_KIND_UNSPECIFIED) {
        return Status::InvalidArgument(field + ".required: chọn loại tài liệu (tờ trình, dự thảo "
                                               "nghị quyết, báo cáo thẩm tra, ...)");
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Result<v1::Council> Registry::SetDossierRules(int64_t council_id, const v1::DossierRules& rules,
                                              const v1::Actor& actor) {
  return UpdateCouncil(council_id, actor, [&](v1::Council& council) -> Result<v1::Event> {
    DH_RETURN_IF_ERROR(ValidateDossierRules(rules));
    *council.mutable_dossier_rules() = rules;
    v1::Event e;
    e.mutable_council_dossier_rules_changed()->set_council_id(council_id);
    *e.mutable_council_dossier_rules_changed()->mutable_rules() = rules;
    return e;
  });
}

Status Registry::ValidateDelegate(v1::Delegate* delegate,
                                  const std::vector<v1::Delegate>& batch) const {
  v1::Delegate& d = *delegate;
  if (councils_.find(d.council_id()) == councils_.end()) {
    return Status::NotFound("council_id " + std::to_string(d.council_id()) +
                            ": không có hội đồng này");
  }
  DH_ASSIGN_OR_RETURN(*d.mutable_full_name(),
                      CleanText(d.full_name(), "full_name", kMaxPersonNameChars, true, "họ tên"));
  DH_ASSIGN_OR_RETURN(*d.mutable_title(),
                      CleanText(d.title(), "title", kMaxPersonTitleChars, false, "chức vụ"));
  DH_ASSIGN_OR_RETURN(*d.mutable_delegate_group(), CleanText(d.delegate_group(), "delegate_group",
                                                             kMaxGroupChars, false, "tổ đại biểu"));
  if (d.committees_size() > kMaxCommitteesPerDelegate) {
    return Status::InvalidArgument("committees: tối đa " +
                                   std::to_string(kMaxCommitteesPerDelegate) + " ban");
  }
  for (int i = 0; i < d.committees_size(); ++i) {
    DH_ASSIGN_OR_RETURN(*d.mutable_committees(i),
                        CleanText(d.committees(i), "committees[" + std::to_string(i) + "]",
                                  kMaxGroupChars, true, "tên ban"));
  }
  DH_ASSIGN_OR_RETURN(*d.mutable_seat(),
                      CleanText(d.seat(), "seat", kMaxSeatChars, false, "số ghế"));
  const auto on_council = std::count_if(delegates_.begin(), delegates_.end(), [&](const auto& kv) {
    return kv.second.council_id() == d.council_id();
  });
  if (on_council + static_cast<int64_t>(batch.size()) >= kMaxDelegatesPerCouncil) {
    return Status::ResourceExhausted("council_id " + std::to_string(d.council_id()) +
                                     ": mỗi hội đồng có tối đa " +
                                     std::to_string(kMaxDelegatesPerCouncil) + " đại biểu");
  }
  if (!d.seat().empty()) {
    auto same_seat = [&](const v1::Delegate& other) {
      return other.council_id() == d.council_id() && other.seat() == d.seat();
    };
    bool taken = std::any_of(delegates_.begin(), delegates_.end(),
                             [&](const auto& kv) { return same_seat(kv.second); }) ||
                 std::any_of(batch.begin(), batch.end(), same_seat);
    if (taken) {
      return Status::InvalidArgument("seat " + d.seat() + ": ghế này đã có đại biểu khác ngồi");
    }
  }
  return Status::Ok();
}

Result<v1::Delegate> Registry::AddDelegate(v1::Delegate d, const v1::Actor& actor) {
  std::vector<v1::RowError> errors;
  // Read the council before moving `d`: the order in which function arguments are
  // evaluated is unspecified, and GCC moved `d` first, so every AddDelegate was refused
  // with "council_id 0: không có hội đồng này".
  const int64_t council_id = d.council_id();
  auto result = ImportDelegates(council_id, {std::move(d)}, actor, &errors);
  if (!errors.empty()) return Status::InvalidArgument(errors.front().message());
  if (!result.ok()) return result.status();
  return result->front();
}

Result<std::vector<v1::Delegate>> Registry::ImportDelegates(int64_t council_id,
                                                            std::vector<v1::Delegate> delegates,
                                                            const v1::Actor& actor,
                                                            std::vector<v1::RowError>* errors) {
  if (delegates.empty()) return Status::InvalidArgument("delegates: danh sách đại biểu trống");
  std::vector<v1::Delegate> stored;
  Status s = log_.Commit(
      [&]() -> Result<RegistryLog::Change> {
        std::shared_lock lock(mu_);
        if (councils_.find(council_id) == councils_.end()) {
          return Status::NotFound("council_id " + std::to_string(council_id) +
                                  ": không có hội đồng này");
        }
        int64_t next_id = delegates_.empty() ? 1 : delegates_.rbegin()->first + 1;
        std::vector<v1::Delegate> batch;
        for (size_t row = 0; row < delegates.size(); ++row) {
          v1::Delegate d = delegates[row];
          d.set_council_id(council_id);
          Status v = ValidateDelegate(&d, batch);
          if (!v.ok()) {
            v1::RowError err;
            err.set_row(static_cast<int32_t>(row));
            err.set_field(v.message().substr(0, v.message().find_first_of(" :")));
            err.set_message(v.message());
            errors->push_back(std::move(err));
            continue;
          }
          d.set_id(next_id++);
          batch.push_back(std::move(d));
        }
        if (!errors->empty()) {
          return Status::InvalidArgument(std::to_string(errors->size()) +
                                         " dòng không hợp lệ; không đại biểu nào được thêm");
        }
        RegistryLog::Change change;
        for (const auto& d : batch) {
          v1::Event e;
          *e.mutable_actor() = actor;
          *e.mutable_delegate_added()->mutable_delegate() = d;
          change.events.push_back(std::move(e));
        }
        stored = batch;
        change.side_effects = [batch](sqlite3* db) {
          for (const auto& d : batch) DH_RETURN_IF_ERROR(store::InsertDelegate(db, d));
          return Status::Ok();
        };
        return change;
      },
      [&] {
        std::unique_lock lock(mu_);
        for (const auto& d : stored) delegates_[d.id()] = d;
      });
  if (!s.ok()) return s;
  return stored;
}

Result<v1::Council> Registry::Council(int64_t council_id) const {
  std::shared_lock lock(mu_);
  auto it = councils_.find(council_id);
  if (it == councils_.end()) {
    return Status::NotFound("council_id " + std::to_string(council_id) + ": không có hội đồng này");
  }
  return it->second;
}

std::vector<v1::Council> Registry::Councils() const {
  std::shared_lock lock(mu_);
  std::vector<v1::Council> out;
  for (const auto& [id, c] : councils_) out.push_back(c);
  return out;
}

std::vector<v1::Delegate> Registry::Delegates(int64_t council_id) const {
  std::shared_lock lock(mu_);
  std::vector<v1::Delegate> out;
  for (const auto& [id, d] : delegates_) {
    if (d.council_id() == council_id) out.push_back(d);
  }
  return out;
}

Result<v1::Delegate> Registry::Delegate(int64_t delegate_id) const {
  std::shared_lock lock(mu_);
  auto it = delegates_.find(delegate_id);
  if (it == delegates_.end()) {
    return Status::NotFound("delegate_id " + std::to_string(delegate_id) +
                            ": không có đại biểu này");
  }
  return it->second;
}

}  // namespace dienhong
