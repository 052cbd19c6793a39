// ReceiptsModel: who has received and opened one document, one row per delegate on the
// session's roster (the secretary's and the chair's "đã nhận 93/95 · đã mở 71/95" and who
// has not). The receipts are the chain's (DocumentVersion.received_by / opened_by), for the
// version delegates read now: `version` 0 = the latest published.
//
// Rows: those who have not received first, then not opened, then the rest, each group in
// roster order — the secretary looks for who is missing.
//
// Thread-safety: GUI thread only.
#pragma once

#include "store_list_model.h"

namespace dienhong::client {

class ReceiptsModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT
  // double: QML assigns literals to it, which a qint64 property refuses in Qt 6.4.
  Q_PROPERTY(
      double documentId READ documentIdValue WRITE setDocumentIdValue NOTIFY documentIdChanged)
  Q_PROPERTY(int version READ version WRITE setVersion NOTIFY versionChanged)
  Q_PROPERTY(int receivedCount READ receivedCount NOTIFY summaryChanged)
  Q_PROPERTY(int openedCount READ openedCount NOTIFY summaryChanged)
  Q_PROPERTY(int total READ total NOTIFY summaryChanged)
  // "đã nhận 93/95 · đã mở 71/95"
  Q_PROPERTY(QString summaryText READ summaryText NOTIFY summaryChanged)
  // "Chưa nhận: …" / "Chưa mở: …" (names, roster order; "" when nobody).
  Q_PROPERTY(QString notReceivedText READ notReceivedText NOTIFY summaryChanged)
  Q_PROPERTY(QString notOpenedText READ notOpenedText NOTIFY summaryChanged)

 public:
  enum Roles {
    DelegateIdRole = Qt::UserRole + 1,
    FullNameRole,
    SeatRole,
    ReceivedRole,
    OpenedRole,
    StatusTextRole,  // "Đã mở", "Đã nhận, chưa mở", "Chưa nhận"
  };
  Q_ENUM(Roles)

  explicit ReceiptsModel(QObject* parent = nullptr);

  qint64 documentId() const { return documentId_; }
  void setDocumentId(qint64 id);
  double documentIdValue() const { return static_cast<double>(documentId_); }
  void setDocumentIdValue(double id) { setDocumentId(static_cast<qint64>(id)); }
  int version() const { return version_; }
  void setVersion(int v);
  int receivedCount() const;
  int openedCount() const;
  int total() const { return state().roster_size(); }
  QString summaryText() const;
  QString notReceivedText() const;
  QString notOpenedText() const;

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void documentIdChanged();
  void versionChanged();
  void summaryChanged();

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
  void afterChange(const v1::SessionState& previous, const v1::SessionState& now) override;

 private:
  const v1::DocumentVersion* versionIn(const v1::SessionState& s) const;
  // 0 not received, 1 received, 2 opened.
  int stage(const v1::SessionState& s, int64_t delegateId) const;
  QString namesAtStage(int stage) const;

  qint64 documentId_ = 0;
  int version_ = 0;
};

}  // namespace dienhong::client
