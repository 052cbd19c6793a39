#include "server/auth/token.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace dienhong::auth {
namespace {

bool IsUrlSafe(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

TEST(TokenTest, Has43UrlSafeCharacters) {
  for (int i = 0; i < 100; ++i) {
    std::string t = NewToken();
    ASSERT_EQ(t.size(), 43u) << t;
    for (char c : t) ASSERT_TRUE(IsUrlSafe(c)) << "'" << c << "' in " << t;
  }
}

TEST(TokenTest, ThousandTokensAreDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(NewToken());
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(TokenDigestTest, IsLowerHexSha256AndStable) {
  std::string t = NewToken();
  std::string d = TokenDigest(t);
  ASSERT_EQ(d.size(), 64u);
  for (char c : d) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << d;
  EXPECT_EQ(TokenDigest(t), d);
  EXPECT_NE(d, t);
  EXPECT_NE(TokenDigest(NewToken()), d);
}

TEST(TokenDigestTest, MatchesKnownVector) {
  // SHA-256("abc") from FIPS 180-2.
  EXPECT_EQ(TokenDigest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(ParseBearerTest, AcceptsWellFormedHeaders) {
  EXPECT_EQ(ParseBearer("Bearer abc-DEF_123"), "abc-DEF_123");
  EXPECT_EQ(ParseBearer("bearer tok"), "tok");
  EXPECT_EQ(ParseBearer("BEARER tok"), "tok");
  EXPECT_EQ(ParseBearer("  Bearer   tok  "), "tok");
  EXPECT_EQ(ParseBearer("Bearer\ttok"), "tok");
}

TEST(ParseBearerTest, RefusesOtherForms) {
  EXPECT_EQ(ParseBearer(""), "");
  EXPECT_EQ(ParseBearer("Bearer"), "");
  EXPECT_EQ(ParseBearer("Bearer "), "");
  EXPECT_EQ(ParseBearer("Bearertok"), "");
  EXPECT_EQ(ParseBearer("Basic dXNlcjpwYXNz"), "");
  EXPECT_EQ(ParseBearer("tok"), "");
  EXPECT_EQ(ParseBearer("Bearer two tokens"), "");
  EXPECT_EQ(ParseBearer("Beare tok"), "");
}

}  // namespace
}  // namespace dienhong::auth
