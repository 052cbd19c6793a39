#include "tools/dienhongctl/csv.h"

#include <gtest/gtest.h>

namespace dienhong::ctl {
namespace {

TEST(CsvTest, PlainRecordsWithLines) {
  CsvParse p = ParseCsv("a,b,c\n1,2,3\n");
  ASSERT_TRUE(p.errors.empty());
  ASSERT_EQ(p.records.size(), 2u);
  EXPECT_EQ(p.records[1].line, 2);
  EXPECT_EQ(p.records[1].fields, (std::vector<std::string>{"1", "2", "3"}));
}

TEST(CsvTest, QuotesDoubledQuotesAndCommas) {
  CsvParse p = ParseCsv("\"Nguyễn, Văn A\",\"nói \"\"có\"\"\",x\n");
  ASSERT_EQ(p.records.size(), 1u);
  EXPECT_EQ(p.records[0].fields, (std::vector<std::string>{"Nguyễn, Văn A", "nói \"có\"", "x"}));
}

TEST(CsvTest, LineBreakInsideQuotesKeepsLineNumbersRight) {
  CsvParse p = ParseCsv("h\r\n\"dòng\r\nhai\"\r\nsau\r\n");
  ASSERT_TRUE(p.errors.empty());
  ASSERT_EQ(p.records.size(), 3u);
  EXPECT_EQ(p.records[1].fields[0], "dòng\nhai");
  EXPECT_EQ(p.records[1].line, 2);
  EXPECT_EQ(p.records[2].line, 4);
}

TEST(CsvTest, BomCrlfBlankLinesAndNoFinalNewline) {
  CsvParse p = ParseCsv(
      "\xEF\xBB\xBF"
      "a,b\r\n\r\n1,2");
  ASSERT_TRUE(p.errors.empty());
  ASSERT_EQ(p.records.size(), 2u);
  EXPECT_EQ(p.records[0].fields[0], "a");  // no BOM glued to the first header
  EXPECT_EQ(p.records[1].line, 3);
  EXPECT_EQ(p.records[1].fields[1], "2");
}

TEST(CsvTest, UnterminatedQuoteIsAnErrorOnItsLine) {
  CsvParse p = ParseCsv("a\n\"open,\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].line, 2);
}

TEST(CsvTest, EmptyTrailingField) {
  CsvParse p = ParseCsv("a,b,\n");
  ASSERT_EQ(p.records.size(), 1u);
  EXPECT_EQ(p.records[0].fields.size(), 3u);
}

constexpr char kHeader[] = "full_name,title,delegate_group,committees,seat\n";

TEST(DelegatesCsvTest, MapsColumnsAndSplitsCommittees) {
  DelegateRows rows = ParseDelegatesCsv(
      std::string(kHeader) +
      "Nguyễn Thị Hồng,Phó Chủ tịch HĐND,Tổ đại biểu số 3,\"Ban Pháp chế; Ban Kinh tế – Ngân "
      "sách\",A-12\n"
      "  Trần Văn Bình ,,,,\n");
  ASSERT_TRUE(rows.errors.empty()) << FormatLineError(rows.errors[0]);
  ASSERT_EQ(rows.delegates.size(), 2u);
  const v1::Delegate& d = rows.delegates[0];
  EXPECT_EQ(d.full_name(), "Nguyễn Thị Hồng");
  EXPECT_EQ(d.title(), "Phó Chủ tịch HĐND");
  EXPECT_EQ(d.delegate_group(), "Tổ đại biểu số 3");
  ASSERT_EQ(d.committees_size(), 2);
  EXPECT_EQ(d.committees(0), "Ban Pháp chế");
  EXPECT_EQ(d.committees(1), "Ban Kinh tế – Ngân sách");
  EXPECT_EQ(d.seat(), "A-12");
  EXPECT_EQ(rows.delegates[1].full_name(), "Trần Văn Bình");
  EXPECT_EQ(rows.delegates[1].committees_size(), 0);
  EXPECT_EQ(rows.lines, (std::vector<int>{2, 3}));
}

TEST(DelegatesCsvTest, ColumnsInAnyOrderAndOnlyFullNameRequired) {
  DelegateRows rows = ParseDelegatesCsv("seat,full_name\nB-1,Lê Văn C\n");
  ASSERT_TRUE(rows.errors.empty());
  ASSERT_EQ(rows.delegates.size(), 1u);
  EXPECT_EQ(rows.delegates[0].seat(), "B-1");
  EXPECT_EQ(rows.delegates[0].full_name(), "Lê Văn C");
}

TEST(DelegatesCsvTest, ReportsEveryBadRowWithItsLine) {
  DelegateRows rows = ParseDelegatesCsv(std::string(kHeader) +
                                        "Nguyễn A,,,,\n"
                                        ",Đại biểu,,,\n"
                                        "Trần B,x\n"
                                        "Lê C,,,,\n");
  ASSERT_EQ(rows.errors.size(), 2u);
  EXPECT_EQ(FormatLineError(rows.errors[0]), "dòng 3: full_name: không được để trống");
  EXPECT_EQ(rows.errors[1].line, 4);
  EXPECT_EQ(rows.lines, (std::vector<int>{2, 5}));
}

TEST(DelegatesCsvTest, HeaderProblems) {
  EXPECT_FALSE(ParseDelegatesCsv("title,seat\nx,y\n").errors.empty());           // no full_name
  EXPECT_FALSE(ParseDelegatesCsv("full_name,ghe\nx,y\n").errors.empty());        // unknown
  EXPECT_FALSE(ParseDelegatesCsv("full_name,full_name\nx,y\n").errors.empty());  // twice
  EXPECT_FALSE(ParseDelegatesCsv("").errors.empty());
}

TEST(DelegatesCsvTest, RefusesNonUtf8WithTheLine) {
  // "Nguy\xC3\xAAn" is UTF-8; "\xEA" alone is Windows-1258/Latin-1 style.
  DelegateRows rows = ParseDelegatesCsv("full_name\nNguy\xC3\xAAn A\nNguy\xEAn B\n");
  ASSERT_EQ(rows.errors.size(), 1u);
  EXPECT_EQ(rows.errors[0].line, 3);
  EXPECT_TRUE(rows.delegates.empty());
}

}  // namespace
}  // namespace dienhong::ctl
