// The log's idempotency key of a command: "<account id>:<request id> <command digest>".
//
// The account scopes the client's request id (two accounts cannot collide or replay each
// other's replies); the digest ties the id to the command it was first sent with, so that
// CastVote(poll 3, K) after CastVote(poll 2, K) is refused instead of answered with the
// first vote's reply (issue 14, item 13). The digest is part of the key column, which
// the hash chain covers: no schema change, and a key stored before digests existed
// ("<account>:<request id>" alone) still replays whatever the command.
//
// A request id is 1-128 printable ASCII characters without space, so ' ' cannot occur
// in it and "<account>:<request id> " is a prefix no other request id shares.
//
// Thread-safety: pure functions.
#pragma once

#include <google/protobuf/message.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace dienhong {

inline constexpr size_t kMaxRequestIdChars = 128;

// The key for `command` (the request as the client sent it, before the server fills in
// anything: a retry must match even if the registry changed meanwhile), or
// InvalidArgument naming request_id. Empty when `request_id` is empty (not idempotent).
Result<std::string> MakeIdempotencyKey(int64_t account_id, const std::string& request_id,
                                       int64_t session_id,
                                       const google::protobuf::Message& command);

struct IdempotencyKeyParts {
  std::string_view scope;   // "<account>:<request id>"
  std::string_view digest;  // empty for a key stored before digests
};
IdempotencyKeyParts SplitIdempotencyKey(std::string_view key);

// The request id of a key (for messages), without the account.
std::string_view RequestIdOf(std::string_view key);

}  // namespace dienhong
