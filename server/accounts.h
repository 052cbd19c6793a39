// AccountDirectory: accounts, PIN check with lock-out, and bearer tokens.
//
// Accounts and token digests are held in memory (every RPC authenticates, so a lookup must
// not touch the disk) and persisted in the accounts/tokens tables. The PIN hash never
// leaves this class; tokens are kept only as SHA-256 digests.
//
// Thread-safety: all methods may be called from any thread. Login and the mutators block
// (Argon2, durable writes): call them from a WorkerPool. Authenticate() is fast.
#pragma once

#include <cstdint>
#include <map>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/events.pb.h"
#include "server/auth/lockout.h"
#include "server/auth/pin_hasher.h"
#include "server/registry.h"
#include "server/registry_log.h"

struct sqlite3;

namespace dienhong {

// The authenticated caller of an RPC.
struct Principal {
  v1::Account account;
  int64_t expires_at_us = 0;

  v1::Actor ToActor() const;
  // A global administrator (council_id 0) acts in every council.
  bool CanActIn(int64_t council_id) const {
    return account.council_id() == 0 || account.council_id() == council_id;
  }
};

struct AuthOptions {
  auth::HashStrength pin_strength = auth::HashStrength::kInteractive;
  auth::LockoutPolicy lockout;
  int64_t token_ttl_micros = 12LL * 3600 * 1000000;  // one long sitting day
};

struct LoginResult {
  std::string token;
  int64_t expires_at_us = 0;
  v1::Account account;
};

class AccountDirectory {
 public:
  AccountDirectory(RegistryLog& log, const Registry& registry, const Clock& clock,
                   AuthOptions options);

  Status Load(sqlite3* db);

  Result<v1::Account> CreateAccount(v1::Account account, const std::string& pin,
                                    const v1::Actor& actor);
  Result<v1::Account> ResetPin(int64_t account_id, const std::string& pin, const v1::Actor& actor);
  // Accounts of one council (0: all).
  std::vector<v1::Account> Accounts(int64_t council_id) const;
  Result<v1::Account> Account(int64_t account_id) const;

  // UNAUTHENTICATED for an unknown name or wrong PIN (the same message for both), and
  // PERMISSION_DENIED while the account is locked.
  Result<LoginResult> Login(const std::string& name, const std::string& pin);
  // UNAUTHENTICATED when the token is unknown, revoked or expired.
  Result<Principal> Authenticate(std::string_view token) const;
  Status Logout(std::string_view token);

  // True when no account exists yet (first start: the server creates the bootstrap admin).
  bool Empty() const;

 private:
  struct Credentials {
    std::string pin_hash;
    auth::LoginAttemptState attempts;
  };
  struct TokenInfo {
    int64_t account_id = 0;
    int64_t expires_at_us = 0;
  };

  Status ValidateAccount(const v1::Account& a) const;

  RegistryLog& log_;
  const Registry& registry_;
  // A hash of a random PIN at the configured strength: verified against when the account
  // name is unknown, so that a wrong name costs as long as a wrong PIN.
  std::string decoy_hash_;
  const Clock& clock_;
  AuthOptions options_;

  mutable std::shared_mutex mu_;
  std::map<int64_t, v1::Account> accounts_;               // guarded by mu_
  std::map<int64_t, Credentials> credentials_;            // guarded by mu_
  std::unordered_map<std::string, int64_t> ids_by_name_;  // guarded by mu_
  std::unordered_map<std::string, TokenInfo> tokens_;     // digest -> info; guarded by mu_
};

}  // namespace dienhong
