#include "server/auth/pin_hasher.h"

#include <sodium.h>

#include <cstring>

#include "server/auth/sodium_once.h"

namespace dienhong::auth {
namespace {

constexpr size_t kMinPinBytes = 6;
constexpr size_t kMaxPinBytes = 128;

struct Limits {
  unsigned long long ops;
  size_t mem;
};

Limits LimitsFor(HashStrength strength) {
  switch (strength) {
    case HashStrength::kMinimum:
      return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    case HashStrength::kInteractive:
      return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case HashStrength::kModerate:
      return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
  }
  // Unknown values fall back to the server default rather than the weakest setting.
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

}  // namespace

Status ValidatePin(std::string_view pin) {
  // Bytes, not characters: the limit protects the KDF input size, and a 6-byte minimum
  // is still met by any 6-digit PIN. A Vietnamese pass phrase counts its UTF-8 bytes.
  if (pin.size() < kMinPinBytes || pin.size() > kMaxPinBytes) {
    return Status::InvalidArgument("pin: mã PIN phải có từ 6 đến 128 ký tự");
  }
  return Status::Ok();
}

Result<std::string> HashPin(std::string_view pin, HashStrength strength) {
  DH_RETURN_IF_ERROR(ValidatePin(pin));
  EnsureSodium();
  const Limits limits = LimitsFor(strength);
  char out[crypto_pwhash_STRBYTES];
  // crypto_pwhash_str uses the default algorithm (Argon2id) and a fresh random salt,
  // and encodes algorithm, limits and salt in the string, so verification needs nothing
  // else and the limits can be raised later without invalidating stored hashes.
  if (crypto_pwhash_str(out, pin.data(), pin.size(), limits.ops, limits.mem) != 0) {
    // Only fails when the memory cannot be allocated.
    return Status::Unavailable("không đủ bộ nhớ để băm mã PIN; hãy thử lại sau");
  }
  return std::string(out);
}

bool VerifyPin(std::string_view encoded_hash, std::string_view pin) {
  EnsureSodium();
  // libsodium reads a NUL-terminated string of at most crypto_pwhash_STRBYTES - 1
  // characters; anything longer, or with an embedded NUL, cannot be one of ours.
  if (encoded_hash.empty() || encoded_hash.size() >= crypto_pwhash_STRBYTES ||
      encoded_hash.find('\0') != std::string_view::npos) {
    return false;
  }
  char buf[crypto_pwhash_STRBYTES] = {};
  std::memcpy(buf, encoded_hash.data(), encoded_hash.size());
  // Returns -1 both for a wrong PIN and for a malformed string.
  return crypto_pwhash_str_verify(buf, pin.data(), pin.size()) == 0;
}

}  // namespace dienhong::auth
