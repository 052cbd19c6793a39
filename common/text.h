// CleanText: the one gate every text a person types goes through (names, seats, groups,
// committees, titles, questions, reasons) before it reaches an event, the registry or an
// account.
//
// What it does, in order:
//   1. refuses bytes that are not UTF-8 (a CSV read by a client, a registry import);
//   2. normalizes to NFC, so "Nguyễn" typed with combining marks and "Nguyễn" typed
//      precomposed are the same text, count the same and compare equal;
//   3. turns every Unicode space inside (NBSP, thin space, tab, ...) into ' ', and line
//      breaks (CR LF, CR, U+2028/2029, NEL) into '\n' where the field has several lines;
//      drops invisible characters (zero-width space, BOM, soft hyphen, word joiner: the
//      "default ignorable" code points except the joiners and variation selectors that
//      emoji and some scripts need);
//   4. refuses what no field needs and a terminal or a reader can be fooled by: control
//      characters (ESC of a terminal escape sequence, C1 controls), a line break in a
//      one-line field, and bidi controls (U+202A-U+202E, U+2066-U+2069: "Trojan source"
//      reordering of what is shown);
//   5. trims white space and invisible characters at both ends; a text with nothing
//      visible left is empty: refused when the field is required;
//   6. refuses more than `limit` characters (code points after NFC, common/limits.h).
// Errors name the field and say what is allowed ("text: nội dung câu hỏi dài quá 4000 ký
// tự"), so a secretary knows what to fix. The same input always gives the same output,
// so every fold of an event sees the same text.
//
// Thread-safety: pure functions (ICU's normalizer instance is immutable and shared).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"

namespace dienhong {

enum class TextLines {
  kOne,   // names, titles, seats, reasons: a line break inside is refused
  kMany,  // questions, conclusions, answers: '\n' kept between lines
};

// The cleaned text, or InvalidArgument naming `field` and `what` (e.g. "nội dung câu hỏi").
Result<std::string> CleanText(std::string_view text, const std::string& field, size_t limit,
                              bool required, const char* what, TextLines lines = TextLines::kOne);

// The same for a text of several lines.
inline Result<std::string> CleanParagraphs(std::string_view text, const std::string& field,
                                           size_t limit, bool required, const char* what) {
  return CleanText(text, field, limit, required, what, TextLines::kMany);
}

// Number of code points in a UTF-8 string.
size_t Utf8Length(std::string_view text);

// Removes white space and invisible characters (steps 3 and 5 above, without refusing
// anything) at both ends: for values that are parsed after (dates, ids).
std::string Trim(std::string_view text);

// `text` in capitals by the Vietnamese rules of Unicode (ICU): "tỉnh Nghệ An" ->
// "TỈNH NGHỆ AN", for headings that Vietnamese documents write in capitals.
std::string UpperCase(std::string_view text);

// True when `text` is well-formed UTF-8 (no truncated or overlong sequences, no
// surrogates, nothing beyond U+10FFFF).
bool IsValidUtf8(std::string_view text);

// `text` with every control character (C0, DEL, C1; except the ASCII ones in `keep`) and
// bidi control shown as a visible escape ("\x1b", "\u202e"), for printing text from the
// server on a terminal: a name cannot clear the screen or fake a line of output. Invalid
// UTF-8 bytes are shown as "\xNN" too.
std::string EscapeForTerminal(std::string_view text, std::string_view keep = "\n");

}  // namespace dienhong
