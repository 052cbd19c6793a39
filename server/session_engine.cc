#include "server/session_engine.h"

#include <spdlog/spdlog.h>

#include <deque>
#include <set>

#include "common/apply.h"
#include "common/deadlines.h"
#include "common/voting.h"
#include "server/idempotency_key.h"
#include "server/store/snapshots.h"

namespace dienhong {

struct SessionEngine::Session {
  explicit Session(int64_t id) : id(id) {}
  const int64_t id;
  int64_t council_id = 0;
  std::shared_ptr<SessionFeed> feed;

  std::mutex mu;
  v1::SessionState working;     // guarded by mu: committed + staged events
  int inflight = 0;             // guarded by mu: staged, not yet resolved
  bool broken = false;          // guarded by mu: a commit failed; rebuild when inflight == 0
  int64_t snapshot_seq = 0;     // guarded by mu: seq of the last snapshot saved
  // guarded by mu: SnapshotTaken events staged / committed on the snapshot stream
  // (store/snapshots.h); a rebuild after a failed commit goes back to the committed count.
  int64_t snapshots_taken = 0;
  int64_t snapshots_committed = 0;
  std::set<std::string> armed;  // guarded by mu: scheduler keys of pending deadlines
};

struct SessionEngine::PendingCommand {
  std::string key;  // the full key: scope and digest (server/idempotency_key.h)
  bool resolved = false;
  v1::CommandReply reply;  // when resolved
  std::vector<Done> waiters;
};

namespace {

constexpr size_t kMaxRememberedKeys = 100000;

v1::CommandReply MakeReply(int64_t session_id, const std::vector<v1::Event>& events,
                           int64_t last_seq) {
  v1::CommandReply reply;
  reply.set_session_id(session_id);
  reply.set_seq(events.empty() ? last_seq : events.back().seq());
  for (const auto& e : events) *reply.add_events() = e;
  return reply;
}

// What the live feed may carry: VoteCast events without their ballot.
std::vector<v1::Event> ForFeed(const std::vector<v1::Event>& events) {
  std::vector<v1::Event> out = events;
  for (auto& e : out) voting::RedactForLiveStream(e);
  return out;
}

Status StorageFailure(const Status& s) {
  spdlog::error("event log commit failed: {}", s.ToString());
  return Status::Unavailable(
      "Không ghi được vào sổ sự kiện nên thao tác chưa được thực hiện; hãy thử lại. (" +
      s.message() + ")");
}

}  // namespace

SessionEngine::SessionEngine(store::LogWriter& writer, std::unique_ptr<store::LogReader> reader,
                             const Clock& clock, EngineOptions options, Scheduler* scheduler)
    : writer_(writer),
      reader_(std::move(reader)),
      clock_(clock),
      options_(options),
      scheduler_(scheduler) {}

void SessionEngine::ArmDeadlines(const std::shared_ptr<Session>& session) {
  if (scheduler_ == nullptr) return;
  std::set<std::string> now_armed;
  // Runs after every commit: read the committed state in place (a copy is O(session)).
  std::vector<Deadline> pending;
  session->feed->ReadState(
      [&](const v1::SessionState& state) { pending = PendingDeadlines(state); });
  for (auto& d : pending) {
    const std::string key = std::to_string(session->id) + ":" + d.key;
    now_armed.insert(key);
    scheduler_->Schedule(key, d.at_micros, [this, id = session->id, command = d.command] {
      CommandContext context;
      context.actor.set_display_name("Máy chủ (đồng hồ kỳ họp)");
      context.now_micros = clock_.NowMicros();
      Execute(id, command, context, "", [id](const Result<v1::CommandReply>& r) {
        if (!r.ok()) spdlog::warn("deadline session={} refused: {}", id, r.status().ToString());
      });
    });
  }
  std::lock_guard lock(session->mu);
  for (const auto& key : session->armed) {
    if (!now_armed.count(key)) scheduler_->Cancel(key);
  }
  session->armed = std::move(now_armed);
}

Status SessionEngine::Load() {
  std::lock_guard keys_lock(keys_mu_);
  DH_ASSIGN_OR_RETURN(std::vector<int64_t> ids, reader_->ListSessionStreams());
  std::unique_lock lock(sessions_mu_);
  for (int64_t id : ids) {
    // Only a snapshot the chain vouches for; otherwise the session is folded from its
    // events (the start-up check has already refused, or gone read-only, if it was altered).
    DH_ASSIGN_OR_RETURN(store::BoundSnapshot bound, store::LoadBoundSnapshot(*reader_, id));
    if (!bound.problem.empty()) spdlog::warn("session={}: {}", id, bound.problem);
    const std::optional<v1::SessionState>& snapshot = bound.state;
    v1::SessionState state;
    state.set_session_id(id);
    if (snapshot) state = *snapshot;
    DH_ASSIGN_OR_RETURN(std::vector<v1::Event> events, reader_->ReadStream(id, state.last_seq()));
    for (const auto& e : events) Apply(state, e);
    auto session = std::make_shared<Session>(id);
    session->council_id = state.council_id();
    session->working = state;
    session->snapshot_seq = snapshot ? snapshot->last_seq() : 0;
    session->snapshots_taken = session->snapshots_committed = bound.snapshots_taken;
    session->feed = std::make_shared<SessionFeed>(state, options_.ring_capacity, ForFeed(events),
                                                  options_.fanout);
    sessions_[id] = session;
    next_session_id_ = std::max(next_session_id_, id + 1);
  }
  for (const auto& [id, session] : sessions_) ArmDeadlines(session);
  spdlog::info("loaded {} sessions from the event log", sessions_.size());
  return Status::Ok();
}

namespace {

// The same request id sent with another command: refused, so that a client that reuses
// an id by mistake learns it instead of being told that its new command was done.
Status ReusedRequestId(std::string_view key) {
  return Status::AlreadyExists("request_id \"" + std::string(RequestIdOf(key)) +
                               "\": mã yêu cầu này đã dùng cho một thao tác khác; mỗi thao "
                               "tác mới cần một mã mới (chỉ gửi lại đúng mã cũ khi thử lại "
                               "đúng thao tác đó)");
}

// Whether a remembered key (possibly stored before digests) answers `key`.
bool SameCommand(std::string_view remembered, std::string_view key) {
  const auto r = SplitIdempotencyKey(remembered);
  return r.digest.empty() || r.digest == SplitIdempotencyKey(key).digest;
}

}  // namespace

bool SessionEngine::ClaimKey(const std::string& key, const Done& done) {
  const std::string scope(SplitIdempotencyKey(key).scope);
  std::unique_lock lock(keys_mu_);
  auto it = keys_.find(scope);
  if (it != keys_.end()) {
    if (!SameCommand(it->second->key, key)) {
      lock.unlock();
      done(ReusedRequestId(key));
      return true;
    }
    if (it->second->resolved) {
      v1::CommandReply reply = it->second->reply;
      lock.unlock();
      reply.set_replayed(true);
      done(std::move(reply));
    } else {
      it->second->waiters.push_back(done);
    }
    return true;
  }
  // Not in memory: it may have been committed before a restart (or evicted), with this
  // command's digest, another one's, or none (stored before digests): the scope alone,
  // or the scope, a space and a digest, all sort in [scope, scope + "!").
  auto stored = reader_->FindKeyInRange(scope, scope + "!");
  if (!stored.ok()) {
    lock.unlock();
    done(StorageFailure(stored.status()));
    return true;
  }
  if (stored->has_value() && !SameCommand(**stored, key)) {
    lock.unlock();
    done(ReusedRequestId(key));
    return true;
  }
  auto found =
      stored->has_value()
          ? reader_->FindCommand(**stored)
          : Result<std::optional<std::vector<v1::Event>>>(std::optional<std::vector<v1::Event>>());
  if (!found.ok()) {
    lock.unlock();
    done(StorageFailure(found.status()));
    return true;
  }
  if (found->has_value()) {
    const auto& events = found->value();
    v1::CommandReply reply = MakeReply(events.front().stream_id(), events, 0);
    auto entry = std::make_shared<PendingCommand>();
    entry->key = **stored;
    entry->resolved = true;
    entry->reply = reply;
    keys_[scope] = entry;
    lock.unlock();
    reply.set_replayed(true);
    done(std::move(reply));
    return true;
  }
  auto entry = std::make_shared<PendingCommand>();
  entry->key = key;
  keys_[scope] = std::move(entry);
  return false;
}

void SessionEngine::ResolveKey(const std::string& key, const Result<v1::CommandReply>& reply) {
  std::vector<Done> waiters;
  {
    std::lock_guard lock(keys_mu_);
    auto it = keys_.find(std::string(SplitIdempotencyKey(key).scope));
    if (it == keys_.end() || it->second->key != key) return;
    waiters.swap(it->second->waiters);
    if (reply.ok() && reply->events_size() > 0) {
      it->second->resolved = true;
      it->second->reply = *reply;
      // Bound memory: old replies are still found in the log by FindCommand.
      if (keys_.size() > kMaxRememberedKeys) {
        for (auto victim = keys_.begin();
             victim != keys_.end() && keys_.size() > kMaxRememberedKeys / 2;) {
          victim = victim->second->resolved && victim->second->key != key ? keys_.erase(victim)
                                                                          : std::next(victim);
        }
      }
    } else {
      // A refusal or a no-op is not remembered: a retry decides again.
      keys_.erase(it);
    }
  }
  for (auto& waiter : waiters) {
    if (reply.ok()) {
      v1::CommandReply copy = *reply;
      copy.set_replayed(true);
      waiter(std::move(copy));
    } else {
      waiter(reply.status());
    }
  }
}

void SessionEngine::Create(const v1::Command& command, const CommandContext& context,
                           const std::string& key, Done done) {
  if (!read_only_reason_.empty()) {
    done(Status::FailedPrecondition(read_only_reason_));
    return;
  }
  if (!key.empty() && ClaimKey(key, done)) return;
  auto finish = [this, key, done](const Result<v1::CommandReply>& r) {
    if (!key.empty()) ResolveKey(key, r);
    done(r);
  };
  std::unique_lock create_lock(create_mu_);
  auto session = std::make_shared<Session>(next_session_id_);
  session->working.set_session_id(session->id);
  auto decided = Decide(session->working, command, context);
  if (!decided.ok()) {
    create_lock.unlock();
    finish(decided.status());
    return;
  }
  ++next_session_id_;
  session->council_id = command.create_session().council_id();
  session->feed = std::make_shared<SessionFeed>(session->working, options_.ring_capacity,
                                                std::vector<v1::Event>{}, options_.fanout);
  store::AppendRequest request;
  request.events = std::move(decided).value();
  for (auto& e : request.events) e.set_stream_id(session->id);
  request.idempotency_key = key;
  request.done = [this, session, finish](const Status& s, const std::vector<v1::Event>& events) {
    if (!s.ok()) {
      finish(StorageFailure(s));
      return;
    }
    session->feed->Publish(events);
    {
      std::lock_guard lock(session->mu);
      for (const auto& e : events) Apply(session->working, e);
    }
    {
      std::unique_lock lock(sessions_mu_);
      sessions_[session->id] = session;
    }
    ArmDeadlines(session);
    finish(MakeReply(session->id, events, 0));
  };
  writer_.Stage(std::move(request));
}

void SessionEngine::Execute(int64_t session_id, const v1::Command& command,
                            const CommandContext& context, const std::string& key, Done done) {
  auto session = Find(session_id);
  if (!session) {
    done(Status::NotFound("session_id " + std::to_string(session_id) + ": không có kỳ họp này"));
    return;
  }
  if (!read_only_reason_.empty()) {
    done(Status::FailedPrecondition(read_only_reason_));
    return;
  }
  if (!key.empty() && ClaimKey(key, done)) return;
  Run(session, command, context, key, std::move(done));
}

void SessionEngine::Run(const std::shared_ptr<Session>& session, const v1::Command& command,
                        const CommandContext& context, const std::string& key, Done done) {
  auto finish = [this, key, done](const Result<v1::CommandReply>& r) {
    if (!key.empty()) ResolveKey(key, r);
    done(r);
  };
  std::optional<Result<v1::CommandReply>> immediate;
  if (hook_ != nullptr) {
    // A repeat of a command whose after-commit step failed: only that step is retried.
    if (std::optional<Status> resumed = hook_->Resume(session->id, command)) {
      if (resumed->ok()) {
        int64_t last_seq = 0;
        session->feed->ReadState([&](const v1::SessionState& s) { last_seq = s.last_seq(); });
        finish(MakeReply(session->id, {}, last_seq));
      } else {
        finish(*resumed);
      }
      return;
    }
  }
  {
    std::lock_guard lock(session->mu);
    if (session->broken && session->inflight == 0) RebuildLocked(*session);
    v1::Command prepared = command;
    Status hooked;
    if (session->broken) {
      immediate =
          Status::Unavailable("Đang khôi phục sau lỗi ghi sổ sự kiện; thử lại sau giây lát.");
    } else if (hook_ != nullptr && !(hooked = hook_->Prepare(session->working, prepared)).ok()) {
      immediate = hooked;
    } else {
      auto decided = Decide(session->working, prepared, context);
      if (!decided.ok()) {
        immediate = decided.status();
      } else if (decided->empty()) {
        // Nothing changes (e.g. checking in twice): answer with the current position.
        immediate = MakeReply(session->id, {}, session->working.last_seq());
      } else {
        store::AppendRequest request;
        request.events = std::move(decided).value();
        for (auto& e : request.events) e.set_stream_id(session->id);
        request.idempotency_key = key;
        if (session->working.last_seq() - session->snapshot_seq >= options_.snapshot_every) {
          // The working state before this command is a valid snapshot as of its last_seq.
          // It is staged just before the command, as its own request with its
          // SnapshotTaken (bound to the chain): it commits only if everything staged
          // before it did, so a snapshot never exists without the events it covers.
          store::AppendRequest snapshot =
              store::SnapshotRequest(session->working, ++session->snapshots_taken);
          snapshot.done = [this, session](const Status& s, const std::vector<v1::Event>&) {
            std::lock_guard lock(session->mu);
            --session->inflight;
            if (s.ok()) {
              ++session->snapshots_committed;
            } else {
              session->broken = true;
            }
            if (session->broken && session->inflight == 0) RebuildLocked(*session);
          };
          ++session->inflight;
          writer_.Stage(std::move(snapshot));
          session->snapshot_seq = session->working.last_seq();
        }
        request.done = [this, session, finish, prepared](const Status& s,
                                                         const std::vector<v1::Event>& events) {
          if (s.ok()) {
            session->feed->Publish(ForFeed(events));
            ArmDeadlines(session);
          }
          {
            std::lock_guard lock(session->mu);
            --session->inflight;
            if (!s.ok()) session->broken = true;
            if (session->broken && session->inflight == 0) RebuildLocked(*session);
          }
          if (!s.ok()) {
            finish(StorageFailure(s));
            return;
          }
          // Committed and published; a step the reply still depends on may fail.
          Status finished = hook_ != nullptr ? hook_->Finish(session->id, prepared) : Status::Ok();
          if (finished.ok()) {
            finish(MakeReply(session->id, events, 0));
          } else {
            finish(finished);
          }
        };
        if (hook_ != nullptr) hook_->Stage(session->working, prepared, request);
        ++session->inflight;
        for (const auto& e : writer_.Stage(std::move(request))) Apply(session->working, e);
      }
    }
  }
  if (immediate) finish(*immediate);
}

void SessionEngine::RebuildLocked(Session& session) {
  session.working = session.feed->State();
  session.broken = false;
  session.snapshots_taken = session.snapshots_committed;
  if (hook_ != nullptr) hook_->Reset(session.id);
}

std::shared_ptr<SessionEngine::Session> SessionEngine::Find(int64_t session_id) const {
  std::shared_lock lock(sessions_mu_);
  auto it = sessions_.find(session_id);
  return it == sessions_.end() ? nullptr : it->second;
}

Result<v1::SessionState> SessionEngine::State(int64_t session_id) const {
  auto session = Find(session_id);
  if (!session) {
    return Status::NotFound("session_id " + std::to_string(session_id) + ": không có kỳ họp này");
  }
  return session->feed->State();
}

Result<int64_t> SessionEngine::CouncilOf(int64_t session_id) const {
  auto session = Find(session_id);
  if (!session) {
    return Status::NotFound("session_id " + std::to_string(session_id) + ": không có kỳ họp này");
  }
  return session->council_id;
}

void SessionEngine::ForEachState(int64_t council_id,
                                 const std::function<void(const v1::SessionState&)>& read) const {
  std::vector<std::shared_ptr<Session>> sessions;
  {
    std::shared_lock lock(sessions_mu_);
    for (const auto& [id, s] : sessions_) {
      if (council_id == 0 || s->council_id == council_id) sessions.push_back(s);
    }
  }
  for (const auto& s : sessions) s->feed->ReadState(read);
}

std::vector<v1::SessionSummary> SessionEngine::List(int64_t council_id) const {
  std::vector<std::shared_ptr<Session>> sessions;
  {
    std::shared_lock lock(sessions_mu_);
    for (const auto& [id, s] : sessions_) {
      if (council_id == 0 || s->council_id == council_id) sessions.push_back(s);
    }
  }
  std::vector<v1::SessionSummary> out;
  for (const auto& s : sessions) {
    v1::SessionState state = s->feed->State();
    v1::SessionSummary summary;
    summary.set_session_id(s->id);
    summary.set_council_id(state.council_id());
    summary.set_title(state.title());
    summary.set_kind(state.kind());
    summary.set_status(state.status());
    out.push_back(std::move(summary));
  }
  return out;
}

Result<std::shared_ptr<SessionFeed>> SessionEngine::Feed(int64_t session_id) const {
  auto session = Find(session_id);
  if (!session) {
    return Status::NotFound("session_id " + std::to_string(session_id) + ": không có kỳ họp này");
  }
  return session->feed;
}

void SessionEngine::CloseFeeds(const Status& status) {
  std::shared_lock lock(sessions_mu_);
  for (const auto& [id, s] : sessions_) s->feed->Close(status);
}

}  // namespace dienhong
