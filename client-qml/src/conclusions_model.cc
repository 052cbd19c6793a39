#include "conclusions_model.h"

#include "common/interpellation.h"
#include "common/floor.h"

namespace dienhong::client {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

std::string GroupTitle(const v1::SessionState& s, int64_t groupId) {
  const v1::QuestionGroup* g = FindQuestionGroup(s, groupId);
  return g ? g->title() : std::string();
}

}  // namespace

ConclusionsModel::ConclusionsModel(QObject* parent) : StoreListModel(parent) {}

std::vector<int64_t> ConclusionsModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  for (const v1::Conclusion& c : s.interpellation().conclusions()) keys.push_back(c.id());
  return keys;
}

bool ConclusionsModel::sameRow(const v1::SessionState& a, const v1::SessionState& b,
                               int row) const {
  const v1::Conclusion& x = a.interpellation().conclusions(row);
  const v1::Conclusion& y = b.interpellation().conclusions(row);
  return x.SerializeAsString() == y.SerializeAsString() &&
         GroupTitle(a, x.group_id()) == GroupTitle(b, y.group_id());
}

QVariant ConclusionsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::SessionState& s = state();
  if (index.row() >= s.interpellation().conclusions_size()) return {};
  const v1::Conclusion& c = s.interpellation().conclusions(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case TextRole:
      return Q(c.text());
    case ConclusionIdRole:
      return QVariant::fromValue<qint64>(c.id());
    case GroupIdRole:
      return QVariant::fromValue<qint64>(c.group_id());
    case GroupTitleRole:
      return c.group_id() == 0 ? tr("Toàn kỳ họp") : Q(GroupTitle(s, c.group_id()));
    case CommitmentsRole: {
      QVariantList list;
      for (const v1::Commitment& m : c.commitments())
        list.append(QVariantMap{
            {"commitmentId", QVariant::fromValue<qint64>(m.id())},
            {"what", Q(m.what())},
            {"agency", Q(m.agency())},
            {"dueDate", Q(m.due_date())},
            {"text", tr("%1 — %2, hạn %3").arg(Q(m.what()), Q(m.agency()), Q(m.due_date()))}});
      return list;
    }
    case CommitmentCountRole:
      return c.commitments_size();
    case RecordedAtRole:
      return static_cast<double>(TimestampMicros(c.recorded_at())) / 1000.0;
    default:
      return {};
  }
}

QHash<int, QByteArray> ConclusionsModel::roleNames() const {
  return {{ConclusionIdRole, "conclusionId"},
          {GroupIdRole, "groupId"},
          {GroupTitleRole, "groupTitle"},
          {TextRole, "text"},
          {CommitmentsRole, "commitments"},
          {CommitmentCountRole, "commitmentCount"},
          {RecordedAtRole, "recordedAt"}};
}

}  // namespace dienhong::client
