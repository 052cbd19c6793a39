// DocumentsModel: the session's documents (SessionState.documents) for one agenda item,
// in the order the secretary gave them, as a delegate's tablet or the desk lists them.
//
// `itemId`: -1 every document of the session (by agenda position, then order), 0 those of
// the session as a whole, > 0 one item's. `publishedOnly` (delegate tablets, the big
// screen): only papers sent to the delegates, at their latest published version; a
// withdrawn draft is never listed. `selfDelegateId` gives the badges, from the receipts
// the chain holds (so they follow the delegate from tablet to tablet): "new" when the
// delegate has opened no version, "updated" when they opened an earlier version than the
// one published now.
//
// data() reads the store's state: no I/O (whether a file is on the tablet is
// DocumentActions.transfer's answer).
//
// Thread-safety: GUI thread only.
#pragma once

#include "store_list_model.h"

namespace dienhong::client {

class DocumentsModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT
  // double: QML assigns literals (-1) to it, which a qint64 property refuses in Qt 6.4.
  Q_PROPERTY(double itemId READ itemIdValue WRITE setItemIdValue NOTIFY itemIdChanged)
  Q_PROPERTY(
      bool publishedOnly READ publishedOnly WRITE setPublishedOnly NOTIFY publishedOnlyChanged)
  Q_PROPERTY(qint64 selfDelegateId READ selfDelegateId WRITE setSelfDelegateId NOTIFY
                 selfDelegateIdChanged)
  // Rows with a badge (new or updated).
  Q_PROPERTY(int badgeCount READ badgeCount NOTIFY badgesChanged)
  // The page on the hall's big screen (DocumentsState.on_screen): {documentId (0: none),
  // version, page (1-based), title}.
  Q_PROPERTY(QVariantMap onScreen READ onScreen NOTIFY onScreenChanged)

 public:
  enum Roles {
    DocumentIdRole = Qt::UserRole + 1,
    ItemIdRole,
    KindRole,  // v1::DocumentKind
    KindTextRole,
    TitleRole,
    NumberRole,    // số/ký hiệu
    IssuedOnRole,  // "YYYY-MM-DD"
    IssuerRole,
    OrderRole,
    ConfidentialRole,
    PublishedRole,     // sent to the delegates (some version, or the confidential paper)
    VersionRole,       // the version this view reads (0: none)
    VersionCountRole,  // versions uploaded
    HasDraftRole,      // a newer version than the published one waits to be published
    DigestRole,
    SizeBytesRole,
    SizeTextRole,  // "2,4 MB"
    FileNameRole,
    PublishedAtRole,  // "dd/MM/yyyy HH:mm" (Vietnam time) of the version read; ""
    BadgeRole,        // "new", "updated" or ""
    BadgeTextRole,    // "Mới", "Cập nhật"
    StatusTextRole,   // "Bản nháp", "Đã gửi đại biểu 02/12/2026 09:00", ...
    ReceivedCountRole,
    OpenedCountRole,
    ReceiptTextRole,  // "đã nhận 93/95 · đã mở 71/95"
    VersionsRole,     // [{number, publishedAt, replaced, digest}] newest first
  };
  Q_ENUM(Roles)

  explicit DocumentsModel(QObject* parent = nullptr);

  qint64 itemId() const { return itemId_; }
  void setItemId(qint64 id);
  double itemIdValue() const { return static_cast<double>(itemId_); }
  void setItemIdValue(double id) { setItemId(static_cast<qint64>(id)); }
  bool publishedOnly() const { return publishedOnly_; }
  void setPublishedOnly(bool only);
  qint64 selfDelegateId() const { return selfDelegateId_; }
  void setSelfDelegateId(qint64 id);
  int badgeCount() const;
  QVariantMap onScreen() const;

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // The ids of the rows in order (the secretary's reorder starts from it).
  Q_INVOKABLE QVariantList documentIds() const;
  // The ids with `documentId` moved to `position` (0-based), for OrderDocuments.
  Q_INVOKABLE QVariantList orderWithMoved(qint64 documentId, int position) const;
  // One row as a map of its roles ({} when absent).
  Q_INVOKABLE QVariantMap document(qint64 documentId) const;

  // The version of `d` a view reads (publishedOnly: the latest published).
  static const v1::DocumentVersion* readVersion(const v1::Document& d, bool publishedOnly);
  // "new", "updated" or "" for the delegate.
  static QString badge(const v1::Document& d, int64_t delegateId);
  static QString formatTime(const google::protobuf::Timestamp& t);

 signals:
  void itemIdChanged();
  void publishedOnlyChanged();
  void selfDelegateIdChanged();
  void badgesChanged();
  void onScreenChanged();

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
  void afterChange(const v1::SessionState& previous, const v1::SessionState& now) override;

 private:
  std::vector<const v1::Document*> rows(const v1::SessionState& s) const;
  const v1::Document* rowDocument(int row) const;
  QVariant roleData(const v1::Document& d, int role) const;

  qint64 itemId_ = -1;
  bool publishedOnly_ = false;
  qint64 selfDelegateId_ = 0;
  int lastBadgeCount_ = 0;
};

}  // namespace dienhong::client
