#include "agenda_model.h"

#include <google/protobuf/util/message_differencer.h>

#include "labels.h"

namespace dienhong::client {

AgendaModel::AgendaModel(QObject* parent) : StoreListModel(parent) {}

std::vector<int64_t> AgendaModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  keys.reserve(s.agenda_size());
  for (const v1::AgendaItem& item : s.agenda()) keys.push_back(item.id());
  return keys;
}

bool AgendaModel::sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const {
  const auto& x = a.agenda(row);
  const auto& y = b.agenda(row);
  const bool wasCurrent = a.current_item_id() == x.id();
  const bool isCurrent = b.current_item_id() == y.id();
  return wasCurrent == isCurrent && google::protobuf::util::MessageDifferencer::Equals(x, y);
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::AgendaItem& item = state().agenda(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return QString::fromStdString(item.title());
    case ItemIdRole: return QVariant::fromValue<qint64>(item.id());
    case NumberRole: return index.row() + 1;
    case KindRole: return static_cast<int>(item.kind());
    case KindTextRole: return Labels::itemKind(item.kind());
    case StatusRole: return static_cast<int>(item.status());
    case StatusTextRole: return Labels::itemStatus(item.status());
    case IsCurrentRole: return item.id() == state().current_item_id();
    case PresenterRole: return QString::fromStdString(item.presenter());
    case PlannedMinutesRole: return item.planned_minutes();
    case DocumentsRole: {
      QVariantList docs;
      for (const v1::DocumentRef& d : item.documents())
        docs.append(QVariantMap{{"title", QString::fromStdString(d.title())},
                                {"uri", QString::fromStdString(d.uri())},
                                {"digest", QString::fromStdString(d.digest())}});
      return docs;
    }
    case DocumentCountRole: return item.documents_size();
    default: return {};
  }
}

QHash<int, QByteArray> AgendaModel::roleNames() const {
  return {{ItemIdRole, "itemId"},       {NumberRole, "number"},
          {TitleRole, "title"},         {KindRole, "kind"},
          {KindTextRole, "kindText"},   {StatusRole, "status"},
          {StatusTextRole, "statusText"}, {IsCurrentRole, "isCurrent"},
          {PresenterRole, "presenter"}, {PlannedMinutesRole, "plannedMinutes"},
          {DocumentsRole, "documents"}, {DocumentCountRole, "documentCount"}};
}

}  // namespace dienhong::client
