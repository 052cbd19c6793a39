#include "server/tls_files.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace dienhong {
namespace {

struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct X509Free {
  void operator()(X509* x) const { X509_free(x); }
};
struct KeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};

bool ReadAll(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

std::unique_ptr<BIO, BioFree> Bio(const std::string& bytes) {
  return std::unique_ptr<BIO, BioFree>(
      BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

}  // namespace

Status CheckTlsFiles(const std::string& cert_path, const std::string& key_path) {
  std::string cert_pem, key_pem;
  if (!ReadAll(cert_path, &cert_pem)) {
    return Status::InvalidArgument("--tls-cert " + cert_path + ": không đọc được tệp");
  }
  if (!ReadAll(key_path, &key_pem)) {
    return Status::InvalidArgument("--tls-key " + key_path + ": không đọc được tệp");
  }
  ERR_clear_error();
  std::unique_ptr<X509, X509Free> cert(
      PEM_read_bio_X509(Bio(cert_pem).get(), nullptr, nullptr, nullptr));
  if (!cert) {
    ERR_clear_error();
    return Status::InvalidArgument(
        "--tls-cert " + cert_path +
        ": không phải chứng chỉ TLS dạng PEM (cần khối «-----BEGIN CERTIFICATE-----»)");
  }
  // No passphrase callback: an encrypted key cannot be used by the server unattended.
  std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PrivateKey(
      Bio(key_pem).get(), nullptr, [](char*, int, int, void*) { return 0; }, nullptr));
  if (!key) {
    ERR_clear_error();
    return Status::InvalidArgument(
        "--tls-key " + key_path +
        ": không phải khóa riêng dạng PEM chưa mã hóa (cần khối «-----BEGIN PRIVATE KEY-----» "
        "hoặc «-----BEGIN RSA/EC PRIVATE KEY-----», không đặt mật khẩu)");
  }
  if (X509_check_private_key(cert.get(), key.get()) != 1) {
    ERR_clear_error();
    return Status::InvalidArgument("--tls-key " + key_path +
                                   ": khóa riêng không khớp với chứng chỉ --tls-cert " + cert_path);
  }
  return Status::Ok();
}

}  // namespace dienhong
