// Issue 14, item 17: a bad TLS certificate or key was reported as "Không lắng nghe được
// … (địa chỉ sai hoặc cổng đang bận)". The real server binary is started with a file
// that is not a certificate, a key that is not a key, and a key of another certificate;
// each time it refuses to start with a message naming the option and what is wrong.
#include <gtest/gtest.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <fstream>
#include <string>

#include "tests/integration/fixture.h"
#include "tests/integration/server_process.h"

namespace dienhong::it {
namespace {

struct Pem {
  std::string cert;
  std::string key;
};

std::string BioText(BIO* bio) {
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio, &data);
  std::string out(data, static_cast<size_t>(n));
  BIO_free(bio);
  return out;
}

// A self-signed P-256 certificate for localhost and its key.
Pem SelfSigned() {
  EVP_PKEY* key = EVP_EC_gen("P-256");
  X509* x = X509_new();
  X509_set_version(x, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
  X509_gmtime_adj(X509_getm_notBefore(x), 0);
  X509_gmtime_adj(X509_getm_notAfter(x), 3600);
  X509_set_pubkey(x, key);
  X509_NAME* name = X509_get_subject_name(x);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
  X509_set_issuer_name(x, name);
  X509_sign(x, key, EVP_sha256());
  Pem pem;
  BIO* cert = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(cert, x);
  pem.cert = BioText(cert);
  BIO* k = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr);
  pem.key = BioText(k);
  X509_free(x);
  EVP_PKEY_free(key);
  return pem;
}

class TlsConfigTest : public ::testing::Test {
 protected:
  // Starts the server with this pair; returns its stderr (it must not start).
  std::string Refusal(const std::string& cert, const std::string& key) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("dienhong-tls-" + std::to_string(::getpid()) + "-" + std::to_string(n_++));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "cert.pem") << cert;
    std::ofstream(dir / "key.pem") << key;
    ServerProcess server(kAdminPin, {"--tls-cert", (dir / "cert.pem").string(), "--tls-key",
                                     (dir / "key.pem").string()});
    EXPECT_FALSE(server.Start()) << "the server started with a bad TLS pair";
    std::string err = server.StderrText();
    std::filesystem::remove_all(dir);
    EXPECT_EQ(err.find("cổng đang bận"), std::string::npos) << err;
    return err;
  }
  int n_ = 0;
};

TEST_F(TlsConfigTest, ABadCertificateOrKeyIsReportedAsSuch) {
  const Pem good = SelfSigned();
  const Pem other = SelfSigned();
  std::string err = Refusal("không phải chứng chỉ", good.key);
  EXPECT_NE(err.find("--tls-cert"), std::string::npos) << err;
  EXPECT_NE(err.find("không phải chứng chỉ TLS dạng PEM"), std::string::npos) << err;

  err = Refusal(good.cert, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
  EXPECT_NE(err.find("--tls-key"), std::string::npos) << err;
  EXPECT_NE(err.find("không phải khóa riêng"), std::string::npos) << err;

  err = Refusal(good.cert, other.key);
  EXPECT_NE(err.find("khóa riêng không khớp với chứng chỉ"), std::string::npos) << err;

  // The good pair starts (TLS on loopback).
  const auto dir =
      std::filesystem::temp_directory_path() / ("dienhong-tls-good-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cert.pem") << good.cert;
  std::ofstream(dir / "key.pem") << good.key;
  {
    ServerProcess server(kAdminPin, {"--tls-cert", (dir / "cert.pem").string(), "--tls-key",
                                     (dir / "key.pem").string()});
    EXPECT_TRUE(server.Start()) << server.StderrText();
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dienhong::it
