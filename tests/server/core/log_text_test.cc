// Untrusted text in the log (issue 14, item 8): one line, bounded, still readable.
#include "server/log_text.h"

#include <gtest/gtest.h>

namespace dienhong {
namespace {

TEST(LogTextTest, VietnameseTextIsKeptAsItIs) {
  EXPECT_EQ(LogText("nguyễn.thị.hạnh"), "nguyễn.thị.hạnh");
  EXPECT_EQ(LogText("Đặng Văn Đức"), "Đặng Văn Đức");
}

TEST(LogTextTest, LineBreaksAndControlsCannotForgeALine) {
  EXPECT_EQ(LogText("x\n2026-01-01 level=info login"), "x\\n2026-01-01 level=info login");
  EXPECT_EQ(LogText("a\r\tb\\"), "a\\r\\tb\\\\");
  EXPECT_EQ(LogText("\x1b[2J"), "\\x1B[2J");
  EXPECT_EQ(LogText("\x7f"), "\\x7F");
  EXPECT_EQ(LogText("\xc2\x85"), "\\x85");              // C1 "next line"
  EXPECT_EQ(LogText("a\xe2\x80\xa8z"), "a\\u{2028}z");  // line separator
  EXPECT_EQ(LogText("\xe2\x80\xae" "evil"), "\\u{202E}evil");  // right-to-left override
}

TEST(LogTextTest, BytesThatAreNotUtf8AreShownAsBytes) {
  EXPECT_EQ(LogText("a\xff" "b"), "a\\xFFb");
  EXPECT_EQ(LogText("\xc0\xaf"), "\\xC0\\xAF");   // overlong "/"
  EXPECT_EQ(LogText("\xed\xa0\x80"), "\\xED\\xA0\\x80");  // a surrogate
  EXPECT_EQ(LogText("\xe1\xbb"), "\\xE1\\xBB");   // cut short
}

TEST(LogTextTest, LongTextIsCutOnACharacterBoundaryAndSaysHowMuchWasLeftOut) {
  const std::string big(3 * 1024 * 1024, 'a');
  const std::string logged = LogText(big);
  EXPECT_LT(logged.size(), 128u);
  EXPECT_EQ(logged, std::string(96, 'a') + "…(+" + std::to_string(big.size() - 96) + " byte)");
  // "ệ" is 3 bytes: a cut inside it keeps the whole character out.
  EXPECT_EQ(LogText("abệ", 4), "ab…(+3 byte)");
}

}  // namespace
}  // namespace dienhong
