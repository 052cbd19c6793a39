// Result<T>: a value or the Status saying why there is none (std::expected is C++23 and
// not in Debian 12's toolchain).
//
// Thread-safety: a value type.
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "common/status.h"

namespace dienhong {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(v_).ok() && "Result needs a value or an error");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dienhong

// Evaluates `rexpr` (a Result<T>); on error returns its Status, else moves the value into
// `lhs`. Usage: DH_ASSIGN_OR_RETURN(auto council, registry.Council(id));
#define DH_CONCAT_INNER_(a, b) a##b
#define DH_CONCAT_(a, b) DH_CONCAT_INNER_(a, b)
#define DH_ASSIGN_OR_RETURN(lhs, rexpr) \
  DH_ASSIGN_OR_RETURN_IMPL_(DH_CONCAT_(dh_result_, __LINE__), lhs, rexpr)
#define DH_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                              \
  if (!tmp.ok()) return tmp.status();              \
  lhs = std::move(tmp).value()
