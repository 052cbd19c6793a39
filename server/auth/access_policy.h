// Who may call what: the table of every RPC and the roles allowed to call it. The server
// refuses any call whose method is missing from the table (deny by default), and a test
// checks that every method of every service in proto/ has an entry.
//
// Council scoping (a secretary of council A cannot act in council B) is checked by the
// service after it knows which council the request targets; this table only decides by
// role.
//
// Thread-safety: immutable static data.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "dienhong/v1/council.pb.h"

namespace dienhong::auth {

struct MethodPolicy {
  // Full gRPC method name, e.g. "/dienhong.v1.SessionService/OpenSitting".
  std::string_view method;
  // false only for Login (and the standard health/reflection services).
  bool requires_token = true;
  // Roles allowed; empty with requires_token = true means "any authenticated role".
  std::vector<v1::Role> roles;
};

// The entry for a method, or nullptr when there is none.
const MethodPolicy* FindPolicy(std::string_view full_method);

// Every entry (for tests and docs/api.md).
const std::vector<MethodPolicy>& AllPolicies();

bool RoleAllowed(const MethodPolicy& policy, v1::Role role);

}  // namespace dienhong::auth
