// libFuzzer target: the request validation and text cleaning of common/validation.h.
//
// Byte 0 chooses what the rest is: even, a text a person typed; odd, a serialized
// v1::AgendaItem or v1::Sitting (bit 1) as a client sends it. Checked:
//   - Trim and CleanText are idempotent: cleaning a cleaned text changes nothing;
//   - CleanText's result is within its bound in characters, and is valid UTF-8 when the
//     input was;
//   - a required text that CleanText accepts keeps something;
//   - NormalizeAgendaItem / NormalizeSitting are idempotent too, and keep their bounds;
//   - IsValidUtf8, IsValidDigest and Utf8Length never read past the text (ASan).
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/limits.h"
// Text cleaning may live in its own header (NFC, invisible characters); the calls below
// are the same either way.
#if __has_include("common/text.h")
#include "common/text.h"
#endif
#include "common/validation.h"
#include "tests/fuzz/fuzz_session.h"

namespace {

using namespace dienhong;  // NOLINT
using dienhong::fuzz::Fail;

void CheckText(const std::string& text) {
  const bool valid = IsValidUtf8(text);
  (void)IsValidDigest(text);
  if (Utf8Length(text) > text.size()) Fail("Utf8Length counts more characters than bytes");

  const std::string trimmed = Trim(text);
  if (Trim(trimmed) != trimmed) Fail("Trim is not idempotent");
  if (trimmed.size() > text.size()) Fail("Trim made the text longer");

  for (size_t limit : {size_t{0}, size_t{1}, size_t{20}, kMaxPersonNameChars}) {
    for (bool required : {false, true}) {
      auto once = CleanText(text, "field", limit, required, "nội dung");
      if (!once.ok()) continue;
      const std::string& cleaned = once.value();
      if (Utf8Length(cleaned) > limit) Fail("CleanText accepted a text over its bound");
      if (required && cleaned.empty()) Fail("CleanText accepted an empty required text");
      if (valid && !IsValidUtf8(cleaned)) Fail("CleanText made valid UTF-8 invalid");
      auto twice = CleanText(cleaned, "field", limit, required, "nội dung");
      if (!twice.ok()) Fail("CleanText refused its own output: " + twice.status().ToString());
      if (twice.value() != cleaned) Fail("CleanText is not idempotent");
    }
  }
}

void CheckAgendaItem(const std::string& bytes) {
  v1::AgendaItem item;
  if (!item.ParseFromString(bytes)) return;
  auto once = NormalizeAgendaItem(item, "item", 7);
  if (!once.ok()) return;
  if (once.value().id() != 7) Fail("NormalizeAgendaItem did not set the id");
  if (Utf8Length(once.value().title()) > kMaxItemTitleChars) Fail("item title over its bound");
  auto twice = NormalizeAgendaItem(once.value(), "item", 7);
  if (!twice.ok()) Fail("NormalizeAgendaItem refused its own output: " + twice.status().ToString());
  if (twice.value().SerializeAsString() != once.value().SerializeAsString()) {
    Fail("NormalizeAgendaItem is not idempotent");
  }
}

void CheckSitting(const std::string& bytes) {
  v1::Sitting sitting;
  if (!sitting.ParseFromString(bytes)) return;
  auto once = NormalizeSitting(sitting, "sitting", 3);
  if (!once.ok()) return;
  if (once.value().id() != 3) Fail("NormalizeSitting did not set the id");
  if (Utf8Length(once.value().title()) > kMaxSittingTitleChars)
    Fail("sitting title over its bound");
  auto twice = NormalizeSitting(once.value(), "sitting", 3);
  if (!twice.ok()) Fail("NormalizeSitting refused its own output: " + twice.status().ToString());
  if (twice.value().SerializeAsString() != once.value().SerializeAsString()) {
    Fail("NormalizeSitting is not idempotent");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  if ((data[0] & 1) == 0) {
    CheckText(rest);
  } else if ((data[0] & 2) == 0) {
    CheckAgendaItem(rest);
  } else {
    CheckSitting(rest);
  }
  return 0;
}
