#include "server/auth/sodium_once.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace dienhong::auth {

void EnsureSodium() {
  // A function-local static is initialised once, thread-safely (C++11 "magic statics").
  static const bool initialised = [] {
    if (sodium_init() < 0) {
      std::fputs("libsodium: sodium_init() failed\n", stderr);
      std::abort();
    }
    return true;
  }();
  (void)initialised;
}

}  // namespace dienhong::auth
