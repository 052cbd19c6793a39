#include "server/auth/pin_hasher.h"

#include <gtest/gtest.h>

#include <string>

namespace dienhong::auth {
namespace {

// Tests use the minimum limits: the properties checked do not depend on the cost.
constexpr HashStrength kFast = HashStrength::kMinimum;

TEST(PinHasherTest, HashThenVerifyRoundTrips) {
  auto hash = HashPin("246810", kFast);
  ASSERT_TRUE(hash.ok()) << hash.status().ToString();
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_TRUE(VerifyPin(*hash, "246810"));
}

TEST(PinHasherTest, WrongPinIsRefused) {
  auto hash = HashPin("246810", kFast);
  ASSERT_TRUE(hash.ok());
  EXPECT_FALSE(VerifyPin(*hash, "246811"));
  EXPECT_FALSE(VerifyPin(*hash, "24681"));
  EXPECT_FALSE(VerifyPin(*hash, ""));
}

TEST(PinHasherTest, SamePinHashesDifferently) {
  auto a = HashPin("135790", kFast);
  auto b = HashPin("135790", kFast);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_NE(*a, *b) << "each hash must carry its own random salt";
  EXPECT_TRUE(VerifyPin(*a, "135790"));
  EXPECT_TRUE(VerifyPin(*b, "135790"));
}

TEST(PinHasherTest, MalformedHashIsFalseNotCrash) {
  EXPECT_FALSE(VerifyPin("", "246810"));
  EXPECT_FALSE(VerifyPin("not a hash", "246810"));
  EXPECT_FALSE(VerifyPin("$argon2id$v=19$m=8,t=1,p=1$", "246810"));
  EXPECT_FALSE(VerifyPin(std::string(1000, '$'), "246810"));
  auto hash = HashPin("246810", kFast);
  ASSERT_TRUE(hash.ok());
  // Truncated, and with an embedded NUL.
  EXPECT_FALSE(VerifyPin(hash->substr(0, hash->size() - 5), "246810"));
  std::string with_nul = *hash;
  with_nul[with_nul.size() / 2] = '\0';
  EXPECT_FALSE(VerifyPin(with_nul, "246810"));
}

TEST(PinHasherTest, StrongerSettingsAlsoVerify) {
  auto hash = HashPin("246810", HashStrength::kInteractive);
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(VerifyPin(*hash, "246810"));
  EXPECT_FALSE(VerifyPin(*hash, "246812"));
}

TEST(PinPolicyTest, LengthEdges) {
  EXPECT_FALSE(ValidatePin("").ok());
  EXPECT_FALSE(ValidatePin(std::string(5, '1')).ok());
  EXPECT_TRUE(ValidatePin(std::string(6, '1')).ok());
  EXPECT_TRUE(ValidatePin(std::string(128, 'a')).ok());
  EXPECT_FALSE(ValidatePin(std::string(129, 'a')).ok());
}

TEST(PinPolicyTest, ErrorNamesTheFieldInVietnamese) {
  Status s = ValidatePin("12345");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "pin: mã PIN phải có từ 6 đến 128 ký tự");
}

TEST(PinPolicyTest, HashRefusesPolicyBreaches) {
  auto short_pin = HashPin("12345", kFast);
  ASSERT_FALSE(short_pin.ok());
  EXPECT_EQ(short_pin.status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(HashPin(std::string(129, 'x'), kFast).ok());
}

TEST(PinPolicyTest, VietnamesePassPhraseWorks) {
  const std::string phrase = "Đồng lòng xây dựng quê hương";  // multi-byte UTF-8
  ASSERT_TRUE(ValidatePin(phrase).ok());
  auto hash = HashPin(phrase, kFast);
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(VerifyPin(*hash, phrase));
  // Same letters without diacritics are a different secret.
  EXPECT_FALSE(VerifyPin(*hash, "Dong long xay dung que huong"));
}

}  // namespace
}  // namespace dienhong::auth
