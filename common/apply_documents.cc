// Apply for session documents (see common/documents.h). Documents stay in id order; each
// one's `order` is its place within its item, 1, 2, ... among the papers not withdrawn.
#include <algorithm>
#include <vector>

#include "common/documents.h"

namespace dienhong {
namespace {

void AddUnique(google::protobuf::RepeatedField<int64_t>& ids, int64_t id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.Add(id);
}

// Renumbers the item's remaining papers 1, 2, ... keeping their relative order, so a
// withdrawal leaves no gap.
void Renumber(v1::DocumentsState& docs, int64_t item_id) {
  std::vector<v1::Document*> of_item;
  for (auto& d : *docs.mutable_documents()) {
    if (d.item_id() == item_id && !d.withdrawn()) of_item.push_back(&d);
  }
  std::stable_sort(of_item.begin(), of_item.end(),
                   [](const v1::Document* a, const v1::Document* b) {
                     return a->order() != b->order() ? a->order() < b->order() : a->id() < b->id();
                   });
  for (size_t i = 0; i < of_item.size(); ++i) of_item[i]->set_order(static_cast<int32_t>(i + 1));
}

void Published(v1::SessionState& s, const v1::Event& e) {
  const auto& b = e.document_published();
  v1::Document* d = FindDocument(s, b.document_id());
  if (d == nullptr) return;
  if (b.version() == 0) {
    if (!d->has_published_at()) *d->mutable_published_at() = e.recorded_at();
    return;
  }
  for (auto& v : *d->mutable_versions()) {
    if (v.number() == b.version()) {
      if (!v.has_published_at()) *v.mutable_published_at() = e.recorded_at();
    } else if (v.number() < b.version() && v.has_published_at() && !v.has_replaced_at()) {
      *v.mutable_replaced_at() = e.recorded_at();
    }
  }
}

void Ordered(v1::SessionState& s, const v1::DocumentsOrdered& b) {
  int32_t place = 0;
  for (int64_t id : b.document_ids()) {
    if (v1::Document* d = FindDocument(s, id)) d->set_order(++place);
  }
  Renumber(*s.mutable_documents(), b.item_id());
}

void Receipt(v1::SessionState& s, const v1::DocumentReceiptRecorded& b) {
  v1::Document* d = FindDocument(s, b.document_id());
  v1::DocumentVersion* v = d == nullptr ? nullptr : FindVersion(*d, b.version());
  if (v == nullptr) return;
  if (b.kind() == v1::DOCUMENT_RECEIPT_KIND_RECEIVED)
    AddUnique(*v->mutable_received_by(), b.delegate_id());
  if (b.kind() == v1::DOCUMENT_RECEIPT_KIND_OPENED)
    AddUnique(*v->mutable_opened_by(), b.delegate_id());
}

}  // namespace

bool ApplyDocuments(v1::SessionState& s, const v1::Event& e) {
  // Document bodies are fields 180-189 of Event.body (events.proto).
  if (e.body_case() < v1::Event::kDocumentAdded || e.body_case() > v1::Event::kDocumentPageShown) {
    return false;
  }
  v1::DocumentsState& docs = *s.mutable_documents();
  switch (e.body_case()) {
    case v1::Event::kDocumentAdded: {
      const v1::Document& added = e.document_added().document();
      if (v1::Document* existing = FindDocument(s, added.id())) {
        *existing = added;
      } else {
        *docs.add_documents() = added;
      }
      Renumber(docs, added.item_id());
      return true;
    }
    case v1::Event::kDocumentVersionAdded: {
      const auto& b = e.document_version_added();
      v1::Document* d = FindDocument(s, b.document_id());
      if (d == nullptr) return true;
      if (v1::DocumentVersion* v = FindVersion(*d, b.version().number())) {
        *v = b.version();
      } else {
        *d->add_versions() = b.version();
      }
      return true;
    }
    case v1::Event::kDocumentOriginalAttached: {
      const auto& b = e.document_original_attached();
      v1::Document* d = FindDocument(s, b.document_id());
      v1::DocumentVersion* v = d == nullptr ? nullptr : FindVersion(*d, b.version());
      if (v != nullptr) *v->mutable_original() = b.original();
      return true;
    }
    case v1::Event::kDocumentPublished:
      Published(s, e);
      return true;
    case v1::Event::kDocumentsOrdered:
      Ordered(s, e.documents_ordered());
      return true;
    case v1::Event::kDocumentWithdrawn:
      if (v1::Document* d = FindDocument(s, e.document_withdrawn().document_id())) {
        d->set_withdrawn(true);
        d->set_order(0);
        Renumber(docs, d->item_id());
      }
      return true;
    case v1::Event::kDocumentReceiptRecorded:
      Receipt(s, e.document_receipt_recorded());
      return true;
    case v1::Event::kDossierRulesChanged:
      *docs.mutable_rules() = e.dossier_rules_changed().rules();
      return true;
    case v1::Event::kDossierOverridden: {
      v1::DossierOverride* o = docs.add_overrides();
      *o = e.dossier_overridden().override();
      o->set_account_id(e.actor().account_id());
      *o->mutable_recorded_at() = e.recorded_at();
      return true;
    }
    case v1::Event::kDocumentPageShown:
      if (e.document_page_shown().page().document_id() == 0) {
        docs.clear_on_screen();
      } else {
        *docs.mutable_on_screen() = e.document_page_shown().page();
      }
      return true;
    default:
      return false;
  }
}

}  // namespace dienhong
