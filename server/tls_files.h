// CheckTlsFiles: reads the server's TLS certificate and private key the way gRPC will and
// says what is wrong with them, before gRPC is asked to listen. gRPC only reports that it
// could not bind, which the server used to pass on as "wrong address or port busy" for a
// certificate that was not PEM, a key that was not a key, or a pair that did not match.
//
// Thread-safety: a pure function of the files.
#pragma once

#include <string>

#include "common/status.h"

namespace dienhong {

// InvalidArgument naming --tls-cert or --tls-key and what is wrong: not readable as PEM,
// no certificate / no private key in it, or a key that does not belong to the
// certificate. Ok when gRPC can use the pair.
Status CheckTlsFiles(const std::string& cert_path, const std::string& key_path);

}  // namespace dienhong
