#include "session_store.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/message_differencer.h>

#include <QCryptographicHash>

#include <utility>

#include "common/apply.h"
#include "labels.h"

namespace dienhong::client {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

bool SameMessage(const google::protobuf::Message* a, const google::protobuf::Message* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return google::protobuf::util::MessageDifferencer::Equals(*a, *b);
}

}  // namespace

SessionStore::SessionStore(QObject* parent) : QObject(parent) {}

const v1::Sitting* SessionStore::findSitting(const v1::SessionState& s, int64_t id) {
  if (id == 0) return nullptr;
  for (const v1::Sitting& sitting : s.sittings())
    if (sitting.id() == id) return &sitting;
  return nullptr;
}

const v1::AgendaItem* SessionStore::findItem(const v1::SessionState& s, int64_t id) {
  if (id == 0) return nullptr;
  for (const v1::AgendaItem& item : s.agenda())
    if (item.id() == id) return &item;
  return nullptr;
}

void SessionStore::resetToSnapshot(const v1::SessionState& snapshot) { commit(snapshot); }

SessionStore::Outcome SessionStore::applyEvent(const v1::Event& event) {
  if (event.seq() <= state_.last_seq()) return Outcome::Duplicate;
  if (event.seq() != state_.last_seq() + 1) return Outcome::Gap;
  v1::SessionState next = state_;
  Apply(next, event);
  commit(std::move(next));
  emit eventApplied(event);
  return Outcome::Applied;
}

SessionStore::Outcome SessionStore::applyEvents(
    const google::protobuf::RepeatedPtrField<v1::Event>& events) {
  v1::SessionState next;
  bool copied = false;
  int applied = 0;
  Outcome outcome = Outcome::Duplicate;
  for (const v1::Event& event : events) {
    const int64_t last = copied ? next.last_seq() : state_.last_seq();
    if (event.seq() <= last) continue;
    if (event.seq() != last + 1) {
      outcome = Outcome::Gap;
      break;
    }
    if (!copied) {
      next = state_;
      copied = true;
    }
    Apply(next, event);
    ++applied;
  }
  if (applied == 0) return outcome;
  commit(std::move(next));
  for (const v1::Event& event : events) {
    if (event.seq() > state_.last_seq()) break;
    if (event.seq() > state_.last_seq() - applied) emit eventApplied(event);
  }
  return outcome == Outcome::Gap ? Outcome::Gap : Outcome::Applied;
}

void SessionStore::clear() { commit(v1::SessionState()); }

void SessionStore::commit(v1::SessionState next) {
  emit aboutToChange(next);
  v1::SessionState previous = std::exchange(state_, std::move(next));
  emit changed(previous);

  const auto& p = previous;
  const auto& n = state_;
  if (p.session_id() != n.session_id() || p.title() != n.title() ||
      p.council_name() != n.council_name() || p.place() != n.place() ||
      p.status() != n.status())
    emit sessionInfoChanged();
  if (p.current_sitting_id() != n.current_sitting_id() ||
      !SameMessage(findSitting(p, p.current_sitting_id()), findSitting(n, n.current_sitting_id())))
    emit currentSittingChanged();
  if (p.current_item_id() != n.current_item_id() ||
      !SameMessage(findItem(p, p.current_item_id()), findItem(n, n.current_item_id())))
    emit currentItemChanged();
  if (p.last_seq() != n.last_seq()) emit lastSeqChanged();
}

QString SessionStore::title() const { return Q(state_.title()); }
QString SessionStore::councilName() const { return Q(state_.council_name()); }
QString SessionStore::place() const { return Q(state_.place()); }
QString SessionStore::statusText() const { return Labels::sessionStatus(state_.status()); }

QString SessionStore::currentSittingTitle() const {
  const v1::Sitting* s = findSitting(state_, state_.current_sitting_id());
  return s ? Q(s->title()) : QString();
}
int SessionStore::currentSittingStatus() const {
  const v1::Sitting* s = findSitting(state_, state_.current_sitting_id());
  return s ? s->status() : 0;
}
QString SessionStore::currentSittingStatusText() const {
  const v1::Sitting* s = findSitting(state_, state_.current_sitting_id());
  return s ? Labels::sittingStatus(s->status()) : QString();
}

int SessionStore::currentItemNumber() const {
  for (int i = 0; i < state_.agenda_size(); ++i)
    if (state_.agenda(i).id() == state_.current_item_id()) return i + 1;
  return 0;
}
QString SessionStore::currentItemTitle() const {
  const v1::AgendaItem* i = findItem(state_, state_.current_item_id());
  return i ? Q(i->title()) : QString();
}
QString SessionStore::currentItemKindText() const {
  const v1::AgendaItem* i = findItem(state_, state_.current_item_id());
  return i ? Labels::itemKind(i->kind()) : QString();
}
QString SessionStore::currentItemPresenter() const {
  const v1::AgendaItem* i = findItem(state_, state_.current_item_id());
  return i ? Q(i->presenter()) : QString();
}
QVariantList SessionStore::currentItemDocuments() const {
  QVariantList out;
  const v1::AgendaItem* i = findItem(state_, state_.current_item_id());
  if (i == nullptr) return out;
  for (const v1::DocumentRef& d : i->documents())
    out.append(QVariantMap{{"title", Q(d.title())}, {"uri", Q(d.uri())}, {"digest", Q(d.digest())}});
  return out;
}

QString SessionStore::fingerprint() const {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream out(&bytes);
    google::protobuf::io::CodedOutputStream coded(&out);
    coded.SetSerializationDeterministic(true);
    state_.SerializeToCodedStream(&coded);
  }
  return QString::fromLatin1(
      QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex());
}

QString SessionStore::delegateName(qint64 delegateId) const {
  for (const v1::RosterEntry& r : state_.roster())
    if (r.delegate_id() == delegateId) return Q(r.full_name());
  return QString();
}

}  // namespace dienhong::client
