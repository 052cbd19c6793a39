// LogText: the one way untrusted text (login names, client peers, anything a request
// carries, error messages that quote it) reaches the server's log. A log line must stay
// one line that says what the server saw: a name with a newline must not forge a second
// line, a terminal escape must not rewrite the operator's screen, and a 3 MB name must
// not write 3 MB per request.
//
// What it does: control characters (C0, DEL, C1), backslash, and the Unicode bidi and
// line/paragraph separators are written as \n, \t, \\ or \xNN / \u{NNNN}; bytes that are
// not UTF-8 are written as \xNN; the result is cut at `max_bytes` of input (on a
// character boundary) with "…(+N byte)" saying how much was left out.
//
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dienhong {

inline constexpr size_t kLogTextMaxBytes = 96;

std::string LogText(std::string_view untrusted, size_t max_bytes = kLogTextMaxBytes);

}  // namespace dienhong
