// QuestionGroupsModel: the issue groups (nhóm vấn đề) of the session's questioning, in the
// calling order the secretary set (SessionState.interpellation.groups), with the running
// one marked. The secretary's desk orders them; the chair's console starts them.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QVariantList>

#include "store_list_model.h"

namespace dienhong::client {

class QuestionGroupsModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT

 public:
  enum Roles {
    GroupIdRole = Qt::UserRole + 1,
    PositionRole,  // 1-based calling order
    TitleRole,
    QuestionCountRole,
    AnsweredCountRole,
    QuestionIdsRole,  // [id, ...] in calling order
    IsCurrentRole,
    StartedRole,  // the chair has started it (now or earlier)
    SummaryTextRole,  // "3 câu hỏi · 1 đã trả lời"
  };
  Q_ENUM(Roles)

  explicit QuestionGroupsModel(QObject* parent = nullptr);

  // Group ids in calling order (for OrderQuestionGroups).
  Q_INVOKABLE QVariantList groupIds() const;
  // The calling order with group `groupId` moved to 1-based `position`.
  Q_INVOKABLE QVariantList orderWithMoved(qint64 groupId, int position) const;
  // {groupId, title, questionIds} of a group (empty when there is none).
  Q_INVOKABLE QVariantMap group(qint64 groupId) const;

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
};

}  // namespace dienhong::client
