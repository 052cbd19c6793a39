#include "server/followup_ledger.h"

#include "common/followup.h"

namespace dienhong {

Status FollowUpLedger::Load(store::LogReader& reader) {
  DH_ASSIGN_OR_RETURN(std::vector<v1::Event> events, reader.ReadStream(0, 0));
  std::unique_lock lock(mu_);
  for (const v1::Event& e : events) ApplyFollowUp(book_, e);
  return Status::Ok();
}

v1::FollowUpBook FollowUpLedger::Book() const {
  std::shared_lock lock(mu_);
  return book_;
}

Result<v1::Event> FollowUpLedger::Append(const Decision& decide, const v1::Actor& actor) {
  std::lock_guard append(append_mu_);
  v1::Event decided;
  // Only appends write book_, and they are serialized by append_mu_: reading it here
  // without mu_ is safe.
  Status status = log_.Commit(
      [&]() -> Result<RegistryLog::Change> {
        DH_ASSIGN_OR_RETURN(decided, decide(book_));
        *decided.mutable_actor() = actor;
        RegistryLog::Change change;
        change.events.push_back(decided);
        return change;
      },
      [&] {
        std::unique_lock lock(mu_);
        ApplyFollowUp(book_, decided);
      });
  if (!status.ok()) return status;
  return decided;
}

}  // namespace dienhong
