#include "tests/server/fault_env.h"

namespace dienhong::store {
namespace {

class FaultyWritableFile final : public WritableFile {
 public:
  FaultyWritableFile(FaultInjectionEnv& env, std::string path, std::unique_ptr<WritableFile> base)
      : env_(env), path_(std::move(path)), base_(std::move(base)) {}
  Status Append(std::string_view data) override {
    DH_RETURN_IF_ERROR(env_.Check(FaultInjectionEnv::Fault::kFullDisk, path_));
    return base_->Append(data);
  }
  Status Sync() override {
    DH_RETURN_IF_ERROR(env_.Check(FaultInjectionEnv::Fault::kFsync, path_));
    return base_->Sync();
  }
  Status Close() override { return base_->Close(); }

 private:
  FaultInjectionEnv& env_;
  const std::string path_;
  std::unique_ptr<WritableFile> base_;
};

const char* Describe(FaultInjectionEnv::Fault fault) {
  switch (fault) {
    case FaultInjectionEnv::Fault::kFullDisk:
      return "ghi tệp: No space left on device (lỗi giả lập)";
    case FaultInjectionEnv::Fault::kFsync:
      return "đồng bộ tệp (fsync): Input/output error (lỗi giả lập)";
    case FaultInjectionEnv::Fault::kRename:
      return "đổi tên tệp: Input/output error (lỗi giả lập)";
    case FaultInjectionEnv::Fault::kCheckpoint:
      return "checkpoint WAL: Input/output error (lỗi giả lập)";
  }
  return "lỗi giả lập";
}

}  // namespace

void FaultInjectionEnv::FailNth(Fault fault, int n, bool sticky) {
  std::lock_guard lock(mu_);
  armed_[fault] = Armed{n < 1 ? 1 : n, sticky, false};
}

void FaultInjectionEnv::Heal() {
  std::lock_guard lock(mu_);
  armed_.clear();
}

int FaultInjectionEnv::seen(Fault fault) const {
  std::lock_guard lock(mu_);
  auto it = seen_.find(fault);
  return it == seen_.end() ? 0 : it->second;
}

int FaultInjectionEnv::failed(Fault fault) const {
  std::lock_guard lock(mu_);
  auto it = failed_.find(fault);
  return it == failed_.end() ? 0 : it->second;
}

Status FaultInjectionEnv::Check(Fault fault, std::string_view path) {
  std::lock_guard lock(mu_);
  ++seen_[fault];
  auto it = armed_.find(fault);
  if (it == armed_.end()) return Status::Ok();
  Armed& a = it->second;
  bool fail = a.failing;
  if (!fail && --a.countdown == 0) {
    fail = true;
    if (a.sticky) {
      a.failing = true;
    } else {
      armed_.erase(it);
    }
  }
  if (!fail) return Status::Ok();
  ++failed_[fault];
  return Status::Unavailable(std::string(Describe(fault)) + ": " + std::string(path));
}

Result<std::unique_ptr<WritableFile>> FaultInjectionEnv::NewWritableFile(const std::string& path) {
  DH_ASSIGN_OR_RETURN(std::unique_ptr<WritableFile> base, base_->NewWritableFile(path));
  return std::unique_ptr<WritableFile>(new FaultyWritableFile(*this, path, std::move(base)));
}

Status FaultInjectionEnv::RenameFile(const std::string& from, const std::string& to) {
  DH_RETURN_IF_ERROR(Check(Fault::kRename, from));
  return base_->RenameFile(from, to);
}

Status FaultInjectionEnv::SyncDir(const std::string& dir) {
  DH_RETURN_IF_ERROR(Check(Fault::kFsync, dir));
  return base_->SyncDir(dir);
}

Status FaultInjectionEnv::BeforeDbOp(DbOp op, std::string_view path) {
  switch (op) {
    case DbOp::kWrite:
      return Check(Fault::kFullDisk, path);
    case DbOp::kSync:
      return Check(Fault::kFsync, path);
    case DbOp::kCheckpoint:
      return Check(Fault::kCheckpoint, path);
  }
  return Status::Ok();
}

}  // namespace dienhong::store
