// AccountDirectory: accounts, the PIN check behind the login throttle, bearer tokens, and
// the open live streams each token keeps alive.
//
// Accounts and token digests are held in memory (every RPC authenticates, so a look-up
// must not touch the disk) and persisted through server/store/account_table.h. The
// accounts come from the hash chain at start-up (AccountCreated events), checked against
// the table, which also holds the PIN hashes; the chain binds each hash by its digest.
// The PIN hash never leaves this class; tokens are kept only as SHA-256 digests.
//
// Login is two steps so that nothing slow runs under a lock: BeginLogin (quick: the
// throttle books the attempt, the credentials are copied) and FinishLogin (Argon2 on the
// caller's PIN pool, then the token's durable write). A PIN reset bumps the account's
// credential generation before and after its commit, and FinishLogin records a token only
// when the generation it started with is still current: once ResetPin has returned, no
// token of the old PIN is valid, in memory or after a restart.
//
// Open streams: WatchStream() registers a live stream under its token. Logout, a PIN
// reset (every token of the account) and the token's expiry (a Scheduler task) end it
// with UNAUTHENTICATED. The end callback runs without any of this class's locks held.
//
// Thread-safety: all methods may be called from any thread. CreateAccount, ResetPin,
// FinishLogin and Logout block (Argon2, durable writes): call them from a WorkerPool.
// BeginLogin, Authenticate and WatchStream are quick. Lock order: mu_, then streams_mu_.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/events.pb.h"
#include "server/auth/login_throttle.h"
#include "server/auth/pin_hasher.h"
#include "server/registry.h"
#include "server/registry_log.h"

struct sqlite3;

namespace dienhong {

class Scheduler;

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
  auth::ThrottlePolicy throttle;
  int64_t token_ttl_micros = 12LL * 3600 * 1000000;  // one long sitting day
};

struct LoginResult {
  std::string token;
  int64_t expires_at_us = 0;
  v1::Account account;
};

// A login booked by BeginLogin, to be finished (or dropped: it then counts nothing).
struct PendingLogin {
  auth::Attempt attempt;
  int64_t account_id = 0;  // 0: no account has this name (the PIN is checked against a decoy)
  std::string pin_hash;
  uint64_t generation = 0;
};

class AccountDirectory {
 public:
  // `scheduler` ends streams when their token expires; without one they end only on
  // revocation.
  AccountDirectory(RegistryLog& log, const Registry& registry, const Clock& clock,
                   AuthOptions options, Scheduler* scheduler = nullptr);
  ~AccountDirectory();

  // Reads the accounts (from the chain, checked against the table) and the live tokens.
  // FailedPrecondition, naming every disagreement, when the table does not match the
  // chain: the server must not start on rights nobody logged.
  Status Load(sqlite3* db);

  Result<v1::Account> CreateAccount(v1::Account account, const std::string& pin,
                                    const v1::Actor& actor);
  Result<v1::Account> ResetPin(int64_t account_id, const std::string& pin, const v1::Actor& actor);
  // Accounts of one council (0: all). locked_until is the latest running lock of the
  // name from any source.
  std::vector<v1::Account> Accounts(int64_t council_id) const;
  Result<v1::Account> Account(int64_t account_id) const;

  // Quick. Refusals: PERMISSION_DENIED while the name is locked from `source`,
  // RESOURCE_EXHAUSTED when the source or the name must wait (the message says how long)
  // or too many attempts are being checked. The same for a name that no account has.
  Result<PendingLogin> BeginLogin(const std::string& name, const std::string& source);
  // Slow (Argon2, a durable write). UNAUTHENTICATED for an unknown name or a wrong PIN
  // (one message for both), PERMISSION_DENIED when this failure starts a lock.
  Result<LoginResult> FinishLogin(PendingLogin pending, const std::string& pin);
  // Both steps (demo data, tests).
  Result<LoginResult> Login(const std::string& name, const std::string& pin,
                            const std::string& source = "local");

  // UNAUTHENTICATED when the token is unknown, revoked or expired.
  Result<Principal> Authenticate(std::string_view token) const;
  Status Logout(std::string_view token);

  // An open stream of a token. Destroying the watch unregisters the stream.
  class StreamWatch {
   public:
    ~StreamWatch();
    StreamWatch(const StreamWatch&) = delete;
    StreamWatch& operator=(const StreamWatch&) = delete;

   private:
    friend class AccountDirectory;
    StreamWatch(AccountDirectory* directory, uint64_t id) : directory_(directory), id_(id) {}
    AccountDirectory* directory_;
    uint64_t id_;
  };
  // Registers a stream of `token`; `end` is called at most once, with UNAUTHENTICATED,
  // when the token is revoked or expires. UNAUTHENTICATED at once when it already is.
  Result<std::unique_ptr<StreamWatch>> WatchStream(std::string_view token,
                                                   std::function<void(const Status&)> end);

  // True when no account exists yet (first start: the server creates the bootstrap admin).
  bool Empty() const;

 private:
  struct Credentials {
    std::string pin_hash;
    // Bumped by every PIN reset, before and after its commit (see the header comment).
    uint64_t generation = 0;
  };
  struct TokenInfo {
    int64_t account_id = 0;
    int64_t expires_at_us = 0;
  };
  struct OpenStream {
    uint64_t id = 0;
    std::string digest;
    int64_t account_id = 0;
    std::function<void(const Status&)> end;
  };

  Status ValidateAccount(const v1::Account& a) const;
  Status Refused(const auth::Refusal& refusal) const;
  // Removes the streams that `match` selects and returns their end callbacks.
  std::vector<std::function<void(const Status&)>> TakeStreams(
      const std::function<bool(const OpenStream&)>& match);
  void Unwatch(uint64_t id);

  RegistryLog& log_;
  const Registry& registry_;
  // A hash of a random PIN at the configured strength: verified against when the account
  // name is unknown, so that a wrong name costs as long as a wrong PIN.
  std::string decoy_hash_;
  const Clock& clock_;
  AuthOptions options_;
  Scheduler* scheduler_;
  auth::LoginThrottle throttle_;

  mutable std::shared_mutex mu_;
  std::map<int64_t, v1::Account> accounts_;               // guarded by mu_
  std::map<int64_t, Credentials> credentials_;            // guarded by mu_
  std::unordered_map<std::string, int64_t> ids_by_name_;  // guarded by mu_
  std::unordered_map<std::string, TokenInfo> tokens_;     // digest -> info; guarded by mu_

  std::mutex streams_mu_;
  std::map<uint64_t, OpenStream> streams_;  // guarded by streams_mu_
  uint64_t next_stream_id_ = 1;             // guarded by streams_mu_
};

}  // namespace dienhong
