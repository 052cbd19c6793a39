#include "server_clock.h"

#include <QDateTime>
#include <algorithm>

namespace dienhong::client {

ServerClock::ServerClock(QObject* parent) : QObject(parent) {
  elapsed_.start();
  wallBase_ = static_cast<double>(QDateTime::currentMSecsSinceEpoch());
}

void ServerClock::observe(double serverMs, std::optional<qint64> sentMs, qint64 receivedMs) {
  const double lower = serverMs - static_cast<double>(receivedMs);
  const std::optional<double> upper =
      sentMs ? std::optional<double>(serverMs - static_cast<double>(*sentMs)) : std::nullopt;
  const std::optional<double> before = lower_;
  // Crossed bounds: the server's clock was stepped. Start again from this sample.
  if ((upper_ && lower > *upper_) || (upper && lower_ && *lower_ > *upper)) {
    lower_.reset();
    upper_.reset();
  }
  lower_ = lower_ ? std::max(*lower_, lower) : lower;
  if (upper) upper_ = upper_ ? std::min(*upper_, *upper) : *upper;
  if (lower_ != before) emit calibrated();
}

double ServerClock::nowAt(qint64 localMonotonicMs) const {
  const double base = lower_ ? *lower_ : wallBase_;
  return base + static_cast<double>(localMonotonicMs);
}

double ServerClock::offsetMs() const {
  if (!lower_) return 0;
  const qint64 mono = localMs();
  return nowAt(mono) - static_cast<double>(QDateTime::currentMSecsSinceEpoch());
}

}  // namespace dienhong::client
