#include "documents/documents_model.h"

#include <google/protobuf/util/message_differencer.h>
#include <google/protobuf/util/time_util.h>

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

#include "labels.h"

namespace dienhong::client {
namespace {

bool Published(const v1::Document& d) {
  if (d.confidential()) return d.has_published_at();
  for (const v1::DocumentVersion& v : d.versions())
    if (v.has_published_at()) return true;
  return false;
}

bool Contains(const google::protobuf::RepeatedField<int64_t>& ids, int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

QString SizeText(qint64 bytes) {
  return QLocale(QLocale::Vietnamese).formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

}  // namespace

DocumentsModel::DocumentsModel(QObject* parent) : StoreListModel(parent) {}

void DocumentsModel::setItemId(qint64 id) {
  if (id == itemId_) return;
  itemId_ = id;
  resetRows();
  emit itemIdChanged();
  emit badgesChanged();
}

void DocumentsModel::setPublishedOnly(bool only) {
  if (only == publishedOnly_) return;
  publishedOnly_ = only;
  resetRows();
  emit publishedOnlyChanged();
  emit badgesChanged();
}

void DocumentsModel::setSelfDelegateId(qint64 id) {
  if (id == selfDelegateId_) return;
  selfDelegateId_ = id;
  refreshAll();
  emit selfDelegateIdChanged();
  emit badgesChanged();
}

const v1::DocumentVersion* DocumentsModel::readVersion(const v1::Document& d, bool publishedOnly) {
  for (int i = d.versions_size() - 1; i >= 0; --i)
    if (!publishedOnly || d.versions(i).has_published_at()) return &d.versions(i);
  return nullptr;
}

QString DocumentsModel::badge(const v1::Document& d, int64_t delegateId) {
  if (delegateId <= 0 || d.confidential()) return QString();
  const v1::DocumentVersion* v = readVersion(d, true);
  if (!v || Contains(v->opened_by(), delegateId)) return QString();
  for (const v1::DocumentVersion& earlier : d.versions())
    if (earlier.number() < v->number() && Contains(earlier.opened_by(), delegateId))
      return QStringLiteral("updated");
  return QStringLiteral("new");
}

QString DocumentsModel::formatTime(const google::protobuf::Timestamp& t) {
  const qint64 ms = google::protobuf::util::TimeUtil::TimestampToMilliseconds(t);
  // The council's clock: Vietnam (UTC+7), whatever the tablet's zone.
  return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(7 * 3600))
      .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

std::vector<const v1::Document*> DocumentsModel::rows(const v1::SessionState& s) const {
  std::vector<const v1::Document*> out;
  for (const v1::Document& d : s.documents().documents()) {
    if (d.withdrawn()) continue;
    if (itemId_ >= 0 && d.item_id() != itemId_) continue;
    if (publishedOnly_ && !Published(d)) continue;
    out.push_back(&d);
  }
  // Agenda position of an item (the session as a whole first).
  auto position = [&s](int64_t itemId) {
    if (itemId == 0) return -1;
    for (int i = 0; i < s.agenda_size(); ++i)
      if (s.agenda(i).id() == itemId) return i;
    return s.agenda_size();
  };
  std::stable_sort(out.begin(), out.end(), [&](const v1::Document* a, const v1::Document* b) {
    const int pa = position(a->item_id()), pb = position(b->item_id());
    if (pa != pb) return pa < pb;
    if (a->order() != b->order()) return a->order() < b->order();
    return a->id() < b->id();
  });
  return out;
}

std::vector<int64_t> DocumentsModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  for (const v1::Document* d : rows(s)) keys.push_back(d->id());
  return keys;
}

bool DocumentsModel::sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const {
  const auto ra = rows(a), rb = rows(b);
  if (row >= static_cast<int>(ra.size()) || row >= static_cast<int>(rb.size())) return false;
  // The roster's size is in the receipt text.
  return a.roster_size() == b.roster_size() &&
         google::protobuf::util::MessageDifferencer::Equals(*ra[row], *rb[row]);
}

void DocumentsModel::afterChange(const v1::SessionState& previous, const v1::SessionState& now) {
  if (!google::protobuf::util::MessageDifferencer::Equals(previous.documents().on_screen(),
                                                          now.documents().on_screen()))
    emit onScreenChanged();
  const int n = badgeCount();
  if (n != lastBadgeCount_) {
    lastBadgeCount_ = n;
    emit badgesChanged();
  }
}

QVariantMap DocumentsModel::onScreen() const {
  const v1::ScreenPage& p = state().documents().on_screen();
  QString title;
  for (const v1::Document& d : state().documents().documents())
    if (d.id() == p.document_id()) title = QString::fromStdString(d.title());
  return {{"documentId", QVariant::fromValue<qint64>(p.document_id())},
          {"version", p.version()},
          {"page", p.page()},
          {"title", title}};
}

int DocumentsModel::badgeCount() const {
  int n = 0;
  for (const v1::Document* d : rows(state()))
    if (!badge(*d, selfDelegateId_).isEmpty()) ++n;
  return n;
}

const v1::Document* DocumentsModel::rowDocument(int row) const {
  const auto r = rows(state());
  return row >= 0 && row < static_cast<int>(r.size()) ? r[row] : nullptr;
}

QVariant DocumentsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::Document* d = rowDocument(index.row());
  return d ? roleData(*d, role) : QVariant();
}

QVariant DocumentsModel::roleData(const v1::Document& d, int role) const {
  const v1::DocumentVersion* v = readVersion(d, publishedOnly_);
  const v1::DocumentVersion* published = readVersion(d, true);
  const int roster = state().roster_size();
  switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
      return QString::fromStdString(d.title());
    case DocumentIdRole:
      return QVariant::fromValue<qint64>(d.id());
    case ItemIdRole:
      return QVariant::fromValue<qint64>(d.item_id());
    case KindRole:
      return static_cast<int>(d.kind());
    case KindTextRole:
      return Labels::documentKind(d.kind());
    case NumberRole:
      return QString::fromStdString(d.number());
    case IssuedOnRole:
      return QString::fromStdString(d.issued_on());
    case IssuerRole:
      return QString::fromStdString(d.issuer());
    case OrderRole:
      return d.order();
    case ConfidentialRole:
      return d.confidential();
    case PublishedRole:
      return Published(d);
    case VersionRole:
      return v ? v->number() : 0;
    case VersionCountRole:
      return d.versions_size();
    case HasDraftRole: {
      const v1::DocumentVersion* latest = readVersion(d, false);
      return latest && !latest->has_published_at();
    }
    case DigestRole:
      return v ? QString::fromStdString(v->pdf().digest()) : QString();
    case SizeBytesRole:
      return QVariant::fromValue<qint64>(v ? v->pdf().size_bytes() : 0);
    case SizeTextRole:
      return v ? SizeText(v->pdf().size_bytes()) : QString();
    case FileNameRole:
      return v ? QString::fromStdString(v->pdf().file_name()) : QString();
    case PublishedAtRole:
      if (d.confidential()) return d.has_published_at() ? formatTime(d.published_at()) : QString();
      return v && v->has_published_at() ? formatTime(v->published_at()) : QString();
    case BadgeRole:
      return badge(d, selfDelegateId_);
    case BadgeTextRole: {
      const QString b = badge(d, selfDelegateId_);
      return b == QLatin1String("new")       ? tr("Mới")
             : b == QLatin1String("updated") ? tr("Cập nhật")
                                             : QString();
    }
    case StatusTextRole: {
      if (d.confidential())
        return d.has_published_at() ? tr("Tài liệu mật — phát bản giấy tại kỳ họp")
                                    : tr("Tài liệu mật, chưa gửi đại biểu");
      const v1::DocumentVersion* latest = readVersion(d, false);
      if (!published) return tr("Bản nháp, chưa gửi đại biểu");
      QString text = tr("Đã gửi đại biểu %1").arg(formatTime(published->published_at()));
      if (published->number() > 1) text = tr("Phiên bản %1 · ").arg(published->number()) + text;
      if (latest && latest != published && !publishedOnly_)
        text += tr(" · phiên bản %1 chưa gửi").arg(latest->number());
      return text;
    }
    case ReceivedCountRole:
      return published ? published->received_by_size() : 0;
    case OpenedCountRole:
      return published ? published->opened_by_size() : 0;
    case ReceiptTextRole:
      if (!published) return QString();
      return tr("đã nhận %1/%3 · đã mở %2/%3")
          .arg(published->received_by_size())
          .arg(published->opened_by_size())
          .arg(roster);
    case VersionsRole: {
      QVariantList list;
      for (int i = d.versions_size() - 1; i >= 0; --i) {
        const v1::DocumentVersion& x = d.versions(i);
        list.append(QVariantMap{
            {"number", x.number()},
            {"publishedAt", x.has_published_at() ? formatTime(x.published_at()) : QString()},
            {"replaced", x.has_replaced_at()},
            {"digest", QString::fromStdString(x.pdf().digest())}});
      }
      return list;
    }
    default:
      return {};
  }
}

QHash<int, QByteArray> DocumentsModel::roleNames() const {
  return {{DocumentIdRole, "documentId"},
          {ItemIdRole, "itemId"},
          {KindRole, "kind"},
          {KindTextRole, "kindText"},
          {TitleRole, "title"},
          {NumberRole, "number"},
          {IssuedOnRole, "issuedOn"},
          {IssuerRole, "issuer"},
          {OrderRole, "order"},
          {ConfidentialRole, "confidential"},
          {PublishedRole, "published"},
          {VersionRole, "version"},
          {VersionCountRole, "versionCount"},
          {HasDraftRole, "hasDraft"},
          {DigestRole, "digest"},
          {SizeBytesRole, "sizeBytes"},
          {SizeTextRole, "sizeText"},
          {FileNameRole, "fileName"},
          {PublishedAtRole, "publishedAt"},
          {BadgeRole, "badge"},
          {BadgeTextRole, "badgeText"},
          {StatusTextRole, "statusText"},
          {ReceivedCountRole, "receivedCount"},
          {OpenedCountRole, "openedCount"},
          {ReceiptTextRole, "receiptText"},
          {VersionsRole, "versions"}};
}

QVariantList DocumentsModel::documentIds() const {
  QVariantList ids;
  for (const v1::Document* d : rows(state())) ids.append(QVariant::fromValue<qint64>(d->id()));
  return ids;
}

QVariantList DocumentsModel::orderWithMoved(qint64 documentId, int position) const {
  QVariantList ids = documentIds();
  const int from = ids.indexOf(QVariant::fromValue<qint64>(documentId));
  if (from < 0) return ids;
  position = std::clamp(position, 0, static_cast<int>(ids.size()) - 1);
  ids.move(from, position);
  return ids;
}

QVariantMap DocumentsModel::document(qint64 documentId) const {
  for (const v1::Document& d : state().documents().documents()) {
    if (d.id() != documentId) continue;
    QVariantMap m;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
      m.insert(QString::fromLatin1(it.value()), roleData(d, it.key()));
    return m;
  }
  return {};
}

}  // namespace dienhong::client
