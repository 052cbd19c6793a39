// DossierModel: the checklist of one agenda item's dossier — each paper the council's
// rules require, sent on time, late (by how many days) or missing — computed by the
// common dossier functions (common/dossier.h), the same ones the server's gate on
// OpenPoll and the minutes use, so the desk, the chair and the server agree.
//
// summary(itemId) gives any item's status in one line for the agenda; overrideOf(pollId)
// the chair's recorded reason for opening a poll on an incomplete item.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QStringList>

#include "store_list_model.h"

namespace dienhong::client {

class DossierModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT
  // double: QML assigns literals to it, which a qint64 property refuses in Qt 6.4.
  Q_PROPERTY(double itemId READ itemIdValue WRITE setItemIdValue NOTIFY itemIdChanged)
  // "dd/MM/yyyy" of the Vietnam calendar day by which papers must be sent ("": none).
  Q_PROPERTY(QString deadline READ deadline NOTIFY checklistChanged)
  Q_PROPERTY(bool complete READ complete NOTIFY checklistChanged)
  Q_PROPERTY(bool hasRequirements READ hasRequirements NOTIFY checklistChanged)
  // One line per defect, in the server's words ("Báo cáo thẩm tra: thiếu").
  Q_PROPERTY(QStringList defects READ defects NOTIFY checklistChanged)
  // "Hồ sơ đủ, đúng hạn" / "Hồ sơ chưa đủ: thiếu 1, muộn 1" / "Không yêu cầu tài liệu".
  Q_PROPERTY(QString summaryText READ summaryText NOTIFY checklistChanged)

 public:
  enum Roles {
    KindRole = Qt::UserRole + 1,  // v1::DocumentKind required
    KindTextRole,
    StatusRole,      // v1::PaperStatus
    StatusTextRole,  // "Đúng hạn", "Gửi muộn 2 ngày", "Còn thiếu"
    DocumentIdRole,
    DocumentTitleRole,
    PublishedAtRole,
    DaysLateRole,
  };
  Q_ENUM(Roles)

  explicit DossierModel(QObject* parent = nullptr);

  qint64 itemId() const { return itemId_; }
  void setItemId(qint64 id);
  double itemIdValue() const { return static_cast<double>(itemId_); }
  void setItemIdValue(double id) { setItemId(static_cast<qint64>(id)); }
  QString deadline() const;
  bool complete() const;
  bool hasRequirements() const;
  QStringList defects() const;
  QString summaryText() const;

  // Any item: {complete, hasRequirements, summaryText, defects}.
  Q_INVOKABLE QVariantMap summary(qint64 itemId) const;
  // The chair's override of the gate for a poll: {reason, defects}; empty when the poll
  // opened without one.
  Q_INVOKABLE QVariantMap overrideOf(qint64 pollId) const;

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void itemIdChanged();
  void checklistChanged();

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
  void afterChange(const v1::SessionState& previous, const v1::SessionState& now) override;

 private:
  static QString summaryOf(const v1::DossierChecklist& c);
  v1::DossierChecklist checklist() const;

  qint64 itemId_ = 0;
};

}  // namespace dienhong::client
