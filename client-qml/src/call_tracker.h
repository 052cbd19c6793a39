// CallTracker: the set of gRPC calls (unary and streaming) a Connection has in flight, so
// that the Connection can cancel them all and wait for their completion callbacks before
// it is destroyed. A callback posts its result to the GUI thread and only then leaves the
// tracker, so no callback can touch a Connection that is gone.
//
// Each entry keeps its call's owner alive (the object holding the ClientContext), so a
// context cannot be freed while cancelAllAndWait() is cancelling it; cancellation happens
// outside the lock, in case gRPC runs a completion inline.
//
// Thread-safety: every method is safe from any thread.
#pragma once

#include <grpcpp/client_context.h>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>

namespace dienhong::client {

class CallTracker {
 public:
  void add(grpc::ClientContext* ctx, std::shared_ptr<void> owner);
  void remove(grpc::ClientContext* ctx);
  // TryCancel on every call in flight, then blocks until each has called remove().
  void cancelAllAndWait();

 private:
  std::mutex mu_;
  std::condition_variable idle_;
  std::map<grpc::ClientContext*, std::shared_ptr<void>> calls_;
};

}  // namespace dienhong::client
