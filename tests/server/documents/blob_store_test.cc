// BlobStore: content addressing, the durable commit (sync, rename, dir sync), and that a
// failed or abandoned upload leaves nothing — with faults injected through the Env.
#include "server/documents/blob_store.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "server/documents/content_check.h"
#include "tests/server/documents/sample_files.h"

namespace dienhong::documents {
namespace {

namespace fs = std::filesystem;
using testing_files::MakeOfficeFile;
using testing_files::MakePdf;

// The real file system, with switches that make one kind of call fail as a full disk or a
// failing device would.
class FaultEnv final : public store::Env {
 public:
  std::atomic<bool> fail_append{false}, fail_sync{false}, fail_rename{false}, fail_sync_dir{false};

  class File final : public store::WritableFile {
   public:
    File(FaultEnv& env, std::unique_ptr<store::WritableFile> base)
        : env_(env), base_(std::move(base)) {}
    Status Append(std::string_view data) override {
      if (env_.fail_append) return Status::Unavailable("ghi tệp: hết chỗ trống (giả lập)");
      return base_->Append(data);
    }
    Status Sync() override {
      if (env_.fail_sync) return Status::Unavailable("fsync: lỗi thiết bị (giả lập)");
      return base_->Sync();
    }
    Status Close() override { return base_->Close(); }

   private:
    FaultEnv& env_;
    std::unique_ptr<store::WritableFile> base_;
  };

  Result<std::unique_ptr<store::WritableFile>> NewWritableFile(const std::string& p) override {
    DH_ASSIGN_OR_RETURN(auto f, base()->NewWritableFile(p));
    return std::unique_ptr<store::WritableFile>(new File(*this, std::move(f)));
  }
  Result<std::unique_ptr<store::RandomAccessFile>> NewRandomAccessFile(
      const std::string& p) override {
    return base()->NewRandomAccessFile(p);
  }
  Status RenameFile(const std::string& from, const std::string& to) override {
    if (fail_rename) return Status::Unavailable("đổi tên tệp: lỗi (giả lập)");
    return base()->RenameFile(from, to);
  }
  Status RemoveFile(const std::string& p) override { return base()->RemoveFile(p); }
  Status SyncDir(const std::string& d) override {
    if (fail_sync_dir) return Status::Unavailable("fsync thư mục: lỗi (giả lập)");
    return base()->SyncDir(d);
  }
  Status CreateDirs(const std::string& d) override { return base()->CreateDirs(d); }
  bool FileExists(const std::string& p) override { return base()->FileExists(p); }
  Result<int64_t> FileSize(const std::string& p) override { return base()->FileSize(p); }
  Result<std::vector<std::string>> ListDir(const std::string& d) override {
    return base()->ListDir(d);
  }
  Result<std::unique_ptr<FileLock>> LockFile(const std::string& p) override {
    return base()->LockFile(p);
  }

 private:
  static store::Env* base() { return store::Env::Default(); }
};

std::string Sha256Of(const std::string& data) {
  unsigned char d[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(d, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[2 * sizeof d + 1];
  sodium_bin2hex(hex, sizeof hex, d, sizeof d);
  return std::string("sha256:") + hex;
}

// Every regular file under `dir`, recursively.
std::vector<fs::path> FilesUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  return files;
}

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class BlobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("blob_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    store_ = std::make_unique<BlobStore>(&env_, (dir_ / "documents").string());
    ASSERT_TRUE(store_->Open().ok());
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes `data` in chunks of `chunk` bytes and commits it as `kind`.
  Result<StoredBlob> Store(const std::string& data, BlobKind kind, size_t chunk = 1000) {
    DH_ASSIGN_OR_RETURN(auto writer, store_->NewWriter());
    for (size_t at = 0; at < data.size(); at += chunk) {
      DH_RETURN_IF_ERROR(writer->Append(std::string_view(data).substr(at, chunk)));
    }
    return writer->Commit(kind);
  }

  fs::path dir_;
  FaultEnv env_;
  std::unique_ptr<BlobStore> store_;
};

TEST_F(BlobStoreTest, StoresAPdfUnderItsDigestAndReadsItAtOffsets) {
  const std::string pdf = MakePdf(3, "Du thao nghi quyet", 200000);
  auto blob = Store(pdf, BlobKind::kPdf, 4096);
  ASSERT_TRUE(blob.ok()) << blob.status().ToString();
  EXPECT_EQ(blob->digest, Sha256Of(pdf));
  EXPECT_EQ(blob->size_bytes, static_cast<int64_t>(pdf.size()));
  EXPECT_EQ(blob->media_type, kMediaPdf);
  const std::string hex = blob->digest.substr(7);
  const fs::path expected = dir_ / "documents" / "sha256" / hex.substr(0, 2) / hex;
  EXPECT_EQ(fs::path(store_->PathOf(blob->digest)), expected);
  EXPECT_EQ(ReadAll(expected), pdf);
  EXPECT_TRUE(FilesUnder(dir_ / "documents" / "tmp").empty());

  auto file = store_->OpenBlob(blob->digest);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ((*file)->Size(), static_cast<int64_t>(pdf.size()));
  std::string scratch(1000, '\0');
  auto part = (*file)->Read(12345, 1000, scratch.data());
  ASSERT_TRUE(part.ok());
  EXPECT_EQ(std::string(*part), pdf.substr(12345, 1000));
  auto end = (*file)->Read(static_cast<int64_t>(pdf.size()) - 10, 1000, scratch.data());
  ASSERT_TRUE(end.ok());
  EXPECT_EQ(std::string(*end), pdf.substr(pdf.size() - 10));
}

TEST_F(BlobStoreTest, TheSameContentIsStoredOnce) {
  const std::string pdf = MakePdf(1);
  auto a = Store(pdf, BlobKind::kPdf);
  auto b = Store(pdf, BlobKind::kPdf, 7);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->digest, b->digest);
  EXPECT_EQ(FilesUnder(dir_ / "documents").size(), 1u);
}

TEST_F(BlobStoreTest, RefusesWhatIsNotAPdfAndStoresNothing) {
  for (const std::string& bad :
       {std::string("Hello, this is plain text, not a PDF\n%%EOF\n"), MakeOfficeFile(true),
        // A PDF cut short: no trailer.
        MakePdf(2).substr(0, 300)}) {
    auto blob = Store(bad, BlobKind::kPdf);
    ASSERT_FALSE(blob.ok());
    EXPECT_EQ(blob.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(blob.status().message().find("chunk"), std::string::npos) << blob.status().message();
    EXPECT_NE(blob.status().message().find("PDF"), std::string::npos);
  }
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
}

TEST_F(BlobStoreTest, RefusesContentThatDoesNotMatchTheExpectedDigest) {
  const std::string pdf = MakePdf(2);
  auto writer = store_->NewWriter();
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Append(pdf).ok());
  auto blob = (*writer)->Commit(BlobKind::kPdf, Sha256Of(pdf + "x"));
  ASSERT_FALSE(blob.ok());
  EXPECT_EQ(blob.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(blob.status().message().rfind("expected_digest", 0), 0u) << blob.status().message();
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
  auto good = store_->NewWriter();
  ASSERT_TRUE((*good)->Append(pdf).ok());
  EXPECT_TRUE((*good)->Commit(BlobKind::kPdf, Sha256Of(pdf)).ok());
}

TEST_F(BlobStoreTest, RefusesAnEmptyFile) {
  auto blob = Store("", BlobKind::kPdf);
  ASSERT_FALSE(blob.ok());
  EXPECT_EQ(blob.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(blob.status().message().find("rỗng"), std::string::npos);
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
}

TEST_F(BlobStoreTest, RecognisesDocxAndXlsxByContent) {
  auto docx = Store(MakeOfficeFile(true), BlobKind::kOffice, 13);
  ASSERT_TRUE(docx.ok()) << docx.status().ToString();
  EXPECT_EQ(docx->media_type, kMediaDocx);
  auto xlsx = Store(MakeOfficeFile(false), BlobKind::kOffice);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  EXPECT_EQ(xlsx->media_type, kMediaXlsx);
  // A zip that is not an Office package, a PDF, text: refused.
  for (const std::string& bad :
       {testing_files::MakeZip({{"readme.txt", "xin chao"}}), MakePdf(1), std::string("abc")}) {
    auto blob = Store(bad, BlobKind::kOffice);
    ASSERT_FALSE(blob.ok());
    EXPECT_EQ(blob.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(blob.status().message().find(".docx"), std::string::npos);
  }
  EXPECT_EQ(FilesUnder(dir_ / "documents").size(), 2u);
}

TEST_F(BlobStoreTest, AFailedFsyncStoresNothing) {
  env_.fail_sync = true;
  auto blob = Store(MakePdf(2), BlobKind::kPdf);
  ASSERT_FALSE(blob.ok());
  EXPECT_EQ(blob.status().code(), StatusCode::kUnavailable);
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
  env_.fail_sync = false;
  EXPECT_TRUE(Store(MakePdf(2), BlobKind::kPdf).ok());
}

TEST_F(BlobStoreTest, AFailedRenameStoresNothing) {
  env_.fail_rename = true;
  const std::string pdf = MakePdf(2);
  auto blob = Store(pdf, BlobKind::kPdf);
  ASSERT_FALSE(blob.ok());
  EXPECT_EQ(blob.status().code(), StatusCode::kUnavailable);
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
  EXPECT_FALSE(store_->Contains(Sha256Of(pdf)));
}

TEST_F(BlobStoreTest, AFailedDirectorySyncStoresNothing) {
  env_.fail_sync_dir = true;
  auto blob = Store(MakePdf(2), BlobKind::kPdf);
  ASSERT_FALSE(blob.ok());
  EXPECT_EQ(blob.status().code(), StatusCode::kUnavailable);
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
}

TEST_F(BlobStoreTest, ARefusedUploadsFileIsRemovedUnlessSomethingElseUsesIt) {
  const std::string pdf = MakePdf(1);
  auto first = Store(pdf, BlobKind::kPdf);
  auto second = Store(pdf, BlobKind::kPdf);  // the same content, at the same time
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_TRUE(first->created);
  EXPECT_FALSE(second->created);
  // The creator's command is refused while the other upload still holds the file: kept.
  store_->Release(*first, /*referenced=*/false);
  EXPECT_TRUE(store_->Contains(first->digest));
  // The other's command is refused too: it did not create the file, so it does not remove
  // it... and nobody holds it any more, but only a creator removes.
  store_->Release(*second, /*referenced=*/false);
  EXPECT_TRUE(store_->Contains(first->digest));

  // A fresh content refused alone: removed.
  auto lone = Store(MakePdf(2), BlobKind::kPdf);
  ASSERT_TRUE(lone.ok() && lone->created);
  store_->Release(*lone, /*referenced=*/false);
  EXPECT_FALSE(store_->Contains(lone->digest));

  // Recorded by one command, refused for another: kept.
  auto kept = Store(MakePdf(3), BlobKind::kPdf);
  auto again = Store(MakePdf(3), BlobKind::kPdf);
  ASSERT_TRUE(kept.ok() && again.ok());
  store_->Release(*again, /*referenced=*/true);
  store_->Release(*kept, /*referenced=*/false);
  EXPECT_TRUE(store_->Contains(kept->digest));
}

TEST_F(BlobStoreTest, AFailedWriteStoresNothing) {
  auto writer = store_->NewWriter();
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Append("%PDF-1.4\n").ok());
  env_.fail_append = true;
  EXPECT_EQ((*writer)->Append("more").code(), StatusCode::kUnavailable);
  writer->reset();  // the reactor drops its writer on error
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
}

TEST_F(BlobStoreTest, AnAbortedUploadLeavesNothing) {
  auto writer = store_->NewWriter();
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Append(MakePdf(1)).ok());
  EXPECT_EQ(FilesUnder(dir_ / "documents" / "tmp").size(), 1u);
  (*writer)->Abort();
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
  EXPECT_FALSE((*writer)->Commit(BlobKind::kPdf).ok()) << "an aborted writer cannot commit";
}

TEST_F(BlobStoreTest, OpenRemovesUploadsACrashInterrupted) {
  auto writer = store_->NewWriter();
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Append("%PDF-1.4\n half an upload").ok());
  // A crash: the process is gone, its destructor never runs. A second store on the same
  // directory (the restarted server) finds the temporary file and removes it.
  BlobStore restarted(store::Env::Default(), (dir_ / "documents").string());
  ASSERT_TRUE(restarted.Open().ok());
  EXPECT_TRUE(FilesUnder(dir_ / "documents").empty());
  writer->reset();  // nothing left to remove: no error
}

TEST_F(BlobStoreTest, RefusesMalformedDigests) {
  for (const std::string& bad : {std::string("sha256:../../etc/passwd"), std::string("md5:abc"),
                                 std::string("sha256:") + std::string(64, 'A'), std::string()}) {
    auto file = store_->OpenBlob(bad);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.status().code(), StatusCode::kInvalidArgument) << bad;
  }
  auto missing = store_->OpenBlob("sha256:" + std::string(64, 'a'));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dienhong::documents
