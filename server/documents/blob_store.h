// BlobStore: the files of session documents, content-addressed by SHA-256, under
// <data dir>/documents (docs/documents.md):
//
//   documents/sha256/<first 2 hex>/<64 hex>   one file per distinct content, read-only
//   documents/tmp/<random>.part               uploads in progress
//
// A BlobWriter hashes the bytes as they arrive and writes them to a temporary file; only
// Commit() makes the content visible, in this order: content check, fsync of the file,
// rename into sha256/, fsync of the directory. So a file under sha256/ is always complete
// and durable, and its name is its digest. An upload that is cancelled, fails a check, or
// is cut short by a crash leaves only a temporary file, which Abort() (or the writer's
// destructor) removes, and which Open() removes at the next start. Content that is already
// stored is not written twice: Commit() drops the temporary file and returns the same
// digest.
//
// The chain refers to files by digest only (StoredFile.digest, "sha256:<hex>"); nothing is
// ever deleted from sha256/ (a withdrawn draft's file stays: an export may name it).
//
// Every file-system call goes through store::Env, so tests inject failed syncs and renames.
//
// Thread-safety: BlobStore's methods may be called from any thread. A BlobWriter is used
// by one thread at a time (one upload reactor); a RandomAccessFile from OpenBlob likewise.
#pragma once

#include <sodium.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "common/result.h"
#include "server/store/env.h"

namespace dienhong::documents {

// What a writer must contain to be committed.
enum class BlobKind {
  kPdf,     // a PDF (media type application/pdf)
  kOffice,  // a DOCX or an XLSX (media type from the package's content)
};

// A committed file: "sha256:<64 hex>", size, media type as checked.
struct StoredBlob {
  std::string digest;
  int64_t size_bytes = 0;
  std::string media_type;
  // This commit put the file in place (false: the content was already stored).
  bool created = false;
};

class BlobStore;

class BlobWriter {
 public:
  ~BlobWriter();  // aborts when not committed
  BlobWriter(const BlobWriter&) = delete;
  BlobWriter& operator=(const BlobWriter&) = delete;

  // Appends to the temporary file and to the running digest.
  Status Append(std::string_view data);
  int64_t size() const { return size_; }
  // The digest of what was appended so far is final after this; "sha256:<hex>".
  // Checks the digest against `expected_digest` (when not empty) and the content as
  // `kind`, syncs, renames into place and syncs the directory. On any failure the
  // temporary file is removed and nothing is stored. A committed blob is held until
  // BlobStore::Release.
  Result<StoredBlob> Commit(BlobKind kind, std::string_view expected_digest = {});
  // Removes the temporary file. Idempotent; a no-op after Commit().
  void Abort();

 private:
  friend class BlobStore;
  BlobWriter(BlobStore& store, std::string temp_path, std::unique_ptr<store::WritableFile> file);
  Result<StoredBlob> CommitOrFail(BlobKind kind, std::string_view expected_digest);

  BlobStore& store_;
  const std::string temp_path_;
  std::unique_ptr<store::WritableFile> file_;
  crypto_hash_sha256_state hash_;
  int64_t size_ = 0;
  std::string head_;   // first bytes (PDF header)
  std::string tail_;   // last bytes (PDF trailer), at most 2 * kPdfTailBytes
  bool done_ = false;  // committed or aborted
};

class BlobStore {
 public:
  // `root` is <data dir>/documents.
  BlobStore(store::Env* env, std::string root);

  // Creates the directories when missing and removes temporary files left by uploads that
  // a crash interrupted. Call once before anything else.
  Status Open();

  // A writer for a new upload.
  Result<std::unique_ptr<BlobWriter>> NewWriter();

  // The stored file of `digest` ("sha256:<64 hex>"), for reading at offsets. NotFound when
  // it is not stored; InvalidArgument when `digest` is not of that form.
  Result<std::unique_ptr<store::RandomAccessFile>> OpenBlob(const std::string& digest) const;
  bool Contains(const std::string& digest) const;

  // A committed blob is held from Commit() until its upload's command is decided; the
  // upload then releases it. When the command was refused (`referenced` false), the file
  // is removed if this upload created it, no other upload holds it, and no command of this
  // process ever referenced it: a refused upload leaves nothing, and a file that a
  // concurrent upload of the same content uses is never removed. Blocks on the file system.
  void Release(const StoredBlob& blob, bool referenced);

  // Where a digest's file lives (for tests and the operator); empty for a malformed digest.
  std::string PathOf(const std::string& digest) const;
  const std::string& root() const { return root_; }
  std::string temp_dir() const { return root_ + "/tmp"; }

  // "sha256:<64 lowercase hex>"?
  static bool IsDigest(std::string_view digest);

 private:
  friend class BlobWriter;
  void Hold(const std::string& digest);

  store::Env* env_;
  const std::string root_;
  std::mutex mu_;
  std::map<std::string, int> holds_;  // guarded by mu_
  std::set<std::string> referenced_;  // guarded by mu_; digests some command recorded
};

}  // namespace dienhong::documents
