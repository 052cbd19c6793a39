// ConclusionsModel: the chair's conclusions (kết luận) of the session, each for an issue
// group or for the session as a whole, with the commitments (cam kết: what, agency, due
// date) they bind agencies to, as concluded (SessionState.interpellation.conclusions).
// What happened to a commitment afterwards (done, extended, overdue) is the follow-up's,
// read with Connection.refreshCommitments().
//
// Thread-safety: GUI thread only.
#pragma once

#include <QVariantList>

#include "store_list_model.h"

namespace dienhong::client {

class ConclusionsModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT

 public:
  enum Roles {
    ConclusionIdRole = Qt::UserRole + 1,
    GroupIdRole,  // 0: the session as a whole
    GroupTitleRole,  // "Toàn kỳ họp" for group 0
    TextRole,
    CommitmentsRole,  // [{commitmentId, what, agency, dueDate, text}]
    CommitmentCountRole,
    RecordedAtRole,  // server ms since the epoch
  };
  Q_ENUM(Roles)

  explicit ConclusionsModel(QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
};

}  // namespace dienhong::client
