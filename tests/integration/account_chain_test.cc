// Accounts are covered by the hash chain (issue 14, item 9): an operator who edits the
// accounts table while the server is stopped (a delegate's row into a global
// administrator, a PIN hash swapped for one whose PIN is known) does not get those rights:
// the server refuses to start, naming the account.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <stdexcept>

#include "dienhong/v1/council.pb.h"
#include "server/store/account_table.h"
#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

// Runs one statement with text/blob arguments on the server's file (server stopped).
void Sql(const std::string& path, const std::string& sql, const std::vector<std::string>& blobs) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    throw std::runtime_error("cannot open " + path);
  }
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
  for (size_t i = 0; i < blobs.size(); ++i) {
    sqlite3_bind_blob(stmt, static_cast<int>(i + 1), blobs[i].data(),
                      static_cast<int>(blobs[i].size()), SQLITE_TRANSIENT);
  }
  const int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  if (rc != SQLITE_DONE) throw std::runtime_error("SQL failed: " + sql);
}

class AccountChainTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    const int64_t council = CreateCouncil("Hội đồng nhân dân xã Kim Sơn");
    const auto delegates = ImportDelegates(council, 2);
    delegate_ = CreateAccount("kimson.db1", v1::ROLE_DELEGATE, council, delegates[0].id());
    ASSERT_TRUE(StopServer());
  }

  // The operator's verifier (dienhongctl verify) reports the edit, and the server refuses
  // to start on the edited file, both naming the account.
  void ExpectRefusedStart(const std::string& account) {
    auto report = store::CheckAccountsFile(server_->database_path().string());
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_FALSE(report->problems.empty()) << "verify did not notice the edit";
    EXPECT_NE(report->problems.front().find(account), std::string::npos)
        << report->problems.front();
    const ::testing::AssertionResult started = server_->Start();
    EXPECT_FALSE(started) << "the server started on an edited accounts table";
    if (started) {
      stubs_ = std::make_unique<Stubs>(server_->NewChannel());
      return;
    }
    EXPECT_NE(server_->StderrText().find(account), std::string::npos) << server_->StderrText();
  }

  v1::Account delegate_;
};

TEST_F(AccountChainTest, ADelegateEditedIntoAnAdministratorIsRefused) {
  v1::Account forged = delegate_;
  forged.set_role(v1::ROLE_ADMINISTRATOR);
  forged.set_council_id(0);
  forged.set_delegate_id(0);
  Sql(server_->database_path().string(),
      "UPDATE accounts SET role = " + std::to_string(v1::ROLE_ADMINISTRATOR) +
          ", council_id = 0, data = ?1 WHERE id = " + std::to_string(delegate_.id()),
      {forged.SerializeAsString()});
  ExpectRefusedStart("kimson.db1");
}

TEST_F(AccountChainTest, ASwappedPinHashIsRefused) {
  // The administrator's hash replaced by the delegate's, whose PIN the operator knows.
  Sql(server_->database_path().string(),
      "UPDATE accounts SET pin_hash = (SELECT pin_hash FROM accounts WHERE id = " +
          std::to_string(delegate_.id()) + ") WHERE name = 'admin'",
      {});
  ExpectRefusedStart("admin");
}

TEST_F(AccountChainTest, AnAddedAccountRowIsRefused) {
  v1::Account extra;
  extra.set_id(99);
  extra.set_name("ke.gian");
  extra.set_display_name("Kẻ gian");
  extra.set_role(v1::ROLE_ADMINISTRATOR);
  Sql(server_->database_path().string(),
      "INSERT INTO accounts(id, name, council_id, role, data, pin_hash) SELECT 99, 'ke.gian', 0, " +
          std::to_string(v1::ROLE_ADMINISTRATOR) + ", ?1, pin_hash FROM accounts WHERE id = " +
          std::to_string(delegate_.id()),
      {extra.SerializeAsString()});
  ExpectRefusedStart("99");
}

TEST_F(AccountChainTest, AnUntouchedTableStartsAndKeepsEveryAccount) {
  auto report = store::CheckAccountsFile(server_->database_path().string());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->problems.empty()) << report->problems.front();
  EXPECT_TRUE(report->unbound_pin_hashes.empty()) << "every hash is bound by the chain";
  EXPECT_EQ(report->accounts.size(), 2u);
  ASSERT_TRUE(server_->Start());
  stubs_ = std::make_unique<Stubs>(server_->NewChannel());
  const Caller delegate = Login("kimson.db1");
  EXPECT_EQ(delegate.account_id, delegate_.id());
  const Caller admin = Login("admin", kAdminPin);
  EXPECT_GT(admin.account_id, 0);
}

}  // namespace
}  // namespace dienhong::it
