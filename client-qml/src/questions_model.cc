#include "questions_model.h"

#include "common/interpellation.h"
#include "labels.h"

namespace dienhong::client {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

QString RespondentText(const v1::Respondent& r) {
  return r.position().empty() ? Q(r.name())
                              : QStringLiteral("%1 — %2").arg(Q(r.name()), Q(r.position()));
}

}  // namespace

QuestionsModel::QuestionsModel(QObject* parent) : StoreListModel(parent) {
  connect(this, &QAbstractItemModel::modelReset, this, &QuestionsModel::updateSummaries);
}

void QuestionsModel::setSelfDelegateId(qint64 id) {
  if (id == selfDelegateId_) return;
  selfDelegateId_ = id;
  emit selfDelegateIdChanged();
  if (onlyOwn_) resetRows();
  else refreshAll();
}

void QuestionsModel::setOnlyOwn(bool own) {
  if (own == onlyOwn_) return;
  onlyOwn_ = own;
  emit onlyOwnChanged();
  resetRows();
}

void QuestionsModel::setGroupId(double value) {
  const qint64 id = static_cast<qint64>(value);
  if (id == groupId_) return;
  groupId_ = id;
  emit groupIdChanged();
  resetRows();
}

void QuestionsModel::setRespondentAccountId(double value) {
  const qint64 id = static_cast<qint64>(value);
  if (id == respondentAccountId_) return;
  respondentAccountId_ = id;
  emit respondentAccountIdChanged();
  resetRows();
}

std::vector<const v1::Question*> QuestionsModel::rows(const v1::SessionState& s) const {
  std::vector<const v1::Question*> candidates;
  const v1::InterpellationState& ip = s.interpellation();
  if (groupId_ < -1) return {};
  if (groupId_ > 0) {
    if (const v1::QuestionGroup* g = FindQuestionGroup(s, groupId_))
      for (int64_t id : g->question_ids())
        if (const v1::Question* q = FindQuestion(s, id)) candidates.push_back(q);
  } else {
    for (const v1::Question& q : ip.questions())
      if (groupId_ < 0 || q.group_id() == 0) candidates.push_back(&q);
  }
  std::vector<const v1::Question*> out;
  for (const v1::Question* q : candidates) {
    if (onlyOwn_ && (selfDelegateId_ == 0 || q->delegate_id() != selfDelegateId_)) continue;
    if (respondentAccountId_ != 0 && q->respondent_account_id() != respondentAccountId_) continue;
    out.push_back(q);
  }
  return out;
}

std::vector<int64_t> QuestionsModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  for (const v1::Question* q : rows(s)) keys.push_back(q->id());
  return keys;
}

bool QuestionsModel::sameRow(const v1::SessionState& a, const v1::SessionState& b,
                             int row) const {
  const v1::Question& x = *rows(a)[row];
  const v1::Question& y = *rows(b)[row];
  if (x.SerializeAsString() != y.SerializeAsString()) return false;
  // What the row shows from elsewhere: the group's title, the running group, the
  // respondent, whether the session is closed (carry-over).
  const v1::QuestionGroup* gx = FindQuestionGroup(a, x.group_id());
  const v1::QuestionGroup* gy = FindQuestionGroup(b, y.group_id());
  if ((gx ? gx->title() : std::string()) != (gy ? gy->title() : std::string())) return false;
  if ((a.interpellation().current_group_id() == x.group_id()) !=
      (b.interpellation().current_group_id() == y.group_id()))
    return false;
  const v1::Respondent* rx = FindRespondent(a, x.respondent_account_id());
  const v1::Respondent* ry = FindRespondent(b, y.respondent_account_id());
  if ((rx ? rx->SerializeAsString() : std::string()) !=
      (ry ? ry->SerializeAsString() : std::string()))
    return false;
  return a.status() == b.status();
}

void QuestionsModel::afterChange(const v1::SessionState&, const v1::SessionState&) {
  updateSummaries();
}

QString QuestionsModel::currentGroupTitle() const {
  const v1::QuestionGroup* g = FindQuestionGroup(state(), currentGroupId());
  return g ? Q(g->title()) : QString();
}

int QuestionsModel::ungroupedCount() const {
  int n = 0;
  for (const v1::Question& q : state().interpellation().questions()) n += q.group_id() == 0;
  return n;
}

void QuestionsModel::updateSummaries() {
  const v1::InterpellationState& ip = state().interpellation();
  QVariantList respondents;
  for (const v1::Respondent& r : ip.respondents())
    respondents.append(QVariantMap{{"accountId", QVariant::fromValue<qint64>(r.account_id())},
                                   {"name", Q(r.name())},
                                   {"position", Q(r.position())},
                                   {"agency", Q(r.agency())},
                                   {"text", RespondentText(r)}});
  QVariantMap hearing;
  if (ip.has_hearing()) {
    const v1::Hearing& h = ip.hearing();
    const auto name = [this](int64_t id) {
      return store() ? store()->delegateName(id) : QString::number(id);
    };
    QVariantList memberIds, agencies, documents;
    QStringList memberNames;
    for (int64_t id : h.panel_member_ids()) {
      memberIds.append(QVariant::fromValue<qint64>(id));
      memberNames.append(name(id));
    }
    QStringList agencyList;
    for (const std::string& a : h.agencies()) {
      agencies.append(Q(a));
      agencyList.append(Q(a));
    }
    for (const v1::HearingDocument& d : h.documents())
      documents.append(QVariantMap{{"title", Q(d.title())}, {"uri", Q(d.uri())}});
    hearing = QVariantMap{
        {"issue", Q(h.issue())},
        {"panelChairId", QVariant::fromValue<qint64>(h.panel_chair_delegate_id())},
        {"panelChairName", name(h.panel_chair_delegate_id())},
        {"panelMemberIds", memberIds},
        {"panelText", tr("Chủ tọa: %1; thành viên: %2")
                          .arg(name(h.panel_chair_delegate_id()), memberNames.join(QStringLiteral(", ")))},
        {"agencies", agencies},
        {"agenciesText", agencyList.join(QStringLiteral("; "))},
        {"documents", documents}};
  }
  const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                          .arg(ip.current_group_id())
                          .arg(currentGroupTitle())
                          .arg(ip.questions_size())
                          .arg(ungroupedCount())
                          .arg(static_cast<int>(state().kind()));
  if (respondents == respondents_ && key == summaryKey_ && hearing == hearing_) return;
  respondents_ = respondents;
  hearing_ = hearing;
  summaryKey_ = key;
  emit interpellationChanged();
}

QVariantList QuestionsModel::questionIds() const {
  QVariantList ids;
  for (const v1::Question* q : rows(state())) ids.append(QVariant::fromValue<qint64>(q->id()));
  return ids;
}

QVariantList QuestionsModel::awaitingAnswer(qint64 respondentAccountId) const {
  QVariantList ids;
  for (const v1::Question* q : rows(state()))
    if (q->respondent_account_id() == respondentAccountId &&
        q->status() == v1::QUESTION_STATUS_ASKED)
      ids.append(QVariant::fromValue<qint64>(q->id()));
  return ids;
}

QString QuestionsModel::progressText(const v1::SessionState& s, const v1::Question& q) const {
  if (CarriesOver(s, q)) return tr("Chuyển trả lời bằng văn bản");
  switch (q.status()) {
    case v1::QUESTION_STATUS_SUBMITTED:
      if (q.group_id() == 0) return tr("Đã gửi, chờ xếp nhóm vấn đề");
      if (const v1::QuestionGroup* g = FindQuestionGroup(s, q.group_id()))
        return tr("Đã xếp vào nhóm «%1», chờ chủ tọa mời chất vấn").arg(Q(g->title()));
      return Labels::questionStatus(q.status());
    case v1::QUESTION_STATUS_ASKED:
      return tr("Đã nêu tại phiên họp, chờ trả lời");
    case v1::QUESTION_STATUS_ANSWERED:
      if (q.satisfaction() == v1::SATISFACTION_SATISFIED) return tr("Đã trả lời — hài lòng");
      if (q.satisfaction() == v1::SATISFACTION_UNSATISFIED)
        return tr("Đã trả lời — chưa hài lòng");
      return tr("Đã trả lời");
    default:
      return QString();
  }
}

QVariant QuestionsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::SessionState& s = state();
  const std::vector<const v1::Question*> all = rows(s);
  if (index.row() >= static_cast<int>(all.size())) return {};
  const v1::Question& q = *all[index.row()];
  const v1::Respondent* r = FindRespondent(s, q.respondent_account_id());
  const v1::QuestionGroup* g = FindQuestionGroup(s, q.group_id());
  switch (role) {
    case Qt::DisplayRole:
    case TextRole:
      return Q(q.text());
    case QuestionIdRole:
      return QVariant::fromValue<qint64>(q.id());
    case PositionRole:
      return index.row() + 1;
    case DelegateIdRole:
      return QVariant::fromValue<qint64>(q.delegate_id());
    case DelegateNameRole:
      return Q(q.delegate_name());
    case RespondentAccountIdRole:
      return QVariant::fromValue<qint64>(q.respondent_account_id());
    case RespondentNameRole:
      return r ? Q(r->name()) : QString();
    case RespondentTextRole:
      return r ? RespondentText(*r) : QString();
    case TopicRole:
      return Q(q.topic());
    case StatusRole:
      return static_cast<int>(q.status());
    case StatusTextRole:
      return Labels::questionStatus(q.status());
    case GroupIdRole:
      return QVariant::fromValue<qint64>(q.group_id());
    case GroupTitleRole:
      return g ? Q(g->title()) : QString();
    case InCurrentGroupRole:
      return q.group_id() == 0 || q.group_id() == s.interpellation().current_group_id();
    case SatisfactionRole:
      return static_cast<int>(q.satisfaction());
    case SatisfactionTextRole:
      return Labels::satisfaction(q.satisfaction());
    case ProgressTextRole:
      return progressText(s, q);
    case IsSelfRole:
      return selfDelegateId_ != 0 && q.delegate_id() == selfDelegateId_;
    case RedactedRole:
      return q.text().empty();
    case CarriesOverRole:
      return CarriesOver(s, q);
    case QuestionTurnCountRole:
      return q.question_turn_ids_size();
    case AnswerTurnCountRole:
      return q.answer_turn_ids_size();
    default:
      return {};
  }
}

QHash<int, QByteArray> QuestionsModel::roleNames() const {
  return {{QuestionIdRole, "questionId"},
          {PositionRole, "position"},
          {DelegateIdRole, "delegateId"},
          {DelegateNameRole, "delegateName"},
          {RespondentAccountIdRole, "respondentAccountId"},
          {RespondentNameRole, "respondentName"},
          {RespondentTextRole, "respondentText"},
          {TextRole, "text"},
          {TopicRole, "topic"},
          {StatusRole, "status"},
          {StatusTextRole, "statusText"},
          {GroupIdRole, "groupId"},
          {GroupTitleRole, "groupTitle"},
          {InCurrentGroupRole, "inCurrentGroup"},
          {SatisfactionRole, "satisfaction"},
          {SatisfactionTextRole, "satisfactionText"},
          {ProgressTextRole, "progressText"},
          {IsSelfRole, "isSelf"},
          {RedactedRole, "redacted"},
          {CarriesOverRole, "carriesOver"},
          {QuestionTurnCountRole, "questionTurnCount"},
          {AnswerTurnCountRole, "answerTurnCount"}};
}

}  // namespace dienhong::client
