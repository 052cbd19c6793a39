#include "server/accounts.h"

#include <google/protobuf/util/time_util.h>
#include <spdlog/spdlog.h>

#include <regex>

#include "common/validation.h"
#include "server/auth/token.h"
#include "server/scheduler.h"
#include "server/store/account_table.h"

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

std::string ExpiryKey(uint64_t stream_id) { return "stream-expiry:" + std::to_string(stream_id); }

const Status& WrongNameOrPin() {
  static const Status kWrong =
      Status::Unauthenticated("Sai tên đăng nhập hoặc mã PIN. Kiểm tra lại và thử lần nữa.");
  return kWrong;
}

constexpr char kAskAdmin[] =
    ". Hãy đăng nhập từ máy khác của hội trường, hoặc nhờ quản trị viên đặt lại mã PIN.";

}  // namespace

v1::Actor Principal::ToActor() const {
  v1::Actor actor;
  actor.set_account_id(account.id());
  actor.set_role(account.role());
  actor.set_display_name(account.display_name());
  return actor;
}

AccountDirectory::AccountDirectory(RegistryLog& log, const Registry& registry, const Clock& clock,
                                   AuthOptions options, Scheduler* scheduler)
    : log_(log),
      registry_(registry),
      clock_(clock),
      options_(options),
      scheduler_(scheduler),
      throttle_(options.throttle) {
  auto decoy = auth::HashPin(auth::NewToken(), options_.pin_strength);
  if (decoy.ok()) decoy_hash_ = std::move(decoy).value();
}

AccountDirectory::~AccountDirectory() = default;

Status AccountDirectory::Load(sqlite3* db) {
  DH_ASSIGN_OR_RETURN(store::AccountReport report, store::ReadAccounts(db));
  if (!report.problems.empty()) {
    std::string list;
    for (size_t i = 0; i < report.problems.size() && i < 5; ++i) {
      list += (i ? "; " : "") + report.problems[i];
    }
    if (report.problems.size() > 5) {
      list += "; và " + std::to_string(report.problems.size() - 5) + " chỗ khác";
    }
    return Status::FailedPrecondition(
        "Bảng tài khoản không khớp với sổ sự kiện: " + list +
        ". Máy chủ không chạy với quyền không được ghi vào sổ; chạy 'dienhongctl verify' và "
        "khôi phục tệp CSDL từ bản sao lưu.");
  }
  if (!report.unbound_pin_hashes.empty()) {
    spdlog::warn(
        "accounts without a PIN-hash digest in the chain: {} (created before the digest "
        "existed; bound at their next ResetPin)",
        report.unbound_pin_hashes.size());
  }
  DH_ASSIGN_OR_RETURN(auto tokens, store::ReadLiveTokens(db, clock_.NowMicros()));
  std::unique_lock lock(mu_);
  for (auto& stored : report.accounts) {
    const int64_t id = stored.account.id();
    ids_by_name_[stored.account.name()] = id;
    credentials_[id] = Credentials{std::move(stored.pin_hash), 0};
    accounts_[id] = std::move(stored.account);
  }
  for (auto& t : tokens) {
    if (accounts_.count(t.account_id)) {
      tokens_[t.digest] = TokenInfo{t.account_id, t.expires_at_us};
    }
  }
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
        // The chain binds the stored hash by its digest (store/account_table.h).
        e.mutable_account_created()->set_pin_hash_sha256(store::PinHashDigest(pin_hash));
        change.events.push_back(std::move(e));
        change.side_effects = [a, pin_hash](sqlite3* db) {
          return store::InsertAccount(db, a, pin_hash);
        };
        return change;
      },
      [&] {
        std::unique_lock lock(mu_);
        accounts_[a.id()] = a;
        credentials_[a.id()] = Credentials{pin_hash, 0};
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
  // First bump: a login that checks the old PIN from now on cannot record its token.
  {
    std::unique_lock lock(mu_);
    ++credentials_[account_id].generation;
  }
  Status s = log_.Commit(
      [&]() -> Result<RegistryLog::Change> {
        RegistryLog::Change change;
        v1::Event e;
        *e.mutable_actor() = actor;
        e.mutable_account_pin_reset()->set_account_id(account_id);
        e.mutable_account_pin_reset()->set_pin_hash_sha256(store::PinHashDigest(pin_hash));
        change.events.push_back(std::move(e));
        change.side_effects = [account_id, pin_hash](sqlite3* db) {
          return store::ReplacePinHash(db, account_id, pin_hash);  // and revokes the tokens
        };
        return change;
      },
      [&] {
        // Second bump, with the tokens: a login that had checked the old PIN before the
        // first bump and recorded its token since is erased here.
        std::unique_lock lock(mu_);
        Credentials& c = credentials_[account_id];
        c.pin_hash = pin_hash;
        ++c.generation;
        std::erase_if(tokens_, [&](const auto& kv) { return kv.second.account_id == account_id; });
      });
  if (!s.ok()) return s;
  // Such a login wrote its token row before its check, so possibly after the revoke in
  // the commit above: revoke again, so that a restart does not bring it back.
  DH_RETURN_IF_ERROR(log_.CommitUnordered(
      [account_id](sqlite3* db) { return store::RevokeTokensOf(db, account_id); }));
  throttle_.Forgive(account.name());
  for (auto& end : TakeStreams([&](const OpenStream& s) { return s.account_id == account_id; })) {
    end(Status::Unauthenticated(
        "Mã PIN của tài khoản vừa được đặt lại; đăng nhập lại bằng mã PIN mới."));
  }
  account.clear_locked_until();
  return account;
}

std::vector<v1::Account> AccountDirectory::Accounts(int64_t council_id) const {
  std::vector<v1::Account> out;
  {
    std::shared_lock lock(mu_);
    for (const auto& [id, a] : accounts_) {
      if (council_id != 0 && a.council_id() != council_id) continue;
      out.push_back(a);
    }
  }
  const int64_t now = clock_.NowMicros();
  for (v1::Account& a : out) {
    if (auto until = throttle_.LockedUntil(a.name(), now)) {
      *a.mutable_locked_until() = TimeUtil::MicrosecondsToTimestamp(*until);
    }
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

Status AccountDirectory::Refused(const auth::Refusal& refusal) const {
  switch (refusal.kind) {
    case auth::Refusal::Kind::kLocked:
      return Status::PermissionDenied(
          "Đăng nhập tên này từ máy này đang tạm khóa đến " + FormatLocalTime(refusal.until_us) +
          " vì nhập sai mã PIN nhiều lần" + kAskAdmin);
    case auth::Refusal::Kind::kSlowDown: {
      const int64_t wait = refusal.until_us - clock_.NowMicros();
      const int64_t seconds = std::max<int64_t>(1, (wait + 999999) / 1000000);
      return Status::ResourceExhausted(
          "Có quá nhiều lần đăng nhập sai từ máy này hoặc vào tên đăng nhập này; thử lại sau " +
          std::to_string(seconds) + " giây.");
    }
    case auth::Refusal::Kind::kBusy:
      break;
  }
  return Status::ResourceExhausted(
      "Các lần đăng nhập trước từ máy này đang được kiểm tra; thử lại sau ít giây.");
}

Result<PendingLogin> AccountDirectory::BeginLogin(const std::string& name,
                                                  const std::string& source) {
  const std::string trimmed = Trim(name);
  // Names are booked whether or not an account has them: the answers must not tell.
  auto booking = throttle_.Reserve(trimmed, source, clock_.NowMicros());
  if (!booking.attempt) return Refused(booking.refusal);
  PendingLogin pending;
  pending.attempt = std::move(*booking.attempt);
  std::shared_lock lock(mu_);
  if (auto id = ids_by_name_.find(trimmed); id != ids_by_name_.end()) {
    const Credentials& c = credentials_.at(id->second);
    pending.account_id = id->second;
    pending.pin_hash = c.pin_hash;
    pending.generation = c.generation;
  } else {
    // Checked against a decoy, so that a wrong name costs as long as a wrong PIN.
    pending.pin_hash = decoy_hash_;
  }
  return pending;
}

Result<LoginResult> AccountDirectory::FinishLogin(PendingLogin pending, const std::string& pin) {
  // The slow part, under no lock.
  const bool right = auth::VerifyPin(pending.pin_hash, pin) && pending.account_id != 0;
  const int64_t now = clock_.NowMicros();
  if (!right) {
    if (auto locked = pending.attempt.Failed(now)) {
      return Status::PermissionDenied(
          "Nhập sai mã PIN " + std::to_string(throttle_.policy().max_failures) +
          " lần: đăng nhập tên này từ máy này tạm khóa đến " + FormatLocalTime(*locked) +
          kAskAdmin);
    }
    return WrongNameOrPin();
  }
  LoginResult result;
  result.token = auth::NewToken();
  result.expires_at_us = now + options_.token_ttl_micros;
  const std::string digest = auth::TokenDigest(result.token);
  const int64_t id = pending.account_id;
  // The row first, then the check: see ResetPin for why this order is safe.
  DH_RETURN_IF_ERROR(log_.CommitUnordered([id, digest, expires = result.expires_at_us](sqlite3* db) {
    return store::InsertToken(db, digest, id, expires);
  }));
  bool current = false;
  {
    std::unique_lock lock(mu_);
    auto c = credentials_.find(id);
    current = c != credentials_.end() && c->second.generation == pending.generation;
    if (current) {
      tokens_[digest] = TokenInfo{id, result.expires_at_us};
      result.account = accounts_.at(id);
    }
  }
  if (!current) {
    (void)log_.CommitUnordered([digest](sqlite3* db) { return store::RevokeToken(db, digest); });
    return Status::Unauthenticated(
        "Mã PIN của tài khoản vừa được đặt lại trong lúc đăng nhập; đăng nhập bằng mã PIN mới.");
  }
  pending.attempt.Succeeded(now);
  return result;
}

Result<LoginResult> AccountDirectory::Login(const std::string& name, const std::string& pin,
                                            const std::string& source) {
  DH_ASSIGN_OR_RETURN(PendingLogin pending, BeginLogin(name, source));
  return FinishLogin(std::move(pending), pin);
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
  for (auto& end : TakeStreams([&](const OpenStream& s) { return s.digest == digest; })) {
    end(Status::Unauthenticated("Đã đăng xuất; đăng nhập lại để tiếp tục theo dõi."));
  }
  return log_.CommitUnordered([digest](sqlite3* db) { return store::RevokeToken(db, digest); });
}

Result<std::unique_ptr<AccountDirectory::StreamWatch>> AccountDirectory::WatchStream(
    std::string_view token, std::function<void(const Status&)> end) {
  const std::string digest = auth::TokenDigest(token);
  uint64_t id = 0;
  int64_t expires_at_us = 0;
  {
    // Checked and registered under the directory's lock: a logout either comes before
    // (refused here) or after (it finds the stream).
    std::shared_lock lock(mu_);
    auto it = tokens_.find(digest);
    if (it == tokens_.end()) {
      return Status::Unauthenticated(
          "Phiên đăng nhập không hợp lệ hoặc đã đăng xuất; đăng nhập lại.");
    }
    if (it->second.expires_at_us <= clock_.NowMicros()) {
      return Status::Unauthenticated("Phiên đăng nhập đã hết hạn; đăng nhập lại.");
    }
    expires_at_us = it->second.expires_at_us;
    std::lock_guard streams(streams_mu_);
    id = next_stream_id_++;
    streams_[id] = OpenStream{id, digest, it->second.account_id, std::move(end)};
  }
  if (scheduler_ != nullptr) {
    scheduler_->Schedule(ExpiryKey(id), expires_at_us, [this, id] {
      for (auto& e : TakeStreams([id](const OpenStream& s) { return s.id == id; })) {
        e(Status::Unauthenticated("Phiên đăng nhập đã hết hạn; đăng nhập lại."));
      }
    });
  }
  return std::unique_ptr<StreamWatch>(new StreamWatch(this, id));
}

AccountDirectory::StreamWatch::~StreamWatch() { directory_->Unwatch(id_); }

void AccountDirectory::Unwatch(uint64_t id) {
  {
    std::lock_guard lock(streams_mu_);
    streams_.erase(id);
  }
  if (scheduler_ != nullptr) scheduler_->Cancel(ExpiryKey(id));
}

std::vector<std::function<void(const Status&)>> AccountDirectory::TakeStreams(
    const std::function<bool(const OpenStream&)>& match) {
  std::vector<std::function<void(const Status&)>> ends;
  std::vector<uint64_t> ids;
  {
    std::lock_guard lock(streams_mu_);
    for (auto it = streams_.begin(); it != streams_.end();) {
      if (match(it->second)) {
        ends.push_back(std::move(it->second.end));
        ids.push_back(it->first);
        it = streams_.erase(it);
      } else {
        ++it;
      }
    }
  }
  if (scheduler_ != nullptr) {
    for (uint64_t id : ids) scheduler_->Cancel(ExpiryKey(id));
  }
  return ends;
}

}  // namespace dienhong
