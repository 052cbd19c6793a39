#include "tools/dienhongctl/agenda_file.h"

#include <gtest/gtest.h>

#include "tools/dienhongctl/time_text.h"

namespace dienhong::ctl {
namespace {

constexpr char kYaml[] = R"(
title: Kỳ họp thứ 12
kind: regular
place: Hội trường UBND tỉnh
sittings:
  - title: Phiên khai mạc
    planned_start: "2026-12-08T08:00:00+07:00"
  - {title: Phiên chất vấn, planned_start: 2026-12-09 14:00}
agenda:
  - kind: opening
    title: Khai mạc kỳ họp
    planned_minutes: 15
  - kind: draft_resolution
    title: Dự thảo nghị quyết về dự toán ngân sách 2027
    planned_minutes: "45"
    presenter: Giám đốc Sở Tài chính
    documents:
      - title: Tờ trình số 12
        uri: docs/to-trinh-12.pdf
        digest: "sha256:00ff"
)";

TEST(SessionFileTest, ParsesYaml) {
  auto r = ParseSessionFile(kYaml, SessionFileFormat::kYaml);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const v1::CreateSessionRequest& req = *r;
  EXPECT_EQ(req.title(), "Kỳ họp thứ 12");
  EXPECT_EQ(req.kind(), v1::SESSION_KIND_REGULAR);
  EXPECT_EQ(req.place(), "Hội trường UBND tỉnh");
  ASSERT_EQ(req.sittings_size(), 2);
  EXPECT_EQ(FormatTime(req.sittings(0).planned_start()), "2026-12-08 08:00:00");
  // No offset given: Việt Nam time.
  EXPECT_EQ(FormatTime(req.sittings(1).planned_start()), "2026-12-09 14:00:00");
  ASSERT_EQ(req.agenda_size(), 2);
  EXPECT_EQ(req.agenda(0).kind(), v1::AGENDA_ITEM_KIND_OPENING);
  EXPECT_EQ(req.agenda(1).planned_minutes(), 45);
  EXPECT_EQ(req.agenda(1).presenter(), "Giám đốc Sở Tài chính");
  ASSERT_EQ(req.agenda(1).documents_size(), 1);
  EXPECT_EQ(req.agenda(1).documents(0).uri(), "docs/to-trinh-12.pdf");
  EXPECT_EQ(req.agenda(1).documents(0).digest(), "sha256:00ff");
  EXPECT_EQ(req.council_id(), 0);
  EXPECT_TRUE(req.request_id().empty());
}

TEST(SessionFileTest, ParsesJson) {
  auto r = ParseSessionFile(R"({"title": "Phiên giải trình về rác thải",
      "kind": "explanation_hearing",
      "sittings": [{"title": "Phiên 1", "planned_start": "2026-03-02T01:00:00Z"}],
      "agenda": [{"kind": "discussion", "title": "Thảo luận", "planned_minutes": 60}]})",
                            SessionFileFormat::kJson);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->kind(), v1::SESSION_KIND_EXPLANATION_HEARING);
  EXPECT_EQ(FormatTime(r->sittings(0).planned_start()), "2026-03-02 08:00:00");
  EXPECT_EQ(r->agenda(0).planned_minutes(), 60);
}

void ExpectError(const char* text, SessionFileFormat f, const std::string& starts_with) {
  auto r = ParseSessionFile(text, f);
  ASSERT_FALSE(r.ok()) << text;
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message().rfind(starts_with, 0), 0u) << r.status().message();
}

TEST(SessionFileTest, ErrorsNameThePath) {
  constexpr auto Y = SessionFileFormat::kYaml;
  ExpectError("kind: regular\n", Y, "title:");
  ExpectError("title: X\nkind: weekly\n", Y, "kind:");
  ExpectError(
      "title: X\nkind: regular\nagenda:\n  - {kind: report, title: A}\n"
      "  - {kind: speech, title: B}\n",
      Y, "agenda[1].kind:");
  ExpectError("title: X\nkind: regular\nagenda:\n  - {kind: report, title: A, planed_minutes: 3}\n",
              Y, "agenda[0].planed_minutes:");
  ExpectError("title: X\nkind: regular\nsittings:\n  - {title: A, planned_start: tomorrow}\n", Y,
              "sittings[0].planned_start:");
  ExpectError(
      "title: X\nkind: regular\nagenda:\n  - {kind: report, title: A, planned_minutes: -5}\n", Y,
      "agenda[0].planned_minutes:");
  ExpectError("title: X\nkind: regular\nagenda: 5\n", Y, "agenda:");
  ExpectError("title: [unclosed\n", Y, "YAML không hợp lệ");
  ExpectError("{\"title\": ", SessionFileFormat::kJson, "JSON không hợp lệ");
  ExpectError("[1, 2]", SessionFileFormat::kJson, "tệp phải là");
}

// Found by session_file_fuzz: yaml-cpp does not check UTF-8, so a file saved in a legacy
// code page (Windows-1258, TCVN3) became a request that protobuf cannot send and the
// server cannot decode. It is refused before parsing, naming what to do.
TEST(SessionFileTest, RefusesBytesThatAreNotUtf8) {
  ExpectError("title: K\xF4 h\xE6p\nkind: regular\n", SessionFileFormat::kYaml,
              "tệp không phải UTF-8");
  ExpectError("{\"title\": \"K\xF4\", \"kind\": \"regular\"}", SessionFileFormat::kJson,
              "tệp không phải UTF-8");
}

TEST(SessionFileTest, FormatFromExtension) {
  EXPECT_EQ(*SessionFileFormatFromPath("ky-hop.yaml"), SessionFileFormat::kYaml);
  EXPECT_EQ(*SessionFileFormatFromPath("ky-hop.yml"), SessionFileFormat::kYaml);
  EXPECT_EQ(*SessionFileFormatFromPath("/tmp/x.json"), SessionFileFormat::kJson);
  EXPECT_FALSE(SessionFileFormatFromPath("ky-hop.txt").ok());
}

TEST(TimeTextTest, ParsesOffsetsAndRejectsNonsense) {
  auto utc = ParseIsoTime("2026-11-22T08:40:03Z");
  ASSERT_TRUE(utc);
  EXPECT_EQ(FormatTime(*utc), "2026-11-22 15:40:03");
  EXPECT_EQ(FormatTime(*utc, 0), "2026-11-22 08:40:03");
  EXPECT_EQ(ParseIsoTime("2026-11-22T15:40:03+07:00")->seconds(), utc->seconds());
  EXPECT_EQ(ParseIsoTime("2026-11-22 15:40:03.250")->seconds(), utc->seconds());
  EXPECT_EQ(ParseIsoTime("2026-11-22T03:40:03-0500")->seconds(), utc->seconds());
  EXPECT_EQ(ParseIsoTime("1970-01-01T00:00:00Z")->seconds(), 0);
  EXPECT_EQ(ParseIsoTime("2028-02-29T07:00")->seconds() % 86400, 0);  // leap day, local 07:00
  EXPECT_FALSE(ParseIsoTime("2027-02-29T08:00"));
  EXPECT_FALSE(ParseIsoTime("2026-13-01T08:00"));
  EXPECT_FALSE(ParseIsoTime("2026-11-22"));
  EXPECT_FALSE(ParseIsoTime("2026-11-22T25:00"));
  EXPECT_FALSE(ParseIsoTime("2026-11-22T08:00 extra"));
}

}  // namespace
}  // namespace dienhong::ctl
