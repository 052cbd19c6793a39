// ServerClock: the server's time as seen from this tablet. Speaking turns and polls carry
// SERVER times (a turn's start, its pauses, a poll's closing moment); a tablet whose clock
// is a few seconds off would show a countdown a few seconds off. The clock estimates the
// offset between the server's clock and this machine's monotonic clock from the events
// the server sends:
//   - an event received at local time r was recorded at server time t <= server's now,
//     so offset >= t - r (a lower bound; tight for a fresh live event);
//   - an event in the reply to a command sent at local time s was recorded after the
//     request arrived, so offset <= t - s (an upper bound).
// The estimate is the highest lower bound seen. The upper bounds only detect that the
// server's clock went back (an NTP step): when the bounds cross, the estimate restarts
// from the new sample. Local time is the monotonic clock, so a tablet whose own wall
// clock jumps keeps a correct estimate. Until the first event, the offset to the local
// wall clock is taken as 0 (the hall's machines keep NTP time).
//
// Thread-safety: GUI thread only.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QElapsedTimer>
#include <QObject>
#include <cstdint>
#include <optional>

namespace dienhong::client {

class ServerClock : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("A ServerClock belongs to a Connection (Connection.clock).")
  // Server time minus this machine's wall clock, ms (informational; 0 until calibrated).
  Q_PROPERTY(double offsetMs READ offsetMs NOTIFY calibrated)
  Q_PROPERTY(bool isCalibrated READ isCalibrated NOTIFY calibrated)

 public:
  explicit ServerClock(QObject* parent = nullptr);

  // This machine's monotonic time, ms.
  qint64 localMs() const { return elapsed_.elapsed(); }

  // An event recorded at server time `serverMs` (ms since the epoch) arrived at local
  // monotonic time `receivedMs`; `sentMs` is when the command that produced it was sent
  // (nullopt for live events: no upper bound).
  void observe(double serverMs, std::optional<qint64> sentMs, qint64 receivedMs);

  // The server's time now (ms since the epoch), and at a given local monotonic time.
  Q_INVOKABLE double nowMs() const { return nowAt(localMs()); }
  double nowAt(qint64 localMonotonicMs) const;

  double offsetMs() const;
  bool isCalibrated() const { return lower_.has_value(); }

 signals:
  void calibrated();

 private:
  QElapsedTimer elapsed_;
  // Wall clock minus monotonic clock at construction: the uncalibrated mapping.
  double wallBase_ = 0;
  // Bounds on (server time - local monotonic time), ms.
  std::optional<double> lower_;
  std::optional<double> upper_;
};

}  // namespace dienhong::client
