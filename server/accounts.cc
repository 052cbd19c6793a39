#include "server/accounts.h"

#include <google/protobuf/util/time_util.h>
#include <sqlite3.h>

#include <mutex>
#include <regex>

#include "server/auth/access_policy.h"
#include "server/auth/token.h"
#include "common/validation.h"

namespace dienhong {
namespace {

using google::protobuf::util::TimeUtil;

std::string FormatLocalTime(int64_t micros) {
  // Vietnam has no daylight saving: UTC+7 all year.
  const time_t t = static_cast<time_t>(micros / 1000000 + 7 * 3600);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%H:%M ngày %d/%m/%Y", &tm);
  return buf;
}

Status SaveAttempts(sqlite3* db, int64_t id, const auth::LoginAttemptState& a) {
  return ExecBound(db, "UPDATE accounts SET failed_logins = ?, locked_until_us = ? WHERE id = ?",
                   {int64_t{a.failed_logins}, a.locked_until_us, id});
}

}  // namespace

v1::Actor Principal::ToActor() const {
  v1::Actor actor;
  actor.set_account_id(account.id());
  actor.set_role(account.role());
  actor.set_display_name(account.display_name());
  return actor;
}

AccountDirectory::AccountDirectory(RegistryLog& log, const Registry& registry, const Clock& clock,
                                   AuthOptions options)
    : log_(log), registry_(registry), clock_(clock), options_(options) {
  auto decoy = auth::HashPin(auth::NewToken(), options_.pin_strength);
  if (decoy.ok()) decoy_hash_ = std::move(decoy).value();
}

Status AccountDirectory::Load(sqlite3* db) {
  std::unique_lock lock(mu_);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT data, pin_hash, failed_logins, locked_until_us FROM accounts",
                         -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("đọc tài khoản: ") + sqlite3_errmsg(db));
  }
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    v1::Account a;
    a.ParseFromArray(sqlite3_column_blob(stmt, 0), sqlite3_column_bytes(stmt, 0));
    Credentials c;
    c.pin_hash = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
    c.attempts.failed_logins = sqlite3_column_int(stmt, 2);
    c.attempts.locked_until_us = sqlite3_column_int64(stmt, 3);
    ids_by_name_[a.name()] = a.id();
    credentials_[a.id()] = std::move(c);
    accounts_[a.id()] = std::move(a);
  }
  sqlite3_finalize(stmt);
  if (sqlite3_prepare_v2(db,
                         "SELECT digest, account_id, expires_at_us FROM tokens "
                         "WHERE revoked = 0 AND expires_at_us > ?",
                         -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("đọc phiên đăng nhập: ") + sqlite3_errmsg(db));
  }
  sqlite3_bind_int64(stmt, 1, clock_.NowMicros());
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    tokens_[reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))] =
        TokenInfo{sqlite3_column_int64(stmt, 1), sqlite3_column_int64(stmt, 2)};
  }
  sqlite3_finalize(stmt);
  return Status::Ok();
}

Status AccountDirectory::ValidateAccount(const v1::Account& a) const {
  static const std::regex kName("[a-z0-9._-]{3,64}");
  if (!std::regex_match(a.name(), kName)) {
    return Status::InvalidArgument(
        "name: tên đăng nhập gồm 3–64 ký tự chữ thường không dấu, chữ số, '.', '_' hoặc '-'");
  }
  if (ids_by_name_.count(a.name())) {
    return Status::AlreadyExists("name " + a.name() + ": tên đăng nhập đã được dùng");
  }
  if (a.display_name().empty()) {
    return Status::InvalidArgument("display_name: tên hiển thị không được để trống");
  }
  if (!v1::Role_IsValid(a.role()) || a.role() == v1::ROLE_UNSPECIFIED) {
    return Status::InvalidArgument("role: chọn vai trò của tài khoản");
  }
  if (a.council_id() == 0) {
    if (a.role() != v1::ROLE_ADMINISTRATOR) {
      return Status::InvalidArgument("council_id: chỉ quản trị viên chung mới không gắn hội đồng");
    }
  } else if (auto council = registry_.Council(a.council_id()); !council.ok()) {
    return council.status();
  }
  if (a.role() == v1::ROLE_DELEGATE) {
    auto delegate = registry_.Delegate(a.delegate_id());
    if (!delegate.ok()) {
      return Status::InvalidArgument("delegate_id: tài khoản đại biểu phải gắn với một đại biểu");
    }
    if (delegate->council_id() != a.council_id()) {
      return Status::InvalidArgument("delegate_id " + std::to_string(a.delegate_id()) +
                                     ": đại biểu không thuộc hội đồng của tài khoản");
    }
    for (const auto& [id, other] : accounts_) {
      if (other.role() == v1::ROLE_DELEGATE && other.delegate_id() == a.delegate_id()) {
        return Status::AlreadyExists("delegate_id " + std::to_string(a.delegate_id()) +
                                     ": đại biểu đã có tài khoản " + other.name());
      }
    }
  } else if (a.delegate_id() != 0) {
    return Status::InvalidArgument("delegate_id: chỉ tài khoản đại biểu mới gắn với đại biểu");
  }
  return Status::Ok();
}

Result<v1::Account> AccountDirectory::CreateAccount(v1::Account a, const std::string& pin,
                                                    const v1::Actor& actor) {
  a.set_name(Trim(a.name()));
  a.set_display_name(Trim(a.display_name()));
  a.clear_locked_until();
  DH_RETURN_IF_ERROR(auth::ValidatePin(pin));
  // Hash before taking any lock: Argon2 is slow on purpose.
  DH_ASSIGN_OR_RETURN(std::string pin_hash, auth::HashPin(pin, options_.pin_strength));
  Status s = log_.Commit(
      [&]() -> Result<RegistryLog::Change> {
        std::shared_lock lock(mu_);
        DH_RETURN_IF_ERROR(ValidateAccount(a));
        a.set_id(accounts_.empty() ? 1 : accounts_.rbegin()->first + 1);
        RegistryLog::Change change;
        v1::Event e;
        *e.mutable_actor() = actor;
        *e.mutable_account_created()->mutable_account() = a;
        change.events.push_back(std::move(e));
        change.side_effects = [a, pin_hash](sqlite3* db) {
          return ExecBound(db,
                           "INSERT INTO accounts(id, name, council_id, role, data, pin_hash) "
                           "VALUES(?,?,?,?,?,?)",
                           {a.id(), a.name(), a.council_id(), int64_t{a.role()},
                            Blob{a.SerializeAsString()}, pin_hash});
        };
        return change;
      },
      [&] {
        std::unique_lock lock(mu_);
        accounts_[a.id()] = a;
        credentials_[a.id()] = Credentials{pin_hash, {}};
        ids_by_name_[a.name()] = a.id();
      });
  if (!s.ok()) return s;
  return a;
}

Result<v1::Account> AccountDirectory::ResetPin(int64_t account_id, const std::string& pin,
                                               const v1::Actor& actor) {
  DH_RETURN_IF_ERROR(auth::ValidatePin(pin));
  DH_ASSIGN_OR_RETURN(v1::Account account, Account(account_id));
  DH_ASSIGN_OR_RETURN(std::string pin_hash, auth::HashPin(pin, options_.pin_strength));
  Status s = log_.Commit(
      [&]() -> Result<RegistryLog::Change> {
        RegistryLog::Change change;
        v1::Event e;
        *e.mutable_actor() = actor;
        e.mutable_account_pin_reset()->set_account_id(account_id);
        change.events.push_back(std::move(e));
        change.side_effects = [account_id, pin_hash](sqlite3* db) {
          DH_RETURN_IF_ERROR(ExecBound(db,
                                       "UPDATE accounts SET pin_hash = ?, failed_logins = 0, "
                                       "locked_until_us = 0 WHERE id = ?",
                                       {pin_hash, account_id}));
          return ExecBound(db, "UPDATE tokens SET revoked = 1 WHERE account_id = ?", {account_id});
        };
        return change;
      },
      [&] {
        std::unique_lock lock(mu_);
        credentials_[account_id] = Credentials{pin_hash, {}};
        std::erase_if(tokens_, [&](const auto& kv) { return kv.second.account_id == account_id; });
      });
  if (!s.ok()) return s;
  account.clear_locked_until();
  return account;
}

std::vector<v1::Account> AccountDirectory::Accounts(int64_t council_id) const {
  std::shared_lock lock(mu_);
  std::vector<v1::Account> out;
  const int64_t now = clock_.NowMicros();
  for (const auto& [id, a] : accounts_) {
    if (council_id != 0 && a.council_id() != council_id) continue;
    v1::Account copy = a;
    const auto& attempts = credentials_.at(id).attempts;
    if (auth::IsLocked(attempts, now)) {
      *copy.mutable_locked_until() = TimeUtil::MicrosecondsToTimestamp(attempts.locked_until_us);
    }
    out.push_back(std::move(copy));
  }
  return out;
}

Result<v1::Account> AccountDirectory::Account(int64_t account_id) const {
  std::shared_lock lock(mu_);
  auto it = accounts_.find(account_id);
  if (it == accounts_.end()) {
    return Status::NotFound("account_id " + std::to_string(account_id) +
                            ": không có tài khoản này");
  }
  return it->second;
}

bool AccountDirectory::Empty() const {
  std::shared_lock lock(mu_);
  return accounts_.empty();
}

Result<LoginResult> AccountDirectory::Login(const std::string& name, const std::string& pin) {
  static const Status kWrong =
      Status::Unauthenticated("Sai tên đăng nhập hoặc mã PIN. Kiểm tra lại và thử lần nữa.");
  const int64_t now = clock_.NowMicros();
  v1::Account account;
  Credentials credentials;
  {
    std::shared_lock lock(mu_);
    auto id = ids_by_name_.find(Trim(name));
    if (id == ids_by_name_.end()) {
      // Spend the time of a real check so that account names cannot be probed by timing.
      (void)auth::VerifyPin(decoy_hash_, pin);
      return kWrong;
    }
    account = accounts_.at(id->second);
    credentials = credentials_.at(id->second);
  }
  if (auth::IsLocked(credentials.attempts, now)) {
    return Status::PermissionDenied("Tài khoản tạm khóa do nhập sai mã PIN nhiều lần, đến " +
                                    FormatLocalTime(credentials.attempts.locked_until_us) +
                                    ". Liên hệ quản trị viên để mở khóa sớm hơn.");
  }
  if (!auth::VerifyPin(credentials.pin_hash, pin)) {
    auth::LoginAttemptState after = auth::AfterFailure(credentials.attempts, now, options_.lockout);
    {
      std::unique_lock lock(mu_);
      credentials_[account.id()].attempts = after;
    }
    DH_RETURN_IF_ERROR(log_.CommitUnordered(
        [id = account.id(), after](sqlite3* db) { return SaveAttempts(db, id, after); }));
    if (auth::IsLocked(after, now)) {
      return Status::PermissionDenied(
          "Nhập sai mã PIN quá " + std::to_string(options_.lockout.max_failures) +
          " lần: tài khoản tạm khóa đến " + FormatLocalTime(after.locked_until_us) + ".");
    }
    return kWrong;
  }
  LoginResult result;
  result.token = auth::NewToken();
  result.expires_at_us = now + options_.token_ttl_micros;
  result.account = account;
  const std::string digest = auth::TokenDigest(result.token);
  DH_RETURN_IF_ERROR(log_.CommitUnordered(
      [id = account.id(), digest, expires = result.expires_at_us](sqlite3* db) {
        DH_RETURN_IF_ERROR(SaveAttempts(db, id, auth::AfterSuccess()));
        return ExecBound(db, "INSERT INTO tokens(digest, account_id, expires_at_us) VALUES(?,?,?)",
                         {digest, id, expires});
      }));
  {
    std::unique_lock lock(mu_);
    credentials_[account.id()].attempts = auth::AfterSuccess();
    tokens_[digest] = TokenInfo{account.id(), result.expires_at_us};
  }
  return result;
}

Result<Principal> AccountDirectory::Authenticate(std::string_view token) const {
  if (token.empty()) {
    return Status::Unauthenticated("Chưa đăng nhập: gửi mã phiên (authorization: Bearer ...)");
  }
  const std::string digest = auth::TokenDigest(token);
  std::shared_lock lock(mu_);
  auto it = tokens_.find(digest);
  if (it == tokens_.end()) {
    return Status::Unauthenticated(
        "Phiên đăng nhập không hợp lệ hoặc đã đăng xuất; đăng nhập lại.");
  }
  if (it->second.expires_at_us <= clock_.NowMicros()) {
    return Status::Unauthenticated("Phiên đăng nhập đã hết hạn; đăng nhập lại.");
  }
  Principal p;
  p.account = accounts_.at(it->second.account_id);
  p.expires_at_us = it->second.expires_at_us;
  return p;
}

Status AccountDirectory::Logout(std::string_view token) {
  const std::string digest = auth::TokenDigest(token);
  {
    std::unique_lock lock(mu_);
    tokens_.erase(digest);
  }
  return log_.CommitUnordered([digest](sqlite3* db) {
    return ExecBound(db, "UPDATE tokens SET revoked = 1 WHERE digest = ?", {digest});
  });
}

}  // namespace dienhong
