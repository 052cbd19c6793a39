#include "question_groups_model.h"

#include <algorithm>

#include "common/interpellation.h"

namespace dienhong::client {
namespace {

int Answered(const v1::SessionState& s, const v1::QuestionGroup& g) {
  int n = 0;
  for (int64_t id : g.question_ids())
    if (const v1::Question* q = FindQuestion(s, id))
      n += q->status() == v1::QUESTION_STATUS_ANSWERED;
  return n;
}

}  // namespace

QuestionGroupsModel::QuestionGroupsModel(QObject* parent) : StoreListModel(parent) {}

std::vector<int64_t> QuestionGroupsModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  for (const v1::QuestionGroup& g : s.interpellation().groups()) keys.push_back(g.id());
  return keys;
}

bool QuestionGroupsModel::sameRow(const v1::SessionState& a, const v1::SessionState& b,
                                  int row) const {
  const v1::QuestionGroup& x = a.interpellation().groups(row);
  const v1::QuestionGroup& y = b.interpellation().groups(row);
  return x.SerializeAsString() == y.SerializeAsString() &&
         (a.interpellation().current_group_id() == x.id()) ==
             (b.interpellation().current_group_id() == y.id()) &&
         Answered(a, x) == Answered(b, y);
}

QVariantList QuestionGroupsModel::groupIds() const {
  QVariantList ids;
  for (const v1::QuestionGroup& g : state().interpellation().groups())
    ids.append(QVariant::fromValue<qint64>(g.id()));
  return ids;
}

QVariantList QuestionGroupsModel::orderWithMoved(qint64 groupId, int position) const {
  QVariantList ids = groupIds();
  const int from = ids.indexOf(QVariant::fromValue<qint64>(groupId));
  if (from < 0) return ids;
  const int to = std::clamp(position - 1, 0, static_cast<int>(ids.size()) - 1);
  ids.move(from, to);
  return ids;
}

QVariantMap QuestionGroupsModel::group(qint64 groupId) const {
  const v1::QuestionGroup* g = FindQuestionGroup(state(), groupId);
  if (g == nullptr) return {};
  QVariantList ids;
  for (int64_t id : g->question_ids()) ids.append(QVariant::fromValue<qint64>(id));
  return {{"groupId", QVariant::fromValue<qint64>(g->id())},
          {"title", QString::fromStdString(g->title())},
          {"questionIds", ids}};
}

QVariant QuestionGroupsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::SessionState& s = state();
  if (index.row() >= s.interpellation().groups_size()) return {};
  const v1::QuestionGroup& g = s.interpellation().groups(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
      return QString::fromStdString(g.title());
    case GroupIdRole:
      return QVariant::fromValue<qint64>(g.id());
    case PositionRole:
      return index.row() + 1;
    case QuestionCountRole:
      return g.question_ids_size();
    case AnsweredCountRole:
      return Answered(s, g);
    case QuestionIdsRole: {
      QVariantList ids;
      for (int64_t id : g.question_ids()) ids.append(QVariant::fromValue<qint64>(id));
      return ids;
    }
    case IsCurrentRole:
      return s.interpellation().current_group_id() == g.id();
    case StartedRole:
      return g.has_started_at();
    case SummaryTextRole: {
      const int answered = Answered(s, g);
      QString text = tr("%n câu hỏi", nullptr, g.question_ids_size());
      if (answered > 0) text += QStringLiteral(" · ") + tr("%1 đã trả lời").arg(answered);
      return text;
    }
    default:
      return {};
  }
}

QHash<int, QByteArray> QuestionGroupsModel::roleNames() const {
  return {{GroupIdRole, "groupId"},
          {PositionRole, "position"},
          {TitleRole, "title"},
          {QuestionCountRole, "questionCount"},
          {AnsweredCountRole, "answeredCount"},
          {QuestionIdsRole, "questionIds"},
          {IsCurrentRole, "isCurrent"},
          {StartedRole, "started"},
          {SummaryTextRole, "summaryText"}};
}

}  // namespace dienhong::client
