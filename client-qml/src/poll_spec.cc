#include "poll_spec.h"

#include <QStringList>

namespace dienhong::client {
namespace {

// Trimmed, non-empty entries of a list given by QML (a JS array of strings).
QStringList Entries(const QVariant& v) {
  QStringList out;
  for (const QVariant& e : v.toList()) {
    const QString s = e.toString().trimmed();
    if (!s.isEmpty()) out.append(s);
  }
  return out;
}

void AddChoices(v1::PollQuestion* q, const QStringList& labels) {
  for (const QString& label : labels) q->add_choices()->set_label(label.toStdString());
}

}  // namespace

v1::Poll PollFromSpec(const QVariantMap& spec, qint64 currentItemId) {
  v1::Poll poll;
  const auto kind =
      static_cast<v1::PollKind>(spec.value("kind", int(v1::POLL_KIND_RESOLUTION)).toInt());
  poll.set_kind(kind);
  poll.set_title(spec.value("title").toString().trimmed().toStdString());
  if (spec.contains("secret"))
    poll.set_visibility(spec.value("secret").toBool() ? v1::POLL_VISIBILITY_SECRET
                                                      : v1::POLL_VISIBILITY_OPEN);
  poll.set_countdown_seconds(spec.value("countdownSeconds", 0).toInt());
  const qint64 item = spec.value("itemId", 0).toLongLong();
  poll.set_item_id(item > 0 ? item : currentItemId);
  poll.set_allow_online(spec.value("allowOnline", false).toBool());

  switch (kind) {
    case v1::POLL_KIND_CONFIDENCE_RATING:
    case v1::POLL_KIND_CONFIDENCE_VOTE:
      for (const QString& official : Entries(spec.value("officials")))
        poll.add_questions()->set_title(official.toStdString());
      break;
    case v1::POLL_KIND_ELECTION: {
      v1::PollQuestion* q = poll.add_questions();
      AddChoices(q, Entries(spec.value("candidates")));
      q->set_max_choices(spec.value("seats", 1).toInt());
      break;
    }
    case v1::POLL_KIND_CUSTOM:
      AddChoices(poll.add_questions(), Entries(spec.value("choices")));
      break;
    default:
      break;  // resolution, dismissal: the kind's one question and choices
  }
  return poll;
}

}  // namespace dienhong::client
