#include "common/validation.h"

#include <gtest/gtest.h>

namespace dienhong {
namespace {

TEST(TextTest, TrimRemovesAsciiWhitespaceOnly) {
  EXPECT_EQ(Trim("  Nguyễn Văn A \t\r\n"), "Nguyễn Văn A");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(Trim(""), "");
}

TEST(TextTest, Utf8LengthCountsCodePoints) {
  EXPECT_EQ(Utf8Length("Hồng"), 4u);
  EXPECT_EQ(Utf8Length("Đặng"), 4u);
  EXPECT_EQ(Utf8Length(""), 0u);
}

TEST(TextTest, ValidUtf8AcceptsVietnameseAndRejectsBrokenSequences) {
  EXPECT_TRUE(IsValidUtf8("Hội đồng nhân dân"));
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  EXPECT_FALSE(IsValidUtf8("a\x80z"));            // stray continuation byte
}

}  // namespace
}  // namespace dienhong
