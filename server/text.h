// Small text helpers for validating user input (names, titles) that is UTF-8 Vietnamese.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dienhong {

// Removes ASCII whitespace at both ends.
std::string Trim(std::string_view s);

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates).
bool IsValidUtf8(std::string_view s);

// Number of code points (for length limits stated in characters, not bytes).
size_t Utf8Length(std::string_view s);

}  // namespace dienhong
