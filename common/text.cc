#include "common/text.h"

#include <unicode/bytestream.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <vector>

namespace dienhong {
namespace {

// Decodes well-formed UTF-8 (checked before) into code points.
std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : 3;
    char32_t cp = n == 0 ? c : n == 1 ? (c & 0x1F) : n == 2 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k <= n && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += n + 1;
  }
  return out;
}

void Encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string CodePoint(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

bool IsLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B ||
         c == 0x0C;
}

bool IsSpace(char32_t c) { return u_hasBinaryProperty(c, UCHAR_WHITE_SPACE); }

// Joiners and variation selectors shape emoji and some scripts; every other default
// ignorable code point (ZWSP, BOM, soft hyphen, word joiner, ...) only hides things.
bool KeepsShape(char32_t c) {
  return c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

bool IsInvisible(char32_t c) {
  return u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) != 0;
}

bool IsControl(char32_t c) { return u_charType(c) == U_CONTROL_CHAR; }

bool IsBidiControl(char32_t c) { return u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL) != 0; }

// What trimming removes at the ends.
bool IsBlank(char32_t c) { return IsSpace(c) || IsInvisible(c); }

std::string Nfc(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(text);  // ICU data missing: keep the text as typed
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                     nullptr, err);
  if (U_FAILURE(err)) return std::string(text);
  return out;
}

}  // namespace

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    // Continuation bytes are 10xxxxxx; every other byte starts a code point.
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    char32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c >> 5) == 0x6) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c >> 4) == 0xE) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c >> 3) == 0x1E) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;  // truncated sequence
    for (size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

std::string Trim(std::string_view text) {
  if (!IsValidUtf8(text)) return std::string(text);
  const std::u32string cps = Decode(text);
  size_t begin = 0;
  size_t end = cps.size();
  while (begin < end && IsBlank(cps[begin])) ++begin;
  while (end > begin && IsBlank(cps[end - 1])) --end;
  std::string out;
  for (size_t i = begin; i < end; ++i) Encode(cps[i], out);
  return out;
}

Result<std::string> CleanText(std::string_view text, const std::string& field, size_t limit,
                              bool required, const char* what, TextLines lines) {
  if (!IsValidUtf8(text)) {
    return Status::InvalidArgument(field + ": " + what +
                                   " không phải văn bản UTF-8 hợp lệ (hãy gõ lại hoặc lưu tệp "
                                   "ở dạng UTF-8)");
  }
  const std::u32string in = Decode(Nfc(text));
  std::u32string mapped;
  mapped.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    if (IsLineBreak(c)) {
      if (c == '\r' && i + 1 < in.size() && in[i + 1] == '\n') continue;  // CR LF: one break
      mapped.push_back('\n');  // checked after trimming: a break at either end is fine
      continue;
    }
    if (IsSpace(c)) {
      mapped.push_back(' ');
      continue;
    }
    if (IsBidiControl(c)) {
      return Status::InvalidArgument(field + ": " + what + " chứa ký tự điều khiển hướng chữ (" +
                                     CodePoint(c) +
                                     "), có thể làm văn bản hiển thị khác với nội dung thật; "
                                     "hãy gõ lại không dùng ký tự này");
    }
    if (IsControl(c)) {
      return Status::InvalidArgument(field + ": " + what + " chứa ký tự điều khiển (" +
                                     CodePoint(c) +
                                     "); chỉ được dùng chữ, số, dấu câu và khoảng trắng");
    }
    if (IsInvisible(c) && !KeepsShape(c)) continue;
    mapped.push_back(c);
  }
  size_t begin = 0;
  size_t end = mapped.size();
  while (begin < end && IsBlank(mapped[begin])) ++begin;
  while (end > begin && IsBlank(mapped[end - 1])) --end;
  bool visible = false;
  for (size_t i = begin; i < end && !visible; ++i) visible = !IsBlank(mapped[i]);
  std::string out;
  if (visible) {
    for (size_t i = begin; i < end; ++i) {
      if (mapped[i] == '\n' && lines == TextLines::kOne) {
        return Status::InvalidArgument(field + ": " + what +
                                       " phải viết trên một dòng (không xuống dòng)");
      }
      Encode(mapped[i], out);
    }
  }
  if (required && out.empty()) {
    return Status::InvalidArgument(field + ": phải ghi rõ " + what);
  }
  const size_t chars = visible ? end - begin : 0;
  if (chars > limit) {
    return Status::InvalidArgument(field + ": " + what + " dài quá " + std::to_string(limit) +
                                   " ký tự (đang có " + std::to_string(chars) + ")");
  }
  return out;
}

std::string EscapeForTerminal(std::string_view text, std::string_view keep) {
  std::string out;
  out.reserve(text.size());
  char buf[16];
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size() || !IsValidUtf8(text.substr(i, n))) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    const char32_t cp = Decode(text.substr(i, n))[0];
    const bool kept = cp < 0x80 && keep.find(static_cast<char>(cp)) != std::string_view::npos;
    if (kept || (!IsControl(cp) && !IsBidiControl(cp))) {
      out.append(text.substr(i, n));
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    }
    i += n;
  }
  return out;
}

std::string UpperCase(std::string_view text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  icu::UnicodeString(u).toUpper(icu::Locale("vi")).toUTF8String(out);
  return out;
}

}  // namespace dienhong
