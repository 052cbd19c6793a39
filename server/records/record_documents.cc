#include "server/records/record_documents.h"

#include <algorithm>

#include "common/documents.h"
#include "common/dossier.h"
#include "common/session_lookup.h"
#include "common/voting.h"
#include "server/records/record_time.h"

namespace dienhong::records {
namespace {

int64_t Micros(const google::protobuf::Timestamp& t) {
  return t.seconds() * 1000000 + t.nanos() / 1000;
}

bool Has(const google::protobuf::RepeatedField<int64_t>& ids, int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string Timeliness(const v1::SessionState& state, int64_t published, int32_t* days_late) {
  *days_late = 0;
  if (published == 0) return "chưa gửi";
  if (!DeadlineDay(state)) return "đã gửi";
  *days_late = DaysLate(state, published);
  return *days_late > 0 ? "muộn " + std::to_string(*days_late) + " ngày" : "đúng hạn";
}

v1::SessionRecord::Document Header(const v1::SessionState& state, const v1::Document& d) {
  v1::SessionRecord::Document out;
  out.set_document_id(d.id());
  out.set_item_id(d.item_id());
  if (const v1::AgendaItem* item = FindItem(state, d.item_id())) out.set_item(item->title());
  out.set_kind(DocumentKindLabel(d.kind()));
  out.set_title(d.title());
  out.set_number(d.number());
  out.set_issued_on(d.issued_on());
  out.set_issuer(d.issuer());
  out.set_confidential(d.confidential());
  return out;
}

// Papers in agenda order (the session's own first), then by their place in the item.
std::vector<const v1::Document*> InOrder(const v1::SessionState& state) {
  std::vector<const v1::Document*> docs;
  for (const auto& d : state.documents().documents()) {
    if (!d.withdrawn()) docs.push_back(&d);
  }
  auto rank = [&state](int64_t item_id) {
    if (item_id == 0) return -1;
    for (int i = 0; i < state.agenda_size(); ++i) {
      if (state.agenda(i).id() == item_id) return i;
    }
    return state.agenda_size();
  };
  std::stable_sort(docs.begin(), docs.end(), [&](const v1::Document* a, const v1::Document* b) {
    const int ra = rank(a->item_id()), rb = rank(b->item_id());
    return ra != rb ? ra < rb : a->order() < b->order();
  });
  return docs;
}

}  // namespace

void AddDocuments(const v1::SessionState& state, int64_t sitting_id,
                  const std::map<int64_t, std::string>& override_actors,
                  v1::SessionRecord& record) {
  if (sitting_id == 0) {
    for (const v1::Document* d : InOrder(state)) {
      if (d->confidential()) {
        v1::SessionRecord::Document out = Header(state, *d);
        out.set_published_at(IsoTime(d->published_at()));
        int32_t late = 0;
        out.set_timeliness(
            Timeliness(state, d->has_published_at() ? Micros(d->published_at()) : 0, &late));
        out.set_days_late(late);
        *record.add_documents() = std::move(out);
        continue;
      }
      for (const v1::DocumentVersion& v : d->versions()) {
        v1::SessionRecord::Document out = Header(state, *d);
        out.set_version(v.number());
        out.set_published_at(IsoTime(v.published_at()));
        out.set_replaced_at(IsoTime(v.replaced_at()));
        int32_t late = 0;
        out.set_timeliness(
            Timeliness(state, v.has_published_at() ? Micros(v.published_at()) : 0, &late));
        out.set_days_late(late);
        out.set_digest(v.pdf().digest());
        out.set_size_bytes(v.pdf().size_bytes());
        out.set_file_name(v.pdf().file_name());
        out.set_original_digest(v.original().digest());
        out.set_original_file_name(v.original().file_name());
        out.set_received(v.received_by_size());
        out.set_opened(v.opened_by_size());
        *record.add_documents() = std::move(out);
        if (!v.has_published_at()) continue;
        for (const v1::RosterEntry& r : state.roster()) {
          v1::SessionRecord::Receipt* rc = record.add_receipts();
          rc->set_document_id(d->id());
          rc->set_version(v.number());
          rc->set_delegate_id(r.delegate_id());
          rc->set_full_name(r.full_name());
          rc->set_received(Has(v.received_by(), r.delegate_id()));
          rc->set_opened(Has(v.opened_by(), r.delegate_id()));
        }
      }
    }
  }
  for (const v1::DossierOverride& o : state.documents().overrides()) {
    const v1::Poll* poll = voting::FindPoll(state, o.poll_id());
    if (sitting_id != 0 && (poll == nullptr || poll->sitting_id() != sitting_id)) continue;
    v1::SessionRecord::DossierOverride* out = record.add_dossier_overrides();
    out->set_poll_id(o.poll_id());
    if (poll != nullptr) out->set_poll(poll->title());
    out->set_item_id(o.item_id());
    if (const v1::AgendaItem* item = FindItem(state, o.item_id())) out->set_item(item->title());
    out->set_reason(o.reason());
    *out->mutable_defects() = o.defects();
    out->set_account_id(o.account_id());
    if (auto it = override_actors.find(o.poll_id()); it != override_actors.end()) {
      out->set_by(it->second);
    }
    out->set_at(IsoTime(o.recorded_at()));
  }
}

}  // namespace dienhong::records
