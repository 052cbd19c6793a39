#include "server/documents/blob_store.h"

#include <spdlog/spdlog.h>

#include "server/documents/content_check.h"

namespace dienhong::documents {
namespace {

constexpr char kDigestPrefix[] = "sha256:";
constexpr size_t kHexLen = 2 * crypto_hash_sha256_BYTES;

std::string Hex(const unsigned char* bytes, size_t n) {
  std::string hex(2 * n + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, n);
  hex.pop_back();
  return hex;
}

}  // namespace

// --- BlobWriter -------------------------------------------------------------------------

BlobWriter::BlobWriter(BlobStore& store, std::string temp_path,
                       std::unique_ptr<store::WritableFile> file)
    : store_(store), temp_path_(std::move(temp_path)), file_(std::move(file)) {
  crypto_hash_sha256_init(&hash_);
}

BlobWriter::~BlobWriter() { Abort(); }

Status BlobWriter::Append(std::string_view data) {
  if (done_) return Status::FailedPrecondition("tệp tải lên đã kết thúc");
  DH_RETURN_IF_ERROR(file_->Append(data));
  crypto_hash_sha256_update(&hash_, reinterpret_cast<const unsigned char*>(data.data()),
                            data.size());
  size_ += static_cast<int64_t>(data.size());
  if (head_.size() < kPdfHeadBytes) {
    head_.append(data.substr(0, kPdfHeadBytes - head_.size()));
  }
  if (data.size() >= kPdfTailBytes) {
    tail_.assign(data.substr(data.size() - kPdfTailBytes));
  } else {
    tail_.append(data);
    if (tail_.size() > 2 * kPdfTailBytes) tail_.erase(0, tail_.size() - kPdfTailBytes);
  }
  return Status::Ok();
}

Result<StoredBlob> BlobWriter::Commit(BlobKind kind, std::string_view expected_digest) {
  if (done_) return Status::FailedPrecondition("tệp tải lên đã kết thúc");
  auto stored = CommitOrFail(kind, expected_digest);
  if (!stored.ok()) Abort();
  done_ = true;
  return stored;
}

Result<StoredBlob> BlobWriter::CommitOrFail(BlobKind kind, std::string_view expected_digest) {
  store::Env* env = store_.env_;
  if (size_ == 0) {
    return Status::InvalidArgument("chunk: tệp rỗng (0 byte); hãy chọn tệp có nội dung");
  }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&hash_, digest);
  StoredBlob blob;
  blob.digest = kDigestPrefix + Hex(digest, sizeof digest);
  blob.size_bytes = size_;
  if (!expected_digest.empty() && expected_digest != blob.digest) {
    return Status::InvalidArgument("expected_digest: nội dung nhận được có mã " + blob.digest +
                                   ", khác mã đã khai báo " + std::string(expected_digest) +
                                   " (tệp hỏng khi truyền?); hãy tải lên lại");
  }

  // Check before paying for the fsync. The Office check reads the temporary file back
  // (from the page cache: nothing needs to be durable to be read).
  if (kind == BlobKind::kPdf) {
    std::string_view tail = tail_;
    if (tail.size() > kPdfTailBytes) tail.remove_prefix(tail.size() - kPdfTailBytes);
    DH_RETURN_IF_ERROR(CheckPdf(head_, tail));
    blob.media_type = kMediaPdf;
  } else {
    DH_ASSIGN_OR_RETURN(auto reader, env->NewRandomAccessFile(temp_path_));
    DH_ASSIGN_OR_RETURN(blob.media_type, CheckOfficeOriginal(*reader));
  }

  DH_RETURN_IF_ERROR(file_->Sync());
  DH_RETURN_IF_ERROR(file_->Close());
  file_.reset();

  const std::string final_path = store_.PathOf(blob.digest);
  store_.Hold(blob.digest);
  if (env->FileExists(final_path)) {
    // The same content was stored before (durably: it got there by this same path).
    (void)env->RemoveFile(temp_path_);
    return blob;
  }
  const std::string fan_dir = store_.root_ + "/sha256";
  const std::string dir = fan_dir + "/" + blob.digest.substr(sizeof kDigestPrefix - 1, 2);
  const bool new_dir = !env->FileExists(dir);
  auto unhold_on_error = [&](Status s) {
    if (!s.ok()) store_.Release(blob, false);  // created is false: only drops the hold
    return s;
  };
  DH_RETURN_IF_ERROR(unhold_on_error(env->CreateDirs(dir)));
  if (new_dir) DH_RETURN_IF_ERROR(unhold_on_error(env->SyncDir(fan_dir)));
  DH_RETURN_IF_ERROR(unhold_on_error(env->RenameFile(temp_path_, final_path)));
  blob.created = true;
  // The file is complete under its digest; if its directory entry cannot be made durable
  // the upload fails, and Release removes the file again (unless another upload holds it).
  DH_RETURN_IF_ERROR(unhold_on_error(env->SyncDir(dir)));
  return blob;
}

void BlobWriter::Abort() {
  if (done_) return;
  done_ = true;
  file_.reset();  // closes
  Status s = store_.env_->RemoveFile(temp_path_);
  if (!s.ok() && s.code() != StatusCode::kNotFound) {
    spdlog::warn("documents: could not remove the temporary file {}: {}", temp_path_, s.ToString());
  }
}

// --- BlobStore --------------------------------------------------------------------------

BlobStore::BlobStore(store::Env* env, std::string root) : env_(env), root_(std::move(root)) {}

Status BlobStore::Open() {
  if (sodium_init() < 0) return Status::Internal("không khởi tạo được libsodium");
  DH_RETURN_IF_ERROR(env_->CreateDirs(root_ + "/sha256"));
  DH_RETURN_IF_ERROR(env_->CreateDirs(temp_dir()));
  DH_ASSIGN_OR_RETURN(auto leftovers, env_->ListDir(temp_dir()));
  for (const auto& name : leftovers) {
    // Uploads a crash interrupted: never committed, never referenced.
    DH_RETURN_IF_ERROR(env_->RemoveFile(temp_dir() + "/" + name));
  }
  if (!leftovers.empty()) {
    DH_RETURN_IF_ERROR(env_->SyncDir(temp_dir()));
    spdlog::info("documents: removed {} interrupted upload(s) from {}", leftovers.size(),
                 temp_dir());
  }
  return Status::Ok();
}

Result<std::unique_ptr<BlobWriter>> BlobStore::NewWriter() {
  unsigned char random[16];
  randombytes_buf(random, sizeof random);
  std::string path = temp_dir() + "/" + Hex(random, sizeof random) + ".part";
  DH_ASSIGN_OR_RETURN(auto file, env_->NewWritableFile(path));
  return std::unique_ptr<BlobWriter>(new BlobWriter(*this, std::move(path), std::move(file)));
}

void BlobStore::Hold(const std::string& digest) {
  std::lock_guard lock(mu_);
  ++holds_[digest];
}

void BlobStore::Release(const StoredBlob& blob, bool referenced) {
  {
    std::lock_guard lock(mu_);
    auto it = holds_.find(blob.digest);
    if (it != holds_.end() && --it->second == 0) holds_.erase(it);
    if (referenced) referenced_.insert(blob.digest);
    if (referenced || !blob.created || holds_.count(blob.digest) > 0 ||
        referenced_.count(blob.digest) > 0) {
      return;
    }
    // Removed under the mutex. A concurrent upload of the same content takes its hold
    // (under the mutex) BEFORE it looks for the file: either its hold is seen here and the
    // file stays, or it looks after the removal, finds nothing and renames its own copy.
    const std::string path = PathOf(blob.digest);
    Status s = env_->RemoveFile(path);
    if (s.ok()) s = env_->SyncDir(path.substr(0, path.rfind('/')));
    if (!s.ok()) {
      spdlog::warn("documents: could not remove the refused upload {}: {}", path, s.ToString());
    }
  }
}

bool BlobStore::IsDigest(std::string_view digest) {
  if (digest.size() != sizeof kDigestPrefix - 1 + kHexLen) return false;
  if (digest.substr(0, sizeof kDigestPrefix - 1) != kDigestPrefix) return false;
  for (char c : digest.substr(sizeof kDigestPrefix - 1)) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string BlobStore::PathOf(const std::string& digest) const {
  if (!IsDigest(digest)) return {};
  const std::string hex = digest.substr(sizeof kDigestPrefix - 1);
  return root_ + "/sha256/" + hex.substr(0, 2) + "/" + hex;
}

bool BlobStore::Contains(const std::string& digest) const {
  const std::string path = PathOf(digest);
  return !path.empty() && env_->FileExists(path);
}

Result<std::unique_ptr<store::RandomAccessFile>> BlobStore::OpenBlob(
    const std::string& digest) const {
  const std::string path = PathOf(digest);
  if (path.empty()) {
    return Status::InvalidArgument("digest: phải có dạng sha256:<64 chữ số hex thường>");
  }
  auto file = env_->NewRandomAccessFile(path);
  if (!file.ok() && file.status().code() == StatusCode::kNotFound) {
    return Status::NotFound("digest " + digest + ": máy chủ không có tệp này");
  }
  return file;
}

}  // namespace dienhong::documents
