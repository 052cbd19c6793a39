#include "polls_model.h"

#include <google/protobuf/util/message_differencer.h>
#include <google/protobuf/util/time_util.h>

#include <algorithm>

#include "common/voting.h"
#include "labels.h"

namespace dienhong::client {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

bool Contains(const google::protobuf::RepeatedField<int64_t>& list, int64_t v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

// Who may vote now (open) or could at close (closed, published).
std::vector<int64_t> Entitled(const v1::SessionState& s, const v1::Poll& p) {
  if (p.status() == v1::POLL_STATUS_OPEN) return voting::EntitledVoters(s, p);
  return {p.entitled_at_close().begin(), p.entitled_at_close().end()};
}

// A question failed its rule (the server's RevotePoll accepts such a poll).
bool Failed(const v1::Poll& p) {
  if (p.status() != v1::POLL_STATUS_CLOSED && p.status() != v1::POLL_STATUS_PUBLISHED) return false;
  for (const v1::QuestionResult& q : p.result().questions())
    if (q.has_verdict() && !q.passed()) return true;
  return false;
}

QString NameOf(const v1::SessionState& s, int64_t id) {
  for (const v1::RosterEntry& r : s.roster())
    if (r.delegate_id() == id) return Q(r.full_name());
  return QString::number(id);
}

}  // namespace

PollsModel::PollsModel(QObject* parent) : StoreListModel(parent) {
  connect(this, &QAbstractItemModel::modelReset, this, &PollsModel::updateSummaries);
}

void PollsModel::setSelfDelegateId(qint64 id) {
  if (id == selfDelegateId_) return;
  selfDelegateId_ = id;
  emit selfDelegateIdChanged();
  refreshAll();
  updateSummaries();
}

std::vector<int64_t> PollsModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  keys.reserve(s.polls_size());
  for (const v1::Poll& p : s.polls()) keys.push_back(p.id());
  return keys;
}

bool PollsModel::sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const {
  const v1::Poll& x = a.polls(row);
  const v1::Poll& y = b.polls(row);
  if (!google::protobuf::util::MessageDifferencer::Equals(x, y)) return false;
  // An open poll's progress also moves with attendance (late arrivals may vote).
  return y.status() != v1::POLL_STATUS_OPEN || Entitled(a, x) == Entitled(b, y);
}

void PollsModel::afterChange(const v1::SessionState&, const v1::SessionState&) {
  updateSummaries();
}

void PollsModel::updateSummaries() {
  const v1::SessionState& s = state();
  QVariantMap open, published, active, revotable;
  for (const v1::Poll& p : s.polls()) {
    if (p.revoted_by() == 0 && (p.status() == v1::POLL_STATUS_CANCELLED || Failed(p)))
      revotable = toMap(s, p);
    if (p.status() == v1::POLL_STATUS_OPEN) open = toMap(s, p);
    if (p.status() == v1::POLL_STATUS_PUBLISHED) published = toMap(s, p);  // newest wins
    if (p.status() != v1::POLL_STATUS_PUBLISHED && p.status() != v1::POLL_STATUS_CANCELLED)
      active = toMap(s, p);
  }
  if (open == openPoll_ && published == publishedPoll_ && active == activePoll_ &&
      revotable == revotablePoll_)
    return;
  openPoll_ = open;
  publishedPoll_ = published;
  activePoll_ = active;
  revotablePoll_ = revotable;
  emit pollsChanged();
}

QVariantMap PollsModel::poll(qint64 pollId) const {
  const v1::SessionState& s = state();
  const v1::Poll* p = voting::FindPoll(s, pollId);
  return p ? toMap(s, *p) : QVariantMap();
}

QVariantMap PollsModel::toMap(const v1::SessionState& s, const v1::Poll& p) const {
  using google::protobuf::util::TimeUtil;
  QVariantMap m;
  m["pollId"] = QVariant::fromValue<qint64>(p.id());
  m["title"] = Q(p.title());
  m["kind"] = static_cast<int>(p.kind());
  m["kindText"] = Labels::pollKind(p.kind());
  const bool secret = p.visibility() == v1::POLL_VISIBILITY_SECRET;
  m["secret"] = secret;
  m["status"] = static_cast<int>(p.status());
  m["statusText"] = Labels::pollStatus(p.status());
  m["itemId"] = QVariant::fromValue<qint64>(p.item_id());
  m["countdownSeconds"] = p.countdown_seconds();
  m["closesAt"] = p.has_closes_at()
                      ? static_cast<double>(TimeUtil::TimestampToMilliseconds(p.closes_at()))
                      : 0.0;

  QVariantList questions;
  for (const v1::PollQuestion& q : p.questions()) {
    QVariantList choices;
    for (const v1::PollChoice& c : q.choices())
      choices.append(QVariantMap{{"choiceId", c.id()}, {"label", Q(c.label())}});
    questions.append(QVariantMap{{"questionId", q.id()},
                                 {"title", Q(q.title())},
                                 {"maxChoices", std::max(1, q.max_choices())},
                                 {"choices", choices}});
  }
  m["questions"] = questions;

  const std::vector<int64_t> entitled =
      p.status() == v1::POLL_STATUS_PREPARED || p.status() == v1::POLL_STATUS_CANCELLED
          ? std::vector<int64_t>()
          : Entitled(s, p);
  m["entitledCount"] = static_cast<int>(entitled.size());
  m["votedCount"] = p.voted_size();
  m["hasVoted"] = selfDelegateId_ != 0 && Contains(p.voted(), selfDelegateId_);
  m["selfEntitled"] = selfDelegateId_ != 0 && std::find(entitled.begin(), entitled.end(),
                                                        selfDelegateId_) != entitled.end();
  QStringList votedNames, notVotedNames;
  if (!secret) {
    // Participation is public for every poll, but the console lists names for open
    // (công khai) polls only, as GetPollProgress does.
    for (int64_t d : p.voted()) votedNames.append(NameOf(s, d));
    for (int64_t d : entitled)
      if (!Contains(p.voted(), d)) notVotedNames.append(NameOf(s, d));
  }
  m["votedNames"] = votedNames;
  m["notVotedNames"] = notVotedNames;

  QVariantList results;
  if (p.has_result()) {
    const v1::PollResult& r = p.result();
    for (const v1::QuestionResult& qr : r.questions()) {
      const v1::PollQuestion* q = nullptr;
      for (const auto& x : p.questions())
        if (x.id() == qr.question_id()) q = &x;
      const v1::QuestionTally* t = nullptr;
      for (const auto& x : r.tally().questions())
        if (x.question_id() == qr.question_id()) t = &x;
      const int denominator =
          std::max(1, r.base_count() > 0 ? r.base_count() : r.tally().ballots());
      QVariantList bars;
      if (q && t) {
        for (const v1::PollChoice& c : q->choices()) {
          int count = 0;
          for (const auto& cc : t->counts())
            if (cc.choice_id() == c.id()) count = cc.count();
          bars.append(QVariantMap{{"label", Q(c.label())},
                                  {"count", count},
                                  {"fraction", std::min(1.0, double(count) / denominator)},
                                  {"counted", c.id() == q->counted_choice()}});
        }
      }
      results.append(QVariantMap{{"questionId", qr.question_id()},
                                 {"title", q ? Q(q->title()) : QString()},
                                 {"text", Q(qr.text())},
                                 {"hasVerdict", qr.has_verdict()},
                                 {"passed", qr.passed()},
                                 {"blank", t ? t->blank() : 0},
                                 {"bars", bars}});
    }
    m["resultText"] = Q(r.text());
  } else {
    m["resultText"] = QString();
  }
  m["results"] = results;
  m["cancelReason"] = Q(p.cancel_reason());
  m["failed"] = Failed(p);
  m["revoteOf"] = QVariant::fromValue<qint64>(p.revote_of());
  return m;
}

QVariant PollsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::SessionState& s = state();
  const v1::Poll& p = s.polls(index.row());
  if (role == Qt::DisplayRole) return Q(p.title());
  const QByteArray name = roleNames().value(role);
  if (name.isEmpty()) return {};
  return toMap(s, p).value(QString::fromLatin1(name));
}

QHash<int, QByteArray> PollsModel::roleNames() const {
  return {{PollIdRole, "pollId"},
          {TitleRole, "title"},
          {KindRole, "kind"},
          {KindTextRole, "kindText"},
          {SecretRole, "secret"},
          {StatusRole, "status"},
          {StatusTextRole, "statusText"},
          {ItemIdRole, "itemId"},
          {CountdownSecondsRole, "countdownSeconds"},
          {ClosesAtRole, "closesAt"},
          {QuestionsRole, "questions"},
          {EntitledCountRole, "entitledCount"},
          {VotedCountRole, "votedCount"},
          {HasVotedRole, "hasVoted"},
          {SelfEntitledRole, "selfEntitled"},
          {VotedNamesRole, "votedNames"},
          {NotVotedNamesRole, "notVotedNames"},
          {ResultTextRole, "resultText"},
          {ResultsRole, "results"},
          {CancelReasonRole, "cancelReason"},
          {FailedRole, "failed"},
          {RevoteOfRole, "revoteOf"}};
}

}  // namespace dienhong::client
