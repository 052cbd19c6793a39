// libFuzzer target: the session file of `dienhongctl session create`
// (tools/dienhongctl/agenda_file.h: ParseSessionFile), JSON or YAML by byte 0's low bit.
// Checked: no crash, no exception escaping (a YAML or JSON error must come back as a
// Status naming the path), and an accepted file is a request the server can decode
// (serialized and parsed back: protobuf refuses a string that is not UTF-8).
//
// The YAML side runs through Debian's libyaml-cpp, which is not instrumented: the fuzzer
// sees the coverage of our mapping code only, and a crash inside yaml-cpp is reported
// with that library's frames.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/fuzz_session.h"
#include "tools/dienhongctl/agenda_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto format = (data[0] & 1) ? dienhong::ctl::SessionFileFormat::kYaml
                                    : dienhong::ctl::SessionFileFormat::kJson;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto parsed = dienhong::ctl::ParseSessionFile(text, format);
  if (!parsed.ok()) return 0;
  dienhong::v1::CreateSessionRequest back;
  if (!back.ParseFromString(parsed.value().SerializeAsString())) {
    dienhong::fuzz::Fail("an accepted session file is a request the server cannot decode");
  }
  return 0;
}
