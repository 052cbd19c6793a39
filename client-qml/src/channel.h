// MakeChannel: the gRPC channel every part of the client talks to the server over, with
// the settings a hall tablet needs (fast dead-link detection and reconnection, the receive
// limit of common/limits.h, TLS with the operator's CA when asked). Connection owns the
// session's channel; a short-lived check (the kiosk's exit) makes its own with the same
// settings.
//
// Thread-safety: a free function; the channel it returns is thread-safe (gRPC).
#pragma once

#include <grpcpp/grpcpp.h>

#include <QString>
#include <memory>

namespace dienhong::client {

// The QSettings key of the CA file (PEM) that signs a hall server's certificate; empty:
// the system's roots.
inline constexpr char kSettingsCaFile[] = "server/caFile";

std::shared_ptr<grpc::Channel> MakeChannel(const QString& address, bool useTls);

}  // namespace dienhong::client
