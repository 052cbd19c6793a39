#include "server/registry_log.h"

#include <future>

namespace dienhong {

Status RegistryLog::Load(store::LogReader& reader) {
  DH_ASSIGN_OR_RETURN(int64_t seq, reader.StreamLength(0));
  std::lock_guard lock(mu_);
  last_seq_ = seq;
  return Status::Ok();
}

Status RegistryLog::StageAndWait(store::AppendRequest request) {
  std::promise<Status> promise;
  auto future = promise.get_future();
  request.done = [&promise](const Status& s, const std::vector<v1::Event>&) {
    promise.set_value(s);
  };
  writer_.Stage(std::move(request));
  return future.get();
}

Status RegistryLog::Commit(const std::function<Result<Change>()>& prepare,
                           const std::function<void()>& commit_in_memory) {
  if (!read_only_reason_.empty()) return Status::FailedPrecondition(read_only_reason_);
  std::lock_guard lock(mu_);
  Result<Change> change = prepare();
  if (!change.ok()) return change.status();
  store::AppendRequest request;
  request.events = std::move(change->events);
  int64_t seq = last_seq_;
  for (auto& e : request.events) {
    e.set_stream_id(0);
    e.set_seq(++seq);
  }
  request.side_effects = std::move(change->side_effects);
  Status s = StageAndWait(std::move(request));
  if (!s.ok()) return s;
  last_seq_ = seq;
  commit_in_memory();
  return Status::Ok();
}

Status RegistryLog::CommitUnordered(std::function<Status(sqlite3*)> side_effects) {
  store::AppendRequest request;
  request.side_effects = std::move(side_effects);
  return StageAndWait(std::move(request));
}

}  // namespace dienhong
