#include "channel.h"

#include <QFile>
#include <QSettings>

#include "common/limits.h"

namespace dienhong::client {

std::shared_ptr<grpc::Channel> MakeChannel(const QString& address, bool useTls) {
  std::shared_ptr<grpc::ChannelCredentials> creds;
  if (useTls) {
    grpc::SslCredentialsOptions options;
    // An operator-provided CA (self-signed hall server); otherwise the system's roots.
    const QString caFile = QSettings().value(kSettingsCaFile).toString();
    if (!caFile.isEmpty()) {
      QFile f(caFile);
      if (f.open(QIODevice::ReadOnly)) options.pem_root_certs = f.readAll().toStdString();
    }
    creds = grpc::SslCredentials(options);
  } else {
    creds = grpc::InsecureChannelCredentials();
  }
  grpc::ChannelArguments args;
  // Tablets live on Wi-Fi: notice a dead link within seconds and reconnect quickly.
  args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 10000);
  args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 5000);
  args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 250);
  args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 250);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 4000);
  // Each caller its own TCP connection (a test runs two Connections in one process).
  args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  // GetSession returns a whole session, which a long one can grow past gRPC's default
  // 4 MiB: every tablet would go dark at once (issue 14). Accept what the server may send
  // (common/limits.h); the live stream's snapshot comes in 1 MiB parts anyway.
  args.SetMaxReceiveMessageSize(kMaxMessageBytes);
  return grpc::CreateCustomChannel(address.toStdString(), creds, args);
}

}  // namespace dienhong::client
