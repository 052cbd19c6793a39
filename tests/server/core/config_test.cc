#include "server/config.h"

#include <gtest/gtest.h>

namespace dienhong {
namespace {

TEST(ConfigTest, LoopbackAddressesAreRecognised) {
  EXPECT_TRUE(IsLoopback("127.0.0.1:50051"));
  EXPECT_TRUE(IsLoopback("127.3.4.5:0"));
  EXPECT_TRUE(IsLoopback("localhost:50051"));
  EXPECT_TRUE(IsLoopback("[::1]:50051"));
  EXPECT_FALSE(IsLoopback("0.0.0.0:50051"));
  EXPECT_FALSE(IsLoopback("[::]:50051"));
  EXPECT_FALSE(IsLoopback("192.168.1.10:50051"));
}

TEST(ConfigTest, PlainTextOnANonLoopbackAddressIsRefusedUnlessAllowed) {
  ServerConfig c;
  c.listen = "0.0.0.0:50051";
  Status s = ValidateConfig(c);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("--tls-cert"), std::string::npos);
  c.allow_insecure_remote = true;
  EXPECT_TRUE(ValidateConfig(c).ok());
}

TEST(ConfigTest, TlsNeedsBothFilesAndTheyMustExist) {
  ServerConfig c;
  c.tls_cert = "/nonexistent/cert.pem";
  EXPECT_EQ(ValidateConfig(c).code(), StatusCode::kInvalidArgument);
  c.tls_key = "/nonexistent/key.pem";
  Status s = ValidateConfig(c);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("/nonexistent/cert.pem"), std::string::npos);
}

TEST(ConfigTest, FlagsAreParsedAndBadValuesRefused) {
  const char* ok_args[] = {"dienhong-server", "--listen",       "127.0.0.1:0", "--database",
                           "/tmp/x.db",       "--pin-strength", "minimum",     "--demo"};
  int exit_code = -1;
  auto c = ParseServerConfig(8, const_cast<char**>(ok_args), &exit_code);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->listen, "127.0.0.1:0");
  EXPECT_EQ(c->database, "/tmp/x.db");
  EXPECT_EQ(c->pin_strength, auth::HashStrength::kMinimum);
  EXPECT_TRUE(c->demo);

  const char* bad_args[] = {"dienhong-server", "--log-level", "loud"};
  auto bad = ParseServerConfig(3, const_cast<char**>(bad_args), &exit_code);
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(exit_code, 0);
}

}  // namespace
}  // namespace dienhong
