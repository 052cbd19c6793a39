// PIN/password hashing with libsodium's crypto_pwhash (Argon2id, memory-hard).
//
// The strength is a parameter so that tests (which create hundreds of accounts) can use
// libsodium's minimum limits while the server uses INTERACTIVE or stronger.
//
// Thread-safety: stateless; safe from any thread. sodium_init() is called once inside.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace dienhong::auth {

enum class HashStrength { kMinimum, kInteractive, kModerate };

// Checks the PIN policy (6 to 128 bytes) and returns an encoded "$argon2id$..." string.
Result<std::string> HashPin(std::string_view pin, HashStrength strength);

// Constant-time check of a PIN against an encoded hash. False on any malformed hash.
bool VerifyPin(std::string_view encoded_hash, std::string_view pin);

// InvalidArgument naming field "pin" when the PIN breaks the policy, else Ok. Lengths
// are in bytes (a UTF-8 Vietnamese pass phrase counts its encoded bytes).
Status ValidatePin(std::string_view pin);

}  // namespace dienhong::auth
