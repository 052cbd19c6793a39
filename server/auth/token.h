// Bearer tokens: 32 random bytes (libsodium randombytes), sent base64url-encoded. Only a
// SHA-256 digest of a token is ever stored or kept in memory, so a copy of the database
// does not let anyone act as a logged-in user.
//
// Thread-safety: stateless; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace dienhong::auth {

// A fresh random token (43 characters, base64url without padding).
std::string NewToken();

// Lower-case hex SHA-256 of the token.
std::string TokenDigest(std::string_view token);

// Extracts the token from an "authorization" metadata value "Bearer <token>"; empty when
// the value has another form.
std::string_view ParseBearer(std::string_view header_value);

}  // namespace dienhong::auth
