#include "server/auth/access_policy.h"

#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "common/labels.h"
#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/document_service.grpc.pb.h"
#include "dienhong/v1/floor_service.grpc.pb.h"
#include "dienhong/v1/interpellation_service.grpc.pb.h"
#include "dienhong/v1/records_service.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "dienhong/v1/voting_service.grpc.pb.h"

namespace dienhong::auth {
namespace {

using google::protobuf::FileDescriptor;

// Full method names of every service reachable from the API's root files.
std::set<std::string> MethodsFromDescriptors() {
  // Touching a message of each file links its generated code, which registers the file
  // with the generated pool (static libraries drop unreferenced objects).
  (void)v1::Council::descriptor();
  (void)v1::CommandReply::descriptor();
  (void)v1::GrantFloorRequest::descriptor();
  (void)v1::CastVoteRequest::descriptor();
  (void)v1::ExportRecordRequest::descriptor();
  (void)v1::SubmitQuestionRequest::descriptor();
  (void)v1::UploadDocumentRequest::descriptor();
  const auto* pool = google::protobuf::DescriptorPool::generated_pool();
  std::vector<const FileDescriptor*> todo = {
      pool->FindFileByName("dienhong/v1/council.proto"),
      pool->FindFileByName("dienhong/v1/session_service.proto"),
      pool->FindFileByName("dienhong/v1/floor_service.proto"),
      pool->FindFileByName("dienhong/v1/voting_service.proto"),
      pool->FindFileByName("dienhong/v1/records_service.proto"),
      pool->FindFileByName("dienhong/v1/interpellation_service.proto"),
      pool->FindFileByName("dienhong/v1/document_service.proto"),
  };
  std::set<const FileDescriptor*> seen;
  std::set<std::string> methods;
  while (!todo.empty()) {
    const FileDescriptor* f = todo.back();
    todo.pop_back();
    if (f == nullptr) {
      ADD_FAILURE() << "a root .proto file is missing from the generated pool";
      continue;
    }
    if (!seen.insert(f).second) continue;
    for (int i = 0; i < f->dependency_count(); ++i) todo.push_back(f->dependency(i));
    if (f->package() != "dienhong.v1") continue;
    for (int s = 0; s < f->service_count(); ++s) {
      const auto* service = f->service(s);
      for (int m = 0; m < service->method_count(); ++m) {
        methods.insert("/" + service->full_name() + "/" + service->method(m)->name());
      }
    }
  }
  return methods;
}

// Full method names found by reading every .proto under proto/dienhong/v1. This catches
// a new service file that is not (yet) imported by the root files above.
std::set<std::string> MethodsFromSources() {
  std::set<std::string> methods;
  const std::regex line_comment("//[^\n]*");
  const std::regex service_re(R"(service\s+(\w+)\s*\{)");
  const std::regex rpc_re(R"(rpc\s+(\w+)\s*\()");
  for (const auto& entry : std::filesystem::directory_iterator(DIENHONG_PROTO_DIR)) {
    if (entry.path().extension() != ".proto") continue;
    std::ifstream in(entry.path());
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string text = std::regex_replace(buf.str(), line_comment, "");
    for (std::sregex_iterator it(text.begin(), text.end(), service_re), end; it != end; ++it) {
      // The service body runs to the brace that balances the opening one.
      size_t pos = it->position(0) + it->length(0);
      int depth = 1;
      size_t stop = pos;
      while (stop < text.size() && depth > 0) {
        if (text[stop] == '{') ++depth;
        if (text[stop] == '}') --depth;
        ++stop;
      }
      const std::string body = text.substr(pos, stop - pos);
      for (std::sregex_iterator r(body.begin(), body.end(), rpc_re); r != end; ++r) {
        methods.insert("/dienhong.v1." + (*it)[1].str() + "/" + (*r)[1].str());
      }
    }
  }
  return methods;
}

TEST(AccessPolicyCompletenessTest, EveryMethodHasAPolicy) {
  const std::set<std::string> methods = MethodsFromDescriptors();
  // Sanity: the walk did find the API (a broken walk must not pass vacuously).
  EXPECT_GE(methods.size(), 30u);
  EXPECT_TRUE(methods.count("/dienhong.v1.SessionService/OpenSitting"));
  EXPECT_TRUE(methods.count("/dienhong.v1.AuthService/Login"));
  for (const std::string& m : methods) {
    EXPECT_NE(FindPolicy(m), nullptr) << m << " has no entry in the access policy table";
  }
}

TEST(AccessPolicyCompletenessTest, EveryMethodInTheProtoSourcesHasAPolicy) {
  const std::set<std::string> methods = MethodsFromSources();
  EXPECT_EQ(methods, MethodsFromDescriptors())
      << "a .proto file under proto/dienhong/v1 declares services that the root files do "
         "not import; add it to this test's roots";
  for (const std::string& m : methods) {
    EXPECT_NE(FindPolicy(m), nullptr) << m << " has no entry in the access policy table";
  }
}

TEST(AccessPolicyCompletenessTest, EveryPolicyNamesAnExistingMethod) {
  const std::set<std::string> methods = MethodsFromDescriptors();
  std::set<std::string_view> names;
  for (const MethodPolicy& p : AllPolicies()) {
    EXPECT_TRUE(names.insert(p.method).second) << p.method << " is listed twice";
    if (p.method.starts_with("/grpc.")) continue;  // standard services, not in our protos
    EXPECT_TRUE(methods.count(std::string(p.method)))
        << p.method << " names no method of the API (renamed or removed?)";
  }
}

TEST(AccessPolicyCompletenessTest, OnlyLoginAndInfrastructureAreOpen) {
  for (const MethodPolicy& p : AllPolicies()) {
    if (p.requires_token) continue;
    EXPECT_TRUE(p.method == "/dienhong.v1.AuthService/Login" || p.method.starts_with("/grpc."))
        << p.method << " must not be callable without a token";
    EXPECT_TRUE(p.roles.empty()) << p.method;
  }
}

bool Allowed(std::string_view method, v1::Role role) {
  const MethodPolicy* p = FindPolicy(method);
  return p != nullptr && RoleAllowed(*p, role);
}

TEST(AccessPolicyTest, SpotChecks) {
  EXPECT_FALSE(Allowed("/dienhong.v1.SessionService/OpenSitting", v1::ROLE_DELEGATE));
  EXPECT_TRUE(Allowed("/dienhong.v1.SessionService/OpenSitting", v1::ROLE_CHAIR));
  EXPECT_FALSE(Allowed("/dienhong.v1.SessionService/OpenSitting", v1::ROLE_ADMINISTRATOR));
  EXPECT_TRUE(Allowed("/dienhong.v1.LiveService/Subscribe", v1::ROLE_DISPLAY));
  EXPECT_TRUE(Allowed("/dienhong.v1.AttendanceService/CheckIn", v1::ROLE_DELEGATE));
  EXPECT_FALSE(Allowed("/dienhong.v1.AttendanceService/CheckIn", v1::ROLE_SECRETARY));
  EXPECT_TRUE(Allowed("/dienhong.v1.AttendanceService/RecordAttendance", v1::ROLE_SECRETARY));
  EXPECT_FALSE(Allowed("/dienhong.v1.AccountService/CreateAccount", v1::ROLE_SECRETARY));
  EXPECT_TRUE(Allowed("/dienhong.v1.AccountService/CreateAccount", v1::ROLE_ADMINISTRATOR));
  EXPECT_TRUE(Allowed("/dienhong.v1.CouncilService/ImportDelegates", v1::ROLE_SECRETARY));
  EXPECT_FALSE(Allowed("/dienhong.v1.CouncilService/ImportDelegates", v1::ROLE_OBSERVER));
  EXPECT_TRUE(Allowed("/dienhong.v1.SessionService/ConveneSession", v1::ROLE_CHAIR));
  EXPECT_FALSE(Allowed("/dienhong.v1.SessionService/ConveneSession", v1::ROLE_DELEGATE));
  EXPECT_TRUE(Allowed("/dienhong.v1.FloorService/RequestFloor", v1::ROLE_DELEGATE));
  EXPECT_TRUE(Allowed("/dienhong.v1.FloorService/RequestFloor", v1::ROLE_RESPONDENT));
  EXPECT_FALSE(Allowed("/dienhong.v1.FloorService/RequestFloor", v1::ROLE_DISPLAY));
  EXPECT_FALSE(Allowed("/dienhong.v1.FloorService/RequestFloor", v1::ROLE_CHAIR));
  EXPECT_FALSE(Allowed("/dienhong.v1.FloorService/GrantFloor", v1::ROLE_DELEGATE));
  EXPECT_FALSE(Allowed("/dienhong.v1.FloorService/GrantFloor", v1::ROLE_SECRETARY));
  EXPECT_TRUE(Allowed("/dienhong.v1.FloorService/GrantFloor", v1::ROLE_CHAIR));
  EXPECT_TRUE(Allowed("/dienhong.v1.FloorService/RegisterPresentation", v1::ROLE_SECRETARY));
  EXPECT_FALSE(Allowed("/dienhong.v1.FloorService/GetFloorStatistics", v1::ROLE_OBSERVER));
  // Voting: nobody votes for another; the chair runs polls; progress is not for delegates.
  EXPECT_TRUE(Allowed("/dienhong.v1.VotingService/CastVote", v1::ROLE_DELEGATE));
  EXPECT_FALSE(Allowed("/dienhong.v1.VotingService/CastVote", v1::ROLE_CHAIR));
  EXPECT_FALSE(Allowed("/dienhong.v1.VotingService/CastVote", v1::ROLE_SECRETARY));
  EXPECT_FALSE(Allowed("/dienhong.v1.VotingService/CastVote", v1::ROLE_ADMINISTRATOR));
  EXPECT_TRUE(Allowed("/dienhong.v1.VotingService/OpenPoll", v1::ROLE_CHAIR));
  EXPECT_FALSE(Allowed("/dienhong.v1.VotingService/OpenPoll", v1::ROLE_SECRETARY));
  EXPECT_FALSE(Allowed("/dienhong.v1.VotingService/GetPollProgress", v1::ROLE_DELEGATE));
  EXPECT_TRUE(Allowed("/dienhong.v1.VotingService/GetPollResult", v1::ROLE_DISPLAY));
  // Records: the secretariat and the chair export the minutes; nobody else.
  for (v1::Role r : {v1::ROLE_SECRETARY, v1::ROLE_CHAIR}) {
    EXPECT_TRUE(Allowed("/dienhong.v1.RecordsService/ExportRecord", r)) << RoleLabel(r);
  }
  for (v1::Role r : {v1::ROLE_ADMINISTRATOR, v1::ROLE_DELEGATE, v1::ROLE_RESPONDENT,
                     v1::ROLE_DISPLAY, v1::ROLE_OBSERVER}) {
    EXPECT_FALSE(Allowed("/dienhong.v1.RecordsService/ExportRecord", r)) << RoleLabel(r);
  }
  // Questioning: delegates ask for themselves, the chair runs it, respondents answer.
  EXPECT_TRUE(Allowed("/dienhong.v1.InterpellationService/SubmitQuestion", v1::ROLE_DELEGATE));
  EXPECT_FALSE(Allowed("/dienhong.v1.InterpellationService/SubmitQuestion", v1::ROLE_SECRETARY));
  EXPECT_TRUE(Allowed("/dienhong.v1.InterpellationService/CallQuestioner", v1::ROLE_CHAIR));
  EXPECT_FALSE(Allowed("/dienhong.v1.InterpellationService/CallQuestioner", v1::ROLE_SECRETARY));
  EXPECT_FALSE(Allowed("/dienhong.v1.InterpellationService/RecordConclusion", v1::ROLE_RESPONDENT));
  EXPECT_TRUE(Allowed("/dienhong.v1.InterpellationService/AnswerInWriting", v1::ROLE_RESPONDENT));
  EXPECT_FALSE(Allowed("/dienhong.v1.InterpellationService/AnswerInWriting", v1::ROLE_CHAIR));
  EXPECT_FALSE(Allowed("/dienhong.v1.InterpellationService/MarkCommitmentDone", v1::ROLE_DELEGATE));
  // Whom to invite: the secretariat's choice; the account list itself stays the admin's.
  for (v1::Role r : {v1::ROLE_SECRETARY, v1::ROLE_CHAIR}) {
    EXPECT_TRUE(Allowed("/dienhong.v1.InterpellationService/ListRespondentAccounts", r))
        << RoleLabel(r);
  }
  for (v1::Role r : {v1::ROLE_ADMINISTRATOR, v1::ROLE_DELEGATE, v1::ROLE_RESPONDENT,
                     v1::ROLE_DISPLAY, v1::ROLE_OBSERVER}) {
    EXPECT_FALSE(Allowed("/dienhong.v1.InterpellationService/ListRespondentAccounts", r))
        << RoleLabel(r);
  }
  EXPECT_FALSE(Allowed("/dienhong.v1.AccountService/ListAccounts", v1::ROLE_SECRETARY));
}

TEST(AccessPolicyTest, LoginNeedsNoToken) {
  const MethodPolicy* login = FindPolicy("/dienhong.v1.AuthService/Login");
  ASSERT_NE(login, nullptr);
  EXPECT_FALSE(login->requires_token);
  EXPECT_TRUE(RoleAllowed(*login, v1::ROLE_UNSPECIFIED));
  const MethodPolicy* health = FindPolicy("/grpc.health.v1.Health/Check");
  ASSERT_NE(health, nullptr);
  EXPECT_FALSE(health->requires_token);
}

TEST(AccessPolicyTest, AnyAuthenticatedRoleMeansARealRole) {
  const MethodPolicy* whoami = FindPolicy("/dienhong.v1.AuthService/WhoAmI");
  ASSERT_NE(whoami, nullptr);
  EXPECT_TRUE(whoami->requires_token);
  for (int r = v1::Role_MIN; r <= v1::Role_MAX; ++r) {
    const auto role = static_cast<v1::Role>(r);
    EXPECT_EQ(RoleAllowed(*whoami, role), role != v1::ROLE_UNSPECIFIED) << r;
  }
}

TEST(AccessPolicyTest, UnknownMethodHasNoPolicy) {
  EXPECT_EQ(FindPolicy("/dienhong.v1.SessionService/DropDatabase"), nullptr);
  EXPECT_EQ(FindPolicy(""), nullptr);
  EXPECT_EQ(FindPolicy("dienhong.v1.SessionService/OpenSitting"), nullptr);
}

TEST(RoleLabelTest, VietnameseNames) {
  EXPECT_STREQ(RoleLabel(v1::ROLE_ADMINISTRATOR), "Quản trị");
  EXPECT_STREQ(RoleLabel(v1::ROLE_SECRETARY), "Thư ký kỳ họp");
  EXPECT_STREQ(RoleLabel(v1::ROLE_CHAIR), "Chủ tọa");
  EXPECT_STREQ(RoleLabel(v1::ROLE_DELEGATE), "Đại biểu");
  EXPECT_STREQ(RoleLabel(v1::ROLE_RESPONDENT), "Người trả lời chất vấn");
  EXPECT_STREQ(RoleLabel(v1::ROLE_DISPLAY), "Màn hình lớn");
  EXPECT_STREQ(RoleLabel(v1::ROLE_OBSERVER), "Quan sát viên");
}

}  // namespace
}  // namespace dienhong::auth
