// Issue 14, item 19: what dienhongctl prints cannot drive the terminal. A delegate's name
// stored with a terminal escape (clear screen) or a right-to-left override comes out as
// visible text, whether it is printed in one piece or byte by byte.
#include "tools/dienhongctl/safe_output.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dienhong::ctl {
namespace {

std::string Printed(const std::string& text, bool byte_by_byte, std::string keep = "\n\t") {
  std::ostringstream sink;
  {
    SafeOutput guard(sink, std::move(keep));
    if (byte_by_byte) {
      for (char c : text) sink << c;
    } else {
      sink << text;
    }
  }
  return sink.str();
}

TEST(SafeOutput, EscapesControlAndBidiCharacters) {
  const std::string name = "Nguyễn \x1b]0;pwned\x07Văn\x1b[2J A\u202e\n";
  const std::string expected = "Nguyễn \\x1b]0;pwned\\x07Văn\\x1b[2J A\\u202e\n";
  EXPECT_EQ(Printed(name, false), expected);
  EXPECT_EQ(Printed(name, true), expected) << "a UTF-8 sequence split across writes";
}

TEST(SafeOutput, KeepsWhatTheToolItselfPrints) {
  EXPECT_EQ(Printed("cột 1\tcột 2\nhết", false), "cột 1\tcột 2\nhết");
  EXPECT_EQ(Printed("tiến độ\r", false, "\n\t\r"), "tiến độ\r");
  EXPECT_EQ(Printed("tiến độ\r", false), "tiến độ\\x0d");
}

}  // namespace
}  // namespace dienhong::ctl
