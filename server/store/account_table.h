// The accounts and tokens tables, behind a narrow API: the server's AccountDirectory runs
// no SQL of its own (issue 14: all SQLite access lives in server/store/).
//
// What the chain covers. An account's rights (id, name, display name, role, council,
// delegate link) come from its AccountCreated event in the registry stream (stream 0),
// which the hash chain protects; the table keeps a copy, the PIN hash, and the lock-out
// columns. The PIN hash itself is not in the chain (the log is not a place for something
// to guess against), but AccountCreated and AccountPinReset carry PinHashDigest() of it:
// SHA-256 over the stored "$argon2id$..." string, which holds a random salt, so the digest
// gives nothing to guess a PIN against. ReadAccounts() derives the accounts from the
// chain and checks the table against it; a row edited into an administrator, a row
// added or removed, or a PIN hash swapped for a known one, is reported. Events written
// before the digest existed (pin_hash_sha256 empty) cannot bind their hash: such an
// account's hash is accepted as it is until its next PIN reset (reported as a note).
//
// Tokens are stored as SHA-256 digests; a token row is not covered by the chain (see
// docs/security.md, "what is not promised").
//
// Thread-safety: functions over a connection; the write functions are side effects of an
// AppendRequest (the log writer's thread, inside its transaction).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/council.pb.h"

struct sqlite3;

namespace dienhong::store {

// SHA-256 (32 raw bytes) of a stored PIN hash string: what the chain records.
std::string PinHashDigest(std::string_view pin_hash);

// --- writes (AppendRequest side effects) ---
Status InsertAccount(sqlite3* db, const v1::Account& account, std::string_view pin_hash);
// Replaces the PIN hash, clears the lock-out columns and revokes the account's tokens.
Status ReplacePinHash(sqlite3* db, int64_t account_id, std::string_view pin_hash);
Status InsertToken(sqlite3* db, std::string_view digest, int64_t account_id,
                   int64_t expires_at_us);
Status RevokeToken(sqlite3* db, std::string_view digest);
Status RevokeTokensOf(sqlite3* db, int64_t account_id);

// --- reads ---
struct StoredAccount {
  v1::Account account;  // as the chain says
  std::string pin_hash;
};
struct AccountReport {
  std::vector<StoredAccount> accounts;  // every account of the chain, by id
  // Where the table disagrees with the chain, in words (Vietnamese), one per finding.
  // Empty when they agree.
  std::vector<std::string> problems;
  // Accounts whose PIN hash the chain does not bind yet (created before the digest).
  std::vector<int64_t> unbound_pin_hashes;
};
// Folds the registry stream's AccountCreated / AccountPinReset events and compares the
// accounts table with them. An error Status only when the file cannot be read.
Result<AccountReport> ReadAccounts(sqlite3* db);
// The same on a database file, opened read-only (dienhongctl verify).
Result<AccountReport> CheckAccountsFile(const std::string& db_path);

struct StoredToken {
  std::string digest;
  int64_t account_id = 0;
  int64_t expires_at_us = 0;
};
// Tokens neither revoked nor expired at `now_us`.
Result<std::vector<StoredToken>> ReadLiveTokens(sqlite3* db, int64_t now_us);

}  // namespace dienhong::store
