// Calls sodium_init() exactly once per process before any libsodium use in auth/.
//
// libsodium requires sodium_init() before its primitives are used (it picks the fastest
// implementations and seeds the random generator). Every entry point of this library
// calls EnsureSodium() first so that callers never have to remember.
//
// Thread-safety: safe from any thread; the first caller initialises, the rest wait.
#pragma once

namespace dienhong::auth {

// Aborts the process if libsodium cannot initialise: without it no PIN can be checked
// and no token issued, and continuing would only hide the fault.
void EnsureSodium();

}  // namespace dienhong::auth
