#include "server/log_text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace dienhong {
namespace {

// Length of the UTF-8 sequence starting at s[i] and its code point, or 0 when the bytes
// there are not well-formed UTF-8 (overlong forms and surrogates included).
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<uint8_t>(s[i + k]); };
  const uint8_t c = b(0);
  size_t n = 0;
  char32_t v = 0;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    v = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (b(k) & 0x3F);
  }
  if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
      (v >= 0xD800 && v <= 0xDFFF)) {
    return 0;
  }
  *cp = v;
  return n;
}

bool Unsafe(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||  // C0, DEL, C1
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||  // bidi
         cp == 0x2028 || cp == 0x2029 || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

}  // namespace

std::string LogText(std::string_view s, size_t max_bytes) {
  std::string out;
  out.reserve(std::min(s.size(), max_bytes) + 8);
  size_t i = 0;
  char buf[16];
  while (i < s.size()) {
    char32_t cp = 0;
    size_t n = DecodeUtf8(s, i, &cp);
    if (i + std::max<size_t>(n, 1) > max_bytes) break;
    if (n == 0) {
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<uint8_t>(s[i]));
      out += buf;
      i += 1;
      continue;
    }
    if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (Unsafe(cp)) {
      if (cp < 0x100) {
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
      } else {
        std::snprintf(buf, sizeof buf, "\\u{%04X}", static_cast<unsigned>(cp));
      }
      out += buf;
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  if (i < s.size()) out += "…(+" + std::to_string(s.size() - i) + " byte)";
  return out;
}

}  // namespace dienhong
