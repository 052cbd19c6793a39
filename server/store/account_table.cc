#include "server/store/account_table.h"

#include <google/protobuf/util/message_differencer.h>
#include <sodium.h>

#include <map>

#include "dienhong/v1/events.pb.h"
#include "server/store/schema.h"
#include "server/store/sqlite_util.h"

namespace dienhong::store {
namespace {

using internal::DbHandle;
using internal::SqliteError;
using internal::Stmt;

Status Run(sqlite3* db, Stmt& stmt, std::string_view what) {
  const int rc = stmt.Step();
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return SqliteError(db, rc, what);
  return Status::Ok();
}

std::string Id(int64_t id) { return std::to_string(id); }

}  // namespace

std::string PinHashDigest(std::string_view pin_hash) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(pin_hash.data()),
                     pin_hash.size());
  return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
}

Status InsertAccount(sqlite3* db, const v1::Account& a, std::string_view pin_hash) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "INSERT INTO accounts(id, name, council_id, role, "
                                               "data, pin_hash) VALUES(?,?,?,?,?,?)"));
  const std::string data = a.SerializeAsString();
  stmt.BindInt64(1, a.id());
  stmt.BindText(2, a.name());
  stmt.BindInt64(3, a.council_id());
  stmt.BindInt64(4, a.role());
  stmt.BindBlob(5, data);
  stmt.BindText(6, pin_hash);
  return Run(db, stmt, "ghi tài khoản");
}

Status ReplacePinHash(sqlite3* db, int64_t account_id, std::string_view pin_hash) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                               "UPDATE accounts SET pin_hash = ?, failed_logins "
                                               "= 0, locked_until_us = 0 WHERE id = ?"));
  stmt.BindText(1, pin_hash);
  stmt.BindInt64(2, account_id);
  DH_RETURN_IF_ERROR(Run(db, stmt, "đặt lại mã PIN"));
  return RevokeTokensOf(db, account_id);
}

Status InsertToken(sqlite3* db, std::string_view digest, int64_t account_id,
                   int64_t expires_at_us) {
  DH_ASSIGN_OR_RETURN(
      Stmt stmt,
      Stmt::Prepare(db, "INSERT INTO tokens(digest, account_id, expires_at_us) VALUES(?,?,?)"));
  stmt.BindText(1, digest);
  stmt.BindInt64(2, account_id);
  stmt.BindInt64(3, expires_at_us);
  return Run(db, stmt, "ghi phiên đăng nhập");
}

Status RevokeToken(sqlite3* db, std::string_view digest) {
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db, "UPDATE tokens SET revoked = 1 WHERE digest = ?"));
  stmt.BindText(1, digest);
  return Run(db, stmt, "thu hồi phiên đăng nhập");
}

Status RevokeTokensOf(sqlite3* db, int64_t account_id) {
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db, "UPDATE tokens SET revoked = 1 WHERE account_id = ?"));
  stmt.BindInt64(1, account_id);
  return Run(db, stmt, "thu hồi phiên đăng nhập");
}

Result<AccountReport> ReadAccounts(sqlite3* db) {
  // What the chain says: accounts and the digest of their current PIN hash.
  struct Expected {
    v1::Account account;
    std::string pin_digest;  // empty: not bound (an event from before the digest)
  };
  std::map<int64_t, Expected> chain;
  AccountReport report;
  {
    DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db,
                                                 "SELECT log_index, payload FROM events WHERE "
                                                 "stream_id = 0 AND kind IN ('account_created', "
                                                 "'account_pin_reset') ORDER BY log_index"));
    int rc;
    while ((rc = stmt.Step()) == SQLITE_ROW) {
      v1::Event e;
      const std::string_view payload = stmt.ColumnBytes(1);
      if (!e.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
        report.problems.push_back("sự kiện #" + Id(stmt.ColumnInt64(0)) +
                                  ": không đọc được nội dung");
        continue;
      }
      if (e.has_account_created()) {
        const v1::Account& a = e.account_created().account();
        chain[a.id()] = Expected{a, e.account_created().pin_hash_sha256()};
      } else if (e.has_account_pin_reset()) {
        auto it = chain.find(e.account_pin_reset().account_id());
        if (it == chain.end()) {
          report.problems.push_back("sự kiện #" + Id(stmt.ColumnInt64(0)) +
                                    ": đặt lại PIN cho tài khoản chưa được tạo");
          continue;
        }
        it->second.pin_digest = e.account_pin_reset().pin_hash_sha256();
      }
    }
    if (rc != SQLITE_DONE) return SqliteError(db, rc, "đọc sổ đăng ký tài khoản");
  }
  // What the table says, checked against it.
  std::map<int64_t, std::string> hashes;
  {
    DH_ASSIGN_OR_RETURN(
        Stmt stmt, Stmt::Prepare(db, "SELECT id, name, council_id, role, data, pin_hash FROM "
                                     "accounts ORDER BY id"));
    int rc;
    while ((rc = stmt.Step()) == SQLITE_ROW) {
      const int64_t id = stmt.ColumnInt64(0);
      const std::string where = "tài khoản " + Id(id);
      auto it = chain.find(id);
      if (it == chain.end()) {
        report.problems.push_back(where + ": có trong bảng accounts nhưng không có trong sổ sự "
                                          "kiện (hàng bị thêm vào)");
        continue;
      }
      const v1::Account& want = it->second.account;
      v1::Account row;
      const std::string_view data = stmt.ColumnBytes(4);
      if (!row.ParseFromArray(data.data(), static_cast<int>(data.size())) ||
          !google::protobuf::util::MessageDifferencer::Equals(row, want) ||
          stmt.ColumnBytes(1) != want.name() || stmt.ColumnInt64(2) != want.council_id() ||
          stmt.ColumnInt64(3) != want.role()) {
        report.problems.push_back(where + " (" + want.name() +
                                  "): tên, vai trò, hội đồng hoặc đại biểu trong bảng accounts "
                                  "khác với sổ sự kiện");
      }
      const std::string pin_hash(stmt.ColumnBytes(5));
      if (it->second.pin_digest.empty()) {
        report.unbound_pin_hashes.push_back(id);
      } else if (PinHashDigest(pin_hash) != it->second.pin_digest) {
        report.problems.push_back(where + " (" + want.name() +
                                  "): mã băm PIN trong bảng accounts không phải mã băm đã ghi "
                                  "trong sổ sự kiện");
      }
      hashes[id] = pin_hash;
    }
    if (rc != SQLITE_DONE) return SqliteError(db, rc, "đọc bảng accounts");
  }
  for (auto& [id, expected] : chain) {
    auto hash = hashes.find(id);
    if (hash == hashes.end()) {
      report.problems.push_back("tài khoản " + Id(id) + " (" + expected.account.name() +
                                "): có trong sổ sự kiện nhưng thiếu trong bảng accounts");
      continue;
    }
    report.accounts.push_back(StoredAccount{std::move(expected.account), hash->second});
  }
  return report;
}

Result<AccountReport> CheckAccountsFile(const std::string& db_path) {
  DH_ASSIGN_OR_RETURN(sqlite3 * raw, OpenDatabase(db_path, /*read_only=*/true));
  DbHandle db(raw);
  return ReadAccounts(db.get());
}

Result<std::vector<StoredToken>> ReadLiveTokens(sqlite3* db, int64_t now_us) {
  DH_ASSIGN_OR_RETURN(Stmt stmt,
                      Stmt::Prepare(db,
                                    "SELECT digest, account_id, expires_at_us FROM tokens "
                                    "WHERE revoked = 0 AND expires_at_us > ?"));
  stmt.BindInt64(1, now_us);
  std::vector<StoredToken> out;
  int rc;
  while ((rc = stmt.Step()) == SQLITE_ROW) {
    out.push_back(StoredToken{std::string(stmt.ColumnBytes(0)), stmt.ColumnInt64(1),
                              stmt.ColumnInt64(2)});
  }
  if (rc != SQLITE_DONE) return SqliteError(db, rc, "đọc phiên đăng nhập");
  return out;
}

}  // namespace dienhong::store
