#include "common/text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "common/calendar.h"

namespace dienhong {
namespace {

TEST(TextTest, TrimRemovesUnicodeSpaceAndInvisibleCharacters) {
  EXPECT_EQ(Trim("  Nguyễn Văn A \t\r\n"), "Nguyễn Văn A");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(Trim(""), "");
  // NBSP, zero-width space, BOM, ideographic space, RTL mark at the ends.
  EXPECT_EQ(Trim("\u00a0\u200b\ufeffHà Nội\u3000\u200f"), "Hà Nội");
}

// Unwraps a successful CleanText, or fails the test with its message.
std::string Clean(std::string_view text, size_t limit = 100, TextLines lines = TextLines::kOne) {
  auto r = CleanText(text, "name", limit, true, "họ tên", lines);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::string();
}

std::string Refusal(std::string_view text, size_t limit = 100, TextLines lines = TextLines::kOne) {
  auto r = CleanText(text, "name", limit, true, "họ tên", lines);
  EXPECT_FALSE(r.ok()) << "accepted: " << (r.ok() ? *r : "");
  if (r.ok()) return "";
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  return r.status().message();
}

TEST(TextTest, CleanTextNormalizesToNfcSoEqualNamesCompareEqual) {
  const std::string precomposed = "Nguy\u1ec5n";        // ễ as one code point
  const std::string decomposed = "Nguye\u0302\u0303n";  // e + circumflex + tilde
  EXPECT_NE(precomposed, decomposed);
  EXPECT_EQ(Clean(decomposed), precomposed);
  EXPECT_EQ(Clean(precomposed), precomposed);
  // Counted after NFC: 6 characters, not 8 code points as typed.
  EXPECT_EQ(Utf8Length(Clean(decomposed)), 6u);
  EXPECT_TRUE(CleanText(decomposed, "name", 6, true, "họ tên").ok());
}

TEST(TextTest, CleanTextTrimsAndDropsInvisibleCharacters) {
  EXPECT_EQ(Clean("\u00a0 Trần\u00a0Văn\tB \u200b\ufeff"), "Trần Văn B");
  // A zero-width space or soft hyphen inside would make two equal-looking names differ.
  EXPECT_EQ(Clean("Tr\u200bần Văn\u00ad B"), "Trần Văn B");
  // Joiners and variation selectors shape emoji: kept.
  EXPECT_EQ(Clean("Gia đình \U0001F468\u200D\U0001F469"), "Gia đình \U0001F468\u200D\U0001F469");
}

TEST(TextTest, CleanTextRefusesWhatHasNothingVisible) {
  EXPECT_EQ(Refusal(" \u00a0\u200b\ufeff\u2060\u3000 "), "name: phải ghi rõ họ tên");
  EXPECT_EQ(Refusal(""), "name: phải ghi rõ họ tên");
  auto optional = CleanText("\u200b \u00a0", "topic", 10, false, "chủ đề");
  ASSERT_TRUE(optional.ok());
  EXPECT_EQ(*optional, "");
}

TEST(TextTest, CleanTextRefusesControlAndBidiCharacters) {
  // A terminal escape (clear screen), a C1 CSI, DEL, NUL.
  EXPECT_EQ(Refusal("A\x1b[2JB"),
            "name: họ tên chứa ký tự điều khiển (U+001B); chỉ được dùng chữ, số, dấu câu và "
            "khoảng trắng");
  EXPECT_NE(Refusal("A\u009b2JB").find("U+009B"), std::string::npos);
  EXPECT_NE(Refusal("A\x7f").find("U+007F"), std::string::npos);
  EXPECT_NE(Refusal(std::string("A\0B", 3)).find("U+0000"), std::string::npos);
  // Right-to-left override ("Trojan source").
  EXPECT_NE(Refusal("abc\u202edcba").find("hướng chữ (U+202E)"), std::string::npos);
  EXPECT_NE(Refusal("abc\u2066x\u2069").find("U+2066"), std::string::npos);
}

TEST(TextTest, CleanTextKeepsLineBreaksOnlyWhereAFieldHasSeveralLines) {
  EXPECT_EQ(Refusal("dòng một\ndòng hai"),
            "name: họ tên phải viết trên một dòng (không xuống dòng)");
  EXPECT_EQ(Clean("\r\n dòng một\r\ndòng hai\rba\u2028bốn \n", 100, TextLines::kMany),
            "dòng một\ndòng hai\nba\nbốn");
  // A line break at an end is white space: trimmed even in a one-line field.
  EXPECT_EQ(Clean("Lê Thị C\r\n"), "Lê Thị C");
}

TEST(TextTest, CleanTextCountsCharactersNotBytes) {
  const std::string emoji = "\U0001F600";  // 4 bytes, 1 character
  std::string ten;
  for (int i = 0; i < 10; ++i) ten += emoji;
  EXPECT_EQ(Clean(ten, 10), ten);
  EXPECT_EQ(Refusal(ten + emoji, 10), "name: họ tên dài quá 10 ký tự (đang có 11)");
}

TEST(TextTest, CleanTextRefusesInvalidUtf8) {
  EXPECT_NE(Refusal("a\xC3").find("UTF-8"), std::string::npos);
}

TEST(TextTest, EscapeForTerminalShowsControlsAsText) {
  EXPECT_EQ(EscapeForTerminal("A\x1b[2JB"), "A\\x1b[2JB");
  EXPECT_EQ(EscapeForTerminal("a\u202eb"), "a\\u202eb");
  EXPECT_EQ(EscapeForTerminal("hai\ndòng"), "hai\ndòng");
  EXPECT_EQ(EscapeForTerminal("hai\ndòng", ""), "hai\\x0adòng");
  EXPECT_EQ(EscapeForTerminal("a\tb\rc", "\n\t"), "a\tb\\x0dc");
  EXPECT_EQ(EscapeForTerminal("x\xC3"), "x\\xc3");
  EXPECT_EQ(EscapeForTerminal("Nguyễn \U0001F600"), "Nguyễn \U0001F600");
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

TEST(TextTest, UpperCaseKeepsVietnameseMarks) {
  EXPECT_EQ(UpperCase("tỉnh Nghệ An"), "TỈNH NGHỆ AN");
  EXPECT_EQ(UpperCase("phường Điện Biên"), "PHƯỜNG ĐIỆN BIÊN");
  EXPECT_EQ(UpperCase("xã Ỷ La"), "XÃ Ỷ LA");
  EXPECT_EQ(UpperCase(""), "");
}

TEST(CalendarTest, VietnameseDatesAreDayMonthYear) {
  const std::optional<int64_t> day = ParseIsoDate("2027-03-03");
  ASSERT_TRUE(day.has_value());
  EXPECT_EQ(FormatVietnameseDate(*day), "03/03/2027");
  EXPECT_EQ(VietnameseDateFromIso("2026-12-31"), "31/12/2026");
  EXPECT_EQ(VietnameseDateFromIso(""), "");
  EXPECT_EQ(VietnameseDateFromIso("sau kỳ họp"), "sau kỳ họp") << "not a date: unchanged";
  EXPECT_EQ(VietnameseDateFromIso("2026-02-30"), "2026-02-30") << "not a real day: unchanged";
}

}  // namespace
}  // namespace dienhong
