#include "server/auth/token.h"

#include <sodium.h>

#include "server/auth/sodium_once.h"

namespace dienhong::auth {
namespace {

constexpr size_t kTokenBytes = 32;  // 256 bits: guessing is hopeless

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string NewToken() {
  EnsureSodium();
  unsigned char raw[kTokenBytes];
  randombytes_buf(raw, sizeof raw);
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  char encoded[sodium_base64_ENCODED_LEN(kTokenBytes, kVariant)];
  sodium_bin2base64(encoded, sizeof encoded, raw, sizeof raw, kVariant);
  sodium_memzero(raw, sizeof raw);
  return std::string(encoded);
}

std::string TokenDigest(std::string_view token) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);  // lower-case
  return std::string(hex);
}

std::string_view ParseBearer(std::string_view header_value) {
  // RFC 6750 / RFC 9110: the scheme is case-insensitive and separated from the
  // credentials by whitespace. Proxies and hand-written clients vary, so be lenient in
  // spacing but strict in form: exactly one token with no inner whitespace.
  constexpr std::string_view kScheme = "bearer";
  std::string_view v = Trim(header_value);
  if (v.size() <= kScheme.size() || !IsSpace(v[kScheme.size()])) return {};
  for (size_t i = 0; i < kScheme.size(); ++i) {
    if (AsciiLower(v[i]) != kScheme[i]) return {};
  }
  std::string_view token = Trim(v.substr(kScheme.size()));
  for (char c : token) {
    if (IsSpace(c)) return {};
  }
  return token;
}

}  // namespace dienhong::auth
