// Every RPC checks the caller's role: proved for EVERY method of every dienhong.v1 service
// (as the running server reports them through reflection, and as the compiled protos
// declare them) against every role, no token, and a bad token. The expected access is
// written out below, independently of the server's table, so a change to either shows up
// here. A method without a row fails the test.
//
// Calls go through grpc::GenericStub with a minimal serialized request built from the
// method's descriptor, so a new RPC is exercised without writing code for it.
#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/unknown_field_set.h>
#include <grpcpp/generic/generic_stub.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>

#include "tests/integration/fixture.h"

namespace dienhong::it {
namespace {

namespace pb = google::protobuf;
using v1::Role;

// Who may call a method, as the API documentation states it.
struct Access {
  bool needs_token = true;
  std::set<Role> roles;  // empty with needs_token: any authenticated role
};
Access Public() { return {false, {}}; }
Access AnyRole() { return {true, {}}; }
Access Only(std::set<Role> roles) { return {true, std::move(roles)}; }

const std::map<std::string, Access>& ExpectedAccess() {
  constexpr Role kAdmin = v1::ROLE_ADMINISTRATOR;
  constexpr Role kSecretary = v1::ROLE_SECRETARY;
  constexpr Role kChair = v1::ROLE_CHAIR;
  constexpr Role kDelegate = v1::ROLE_DELEGATE;
  constexpr Role kRespondent = v1::ROLE_RESPONDENT;
  static const std::map<std::string, Access> table = {
      {"/dienhong.v1.AuthService/Login", Public()},
      {"/dienhong.v1.AuthService/Logout", AnyRole()},
      {"/dienhong.v1.AuthService/WhoAmI", AnyRole()},
      {"/dienhong.v1.AccountService/CreateAccount", Only({kAdmin})},
      {"/dienhong.v1.AccountService/ListAccounts", Only({kAdmin})},
      {"/dienhong.v1.AccountService/ResetPin", Only({kAdmin})},
      {"/dienhong.v1.CouncilService/CreateCouncil", Only({kAdmin})},
      {"/dienhong.v1.CouncilService/GetCouncil", AnyRole()},
      {"/dienhong.v1.CouncilService/ListCouncils", AnyRole()},
      {"/dienhong.v1.CouncilService/SetQuorumRule", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.CouncilService/AddDelegate", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.CouncilService/ImportDelegates", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.CouncilService/ListDelegates", AnyRole()},
      {"/dienhong.v1.SessionService/CreateSession", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.SessionService/GetSession", AnyRole()},
      {"/dienhong.v1.SessionService/ListSessions", AnyRole()},
      {"/dienhong.v1.SessionService/AddAgendaItem", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.SessionService/AddSitting", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.SessionService/ConveneSession", Only({kSecretary, kChair})},
      {"/dienhong.v1.SessionService/OpenSitting", Only({kChair})},
      {"/dienhong.v1.SessionService/SuspendSitting", Only({kChair})},
      {"/dienhong.v1.SessionService/ResumeSitting", Only({kChair})},
      {"/dienhong.v1.SessionService/CloseSitting", Only({kChair})},
      {"/dienhong.v1.SessionService/CloseSession", Only({kChair})},
      {"/dienhong.v1.SessionService/SetCurrentItem", Only({kChair})},
      {"/dienhong.v1.SessionService/CompleteItem", Only({kChair})},
      {"/dienhong.v1.AttendanceService/CheckIn", Only({kDelegate})},
      {"/dienhong.v1.AttendanceService/RecordAttendance", Only({kSecretary})},
      {"/dienhong.v1.AttendanceService/GetQuorum", AnyRole()},
      {"/dienhong.v1.LiveService/Subscribe", AnyRole()},
      {"/dienhong.v1.FloorService/RequestFloor", Only({kDelegate, kRespondent})},
      {"/dienhong.v1.FloorService/WithdrawRequest", Only({kDelegate, kRespondent})},
      {"/dienhong.v1.FloorService/RegisterPresentation", Only({kSecretary, kChair})},
      {"/dienhong.v1.FloorService/GrantFloor", Only({kChair})},
      {"/dienhong.v1.FloorService/ReorderRequest", Only({kChair, kSecretary})},
      {"/dienhong.v1.FloorService/RemoveRequest", Only({kChair, kSecretary})},
      {"/dienhong.v1.FloorService/CloseList", Only({kChair})},
      {"/dienhong.v1.FloorService/OpenList", Only({kChair})},
      {"/dienhong.v1.FloorService/EndTurn", Only({kChair})},
      {"/dienhong.v1.FloorService/InterruptTurn", Only({kChair})},
      {"/dienhong.v1.FloorService/ExtendTurn", Only({kChair})},
      {"/dienhong.v1.FloorService/PauseTurn", Only({kChair})},
      {"/dienhong.v1.FloorService/ResumeTurn", Only({kChair})},
      {"/dienhong.v1.FloorService/SetSessionFloorRules", Only({kChair, kSecretary})},
      {"/dienhong.v1.FloorService/SetCouncilFloorRules", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.FloorService/GetFloorStatistics", Only({kChair, kSecretary})},
      {"/dienhong.v1.VotingService/CreatePoll", Only({kChair, kSecretary})},
      {"/dienhong.v1.VotingService/OpenPoll", Only({kChair})},
      {"/dienhong.v1.VotingService/CastVote", Only({kDelegate})},
      {"/dienhong.v1.VotingService/ClosePoll", Only({kChair})},
      {"/dienhong.v1.VotingService/CancelPoll", Only({kChair})},
      {"/dienhong.v1.VotingService/PublishResults", Only({kChair, kSecretary})},
      {"/dienhong.v1.VotingService/RevotePoll", Only({kChair})},
      {"/dienhong.v1.VotingService/GetPollProgress", Only({kChair, kSecretary})},
      {"/dienhong.v1.VotingService/GetPollResult", AnyRole()},
      {"/dienhong.v1.RecordsService/ExportRecord", Only({kChair, kSecretary})},
      {"/dienhong.v1.InterpellationService/InviteRespondent", Only({kSecretary, kChair})},
      {"/dienhong.v1.InterpellationService/SubmitQuestion", Only({kDelegate})},
      {"/dienhong.v1.InterpellationService/DefineQuestionGroup", Only({kSecretary, kChair})},
      {"/dienhong.v1.InterpellationService/OrderQuestionGroups", Only({kSecretary, kChair})},
      {"/dienhong.v1.InterpellationService/StartQuestionGroup", Only({kChair})},
      {"/dienhong.v1.InterpellationService/CallQuestioner", Only({kChair})},
      {"/dienhong.v1.InterpellationService/CallRespondent", Only({kChair})},
      {"/dienhong.v1.InterpellationService/RecordSatisfaction", Only({kDelegate})},
      {"/dienhong.v1.InterpellationService/SetHearing", Only({kSecretary, kChair})},
      {"/dienhong.v1.InterpellationService/RecordConclusion", Only({kChair, kSecretary})},
      {"/dienhong.v1.InterpellationService/ListQuestions", AnyRole()},
      {"/dienhong.v1.InterpellationService/ListConclusions", AnyRole()},
      {"/dienhong.v1.InterpellationService/ListCommitments", AnyRole()},
      {"/dienhong.v1.InterpellationService/ListCarriedOverQuestions", AnyRole()},
      {"/dienhong.v1.InterpellationService/ListRespondentAccounts", Only({kSecretary, kChair})},
      {"/dienhong.v1.InterpellationService/MarkCommitmentDone", Only({kChair, kSecretary})},
      {"/dienhong.v1.InterpellationService/ExtendCommitment", Only({kChair, kSecretary})},
      {"/dienhong.v1.InterpellationService/AnswerInWriting", Only({kRespondent})},
      {"/dienhong.v1.DocumentService/UploadDocument", Only({kSecretary, kChair, kAdmin})},
      {"/dienhong.v1.DocumentService/AddConfidentialDocument", Only({kSecretary, kChair, kAdmin})},
      {"/dienhong.v1.DocumentService/PublishDocument", Only({kSecretary, kChair, kAdmin})},
      {"/dienhong.v1.DocumentService/OrderDocuments", Only({kSecretary, kChair, kAdmin})},
      {"/dienhong.v1.DocumentService/WithdrawDocument", Only({kSecretary, kChair, kAdmin})},
      {"/dienhong.v1.DocumentService/SetDossierRules", Only({kSecretary, kChair, kAdmin})},
      {"/dienhong.v1.DocumentService/SetCouncilDossierRules", Only({kAdmin, kSecretary})},
      {"/dienhong.v1.DocumentService/ShowDocumentPage", Only({kSecretary, kChair, kAdmin})},
      {"/dienhong.v1.DocumentService/DownloadDocument", AnyRole()},
      {"/dienhong.v1.DocumentService/ReportDocumentReceipt", Only({kDelegate})},
      {"/dienhong.v1.DocumentService/GetDocumentNotes", AnyRole()},
      {"/dienhong.v1.DocumentService/SetDocumentNotes", AnyRole()},
  };
  return table;
}

std::string FullName(const pb::MethodDescriptor* m) {
  return "/" + m->service()->full_name() + "/" + m->name();
}

grpc::ByteBuffer ToBuffer(const std::string& bytes) {
  grpc::Slice slice(bytes);
  return grpc::ByteBuffer(&slice, 1);
}

// What one generic call produced: its final status, and the first response message.
struct CallResult {
  grpc::Status status;
  std::optional<std::string> first_response;
};

// Calls `method` with `request` bytes. For a streaming method, the first response counts
// as success: the call is then cancelled.
CallResult InvokeGeneric(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                         bool streaming, const std::string& request, const std::string& token) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext ctx;
  if (!token.empty()) ctx.AddMetadata("authorization", "Bearer " + token);
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(15));
  grpc::CompletionQueue cq;
  void* tag = nullptr;
  bool ok = false;
  CallResult result;
  grpc::ByteBuffer request_buffer = ToBuffer(request);
  grpc::ByteBuffer response;
  if (!streaming) {
    auto call = stub.PrepareUnaryCall(&ctx, method, request_buffer, &cq);
    call->StartCall();
    call->Finish(&response, &result.status, reinterpret_cast<void*>(1));
    cq.Next(&tag, &ok);
    if (result.status.ok()) {
      std::vector<grpc::Slice> slices;
      (void)response.Dump(&slices);
      std::string bytes;
      for (const auto& s : slices) bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
      result.first_response = bytes;
    }
  } else {
    auto call = stub.PrepareCall(&ctx, method, &cq);
    call->StartCall(reinterpret_cast<void*>(1));
    cq.Next(&tag, &ok);
    call->WriteLast(request_buffer, grpc::WriteOptions(), reinterpret_cast<void*>(2));
    cq.Next(&tag, &ok);
    call->Read(&response, reinterpret_cast<void*>(3));
    cq.Next(&tag, &ok);
    if (ok) {
      std::vector<grpc::Slice> slices;
      (void)response.Dump(&slices);
      std::string bytes;
      for (const auto& s : slices) bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
      result.first_response = bytes;
      ctx.TryCancel();
    }
    call->Finish(&result.status, reinterpret_cast<void*>(4));
    cq.Next(&tag, &ok);
    if (result.first_response) result.status = grpc::Status::OK;
  }
  cq.Shutdown();
  while (cq.Next(&tag, &ok)) {
  }
  return result;
}

// Services the running server offers, from its reflection service (ListServices),
// decoded by field number so the test needs no reflection stubs.
std::set<std::string> ServicesFromReflection(const std::shared_ptr<grpc::Channel>& channel) {
  // ServerReflectionRequest { list_services (7): "" }
  const std::string request("\x3a\x00", 2);
  CallResult r =
      InvokeGeneric(channel, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                    /*streaming=*/true, request, "");
  std::set<std::string> names;
  if (!r.first_response) return names;
  pb::UnknownFieldSet response;
  if (!response.ParseFromString(*r.first_response)) return names;
  for (int i = 0; i < response.field_count(); ++i) {
    // list_services_response (6) { service (1) { name (1) } }
    if (response.field(i).number() != 6) continue;
    pb::UnknownFieldSet list;
    list.ParseFromString(response.field(i).length_delimited());
    for (int j = 0; j < list.field_count(); ++j) {
      pb::UnknownFieldSet service;
      service.ParseFromString(list.field(j).length_delimited());
      for (int k = 0; k < service.field_count(); ++k) {
        if (service.field(k).number() == 1) names.insert(service.field(k).length_delimited());
      }
    }
  }
  return names;
}

// Every method of every dienhong.v1 service: those the server reports, plus those of the
// compiled API files (so a service the server forgot to register is still covered).
std::vector<const pb::MethodDescriptor*> AllMethods(const std::shared_ptr<grpc::Channel>& channel) {
  const pb::DescriptorPool* pool = pb::DescriptorPool::generated_pool();
  std::set<std::string> services;
  for (const std::string& name : ServicesFromReflection(channel)) {
    if (name.rfind("dienhong.", 0) == 0) services.insert(name);
  }
  for (const char* file : {"dienhong/v1/council.proto", "dienhong/v1/session_service.proto"}) {
    const pb::FileDescriptor* fd = pool->FindFileByName(file);
    if (fd == nullptr) continue;
    for (int i = 0; i < fd->service_count(); ++i) services.insert(fd->service(i)->full_name());
  }
  std::vector<const pb::MethodDescriptor*> methods;
  for (const std::string& name : services) {
    const pb::ServiceDescriptor* service = pool->FindServiceByName(name);
    if (service == nullptr) {
      ADD_FAILURE() << "the server offers " << name << " but the test has no descriptor for it";
      continue;
    }
    for (int i = 0; i < service->method_count(); ++i) methods.push_back(service->method(i));
  }
  return methods;
}

// The caller of one column of the matrix.
struct Column {
  std::string label;
  std::optional<Role> role;  // none: no token or a bad token
  std::string token;
  std::string account;  // to log in again for Logout, which revokes the token
  std::string pin;
};

class AuthzMatrixTest : public IntegrationTest {
 protected:
  // A minimal request for `method`: top-level ids point at the test's real objects, so an
  // allowed caller gets past authorization to the method's own checks.
  std::string MinimalRequest(const pb::MethodDescriptor* method) {
    const pb::Message* prototype =
        pb::MessageFactory::generated_factory()->GetPrototype(method->input_type());
    std::unique_ptr<pb::Message> request(prototype->New());
    const pb::Reflection* reflection = request->GetReflection();
    const std::pair<const char*, int64_t> ids[] = {
        {"session_id", session_id_}, {"council_id", world_.council_id}, {"account_id", spare_id_}};
    for (const auto& [field_name, value] : ids) {
      const pb::FieldDescriptor* field = method->input_type()->FindFieldByName(field_name);
      if (field != nullptr && field->cpp_type() == pb::FieldDescriptor::CPPTYPE_INT64) {
        reflection->SetInt64(request.get(), field, value);
      }
    }
    return request->SerializeAsString();
  }

  CouncilWorld world_;
  int64_t session_id_ = 0;
  int64_t spare_id_ = 0;  // an account whose PIN ResetPin may be asked to change
};

TEST_F(AuthzMatrixTest, EveryRpcChecksTheCallersRole) {
  world_ = MakeCouncil("haiphong", 6, 1);
  session_id_ = CreateSession(world_.secretary, world_.council_id);
  spare_id_ = CreateAccount("haiphong.du-phong", v1::ROLE_OBSERVER, world_.council_id).id();

  std::vector<Column> columns = {
      {"administrator", v1::ROLE_ADMINISTRATOR, admin_.token, "admin", kAdminPin},
      {"secretary", v1::ROLE_SECRETARY, world_.secretary.token, world_.secretary.account, kUserPin},
      {"chair", v1::ROLE_CHAIR, world_.chair.token, world_.chair.account, kUserPin},
      {"delegate", v1::ROLE_DELEGATE, world_.delegate_callers[0].token,
       world_.delegate_callers[0].account, kUserPin},
      {"respondent", v1::ROLE_RESPONDENT, world_.respondent.token, world_.respondent.account,
       kUserPin},
      {"display", v1::ROLE_DISPLAY, world_.display.token, world_.display.account, kUserPin},
      {"observer", v1::ROLE_OBSERVER, world_.observer.token, world_.observer.account, kUserPin},
      {"no token", std::nullopt, "", "", ""},
      {"bad token", std::nullopt, "khong-phai-ma-phien-0123456789abcdef", "", ""},
  };
  // Every role of the API has a column (a new role must be added here).
  std::set<Role> covered;
  for (const auto& c : columns) {
    if (c.role) covered.insert(*c.role);
  }
  const pb::EnumDescriptor* roles = v1::Role_descriptor();
  for (int i = 0; i < roles->value_count(); ++i) {
    const auto role = static_cast<Role>(roles->value(i)->number());
    if (role != v1::ROLE_UNSPECIFIED) {
      EXPECT_TRUE(covered.count(role)) << "no column for " << roles->value(i)->name();
    }
  }

  // The server itself lists its services; the API's are all among them.
  const std::set<std::string> offered = ServicesFromReflection(stubs_->channel);
  for (const char* service : {"AuthService", "AccountService", "CouncilService", "SessionService",
                              "AttendanceService", "LiveService", "FloorService", "VotingService",
                              "RecordsService", "InterpellationService", "DocumentService"}) {
    EXPECT_TRUE(offered.count(std::string("dienhong.v1.") + service))
        << "reflection does not list " << service;
  }
  const std::vector<const pb::MethodDescriptor*> methods = AllMethods(stubs_->channel);
  ASSERT_GE(methods.size(), ExpectedAccess().size())
      << "the server reported fewer methods than the table has rows";
  std::set<std::string> seen;
  int cells = 0;
  for (const pb::MethodDescriptor* method : methods) {
    const std::string name = FullName(method);
    seen.insert(name);
    auto row = ExpectedAccess().find(name);
    if (row == ExpectedAccess().end()) {
      ADD_FAILURE() << name << " has no row in the authorization matrix: add one stating "
                    << "which roles may call it";
      continue;
    }
    const Access& access = row->second;
    const bool streaming = method->server_streaming() || method->client_streaming();
    const std::string request = MinimalRequest(method);
    for (const Column& column : columns) {
      std::string token = column.token;
      if (method->name() == "Logout" && column.role) {
        // Logout revokes the token it is called with: use a token of its own.
        token = Login(column.account, column.pin).token;
      }
      const CallResult r = InvokeGeneric(stubs_->channel, name, streaming, request, token);
      const grpc::StatusCode code = r.status.error_code();
      ++cells;
      SCOPED_TRACE(name + " as " + column.label + " -> " + Describe(r.status));
      if (!column.role) {
        if (access.needs_token) {
          EXPECT_EQ(code, grpc::StatusCode::UNAUTHENTICATED);
        } else {
          EXPECT_NE(code, grpc::StatusCode::UNAUTHENTICATED);
          EXPECT_NE(code, grpc::StatusCode::PERMISSION_DENIED);
        }
        continue;
      }
      const bool allowed = access.roles.empty() || access.roles.count(*column.role) > 0;
      if (allowed) {
        EXPECT_NE(code, grpc::StatusCode::PERMISSION_DENIED);
        EXPECT_NE(code, grpc::StatusCode::UNAUTHENTICATED);
        EXPECT_NE(code, grpc::StatusCode::UNIMPLEMENTED);
      } else {
        EXPECT_EQ(code, grpc::StatusCode::PERMISSION_DENIED);
        EXPECT_NE(r.status.error_message().find(method->name()), std::string::npos)
            << "the refusal should name the operation";
      }
    }
  }
  for (const auto& [name, access] : ExpectedAccess()) {
    EXPECT_TRUE(seen.count(name)) << name << " is in the matrix but the server has no such RPC";
  }
  EXPECT_EQ(cells, static_cast<int>(methods.size() * columns.size()));
}

// A role is granted within its own council only.
TEST_F(AuthzMatrixTest, AccountsActOnlyInTheirOwnCouncil) {
  CouncilWorld a = MakeCouncil("quangninh", 4, 0);
  CouncilWorld b = MakeCouncil("laocai", 4, 1);
  const int64_t sid = CreateSession(a.secretary, a.council_id);
  const v1::SessionState before = GetSession(a.observer, sid);

  auto expect_denied = [](const grpc::Status& status, const char* what) {
    EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED)
        << what << ": " << Describe(status);
  };
  {
    v1::GetSessionRequest req;
    req.set_session_id(sid);
    v1::SessionState resp;
    expect_denied(stubs_->sessions->GetSession(b.secretary.Context().get(), req, &resp),
                  "GetSession");
  }
  {
    v1::AddAgendaItemRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    req.mutable_command()->mutable_item()->set_title("Nội dung chen ngang");
    req.mutable_command()->mutable_item()->set_kind(v1::AGENDA_ITEM_KIND_OTHER);
    v1::CommandReply resp;
    expect_denied(stubs_->sessions->AddAgendaItem(b.secretary.Context().get(), req, &resp),
                  "AddAgendaItem");
  }
  {
    v1::ConveneSessionRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    v1::CommandReply resp;
    expect_denied(stubs_->sessions->ConveneSession(b.chair.Context().get(), req, &resp),
                  "ConveneSession");
  }
  {
    v1::CreateSessionRequest req;
    req.set_council_id(a.council_id);
    req.set_title("Kỳ họp bất thường");
    req.set_kind(v1::SESSION_KIND_EXTRAORDINARY);
    v1::CommandReply resp;
    expect_denied(stubs_->sessions->CreateSession(b.secretary.Context().get(), req, &resp),
                  "CreateSession in another council");
  }
  {
    v1::CheckInRequest req;
    req.set_session_id(sid);
    v1::CommandReply resp;
    expect_denied(stubs_->attendance->CheckIn(b.delegate_callers[0].Context().get(), req, &resp),
                  "CheckIn");
  }
  {
    v1::GetQuorumRequest req;
    req.set_session_id(sid);
    v1::QuorumStatus resp;
    expect_denied(stubs_->attendance->GetQuorum(b.display.Context().get(), req, &resp),
                  "GetQuorum");
  }
  {
    v1::ListDelegatesRequest req;
    req.set_council_id(a.council_id);
    v1::ListDelegatesResponse resp;
    expect_denied(stubs_->councils->ListDelegates(b.observer.Context().get(), req, &resp),
                  "ListDelegates");
  }
  {
    v1::SetQuorumRuleRequest req;
    req.set_council_id(a.council_id);
    req.mutable_quorum()->set_numerator(1);
    req.mutable_quorum()->set_denominator(2);
    v1::Council resp;
    expect_denied(stubs_->councils->SetQuorumRule(b.secretary.Context().get(), req, &resp),
                  "SetQuorumRule");
  }
  {
    v1::ListSessionsRequest req;
    req.set_council_id(a.council_id);
    v1::ListSessionsResponse resp;
    expect_denied(stubs_->sessions->ListSessions(b.observer.Context().get(), req, &resp),
                  "ListSessions");
  }
  {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + b.display.token);
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    v1::SubscribeRequest req;
    req.set_session_id(sid);
    auto reader = stubs_->live->Subscribe(&ctx, req);
    v1::LiveMessage message;
    EXPECT_FALSE(reader->Read(&message)) << "another council's live feed was streamed";
    expect_denied(reader->Finish(), "Subscribe");
  }
  // A council's own administrator administers that council only.
  CreateAccount("quangninh.quantri", v1::ROLE_ADMINISTRATOR, a.council_id);
  const Caller council_admin = Login("quangninh.quantri");
  {
    v1::CreateAccountRequest req;
    req.mutable_account()->set_name("laocai.moi");
    req.mutable_account()->set_display_name("Tài khoản mới");
    req.mutable_account()->set_role(v1::ROLE_SECRETARY);
    req.mutable_account()->set_council_id(b.council_id);
    req.set_pin(kUserPin);
    v1::Account resp;
    expect_denied(stubs_->accounts->CreateAccount(council_admin.Context().get(), req, &resp),
                  "CreateAccount in another council");
    req.mutable_account()->set_role(v1::ROLE_ADMINISTRATOR);
    req.mutable_account()->set_council_id(0);
    expect_denied(stubs_->accounts->CreateAccount(council_admin.Context().get(), req, &resp),
                  "CreateAccount of a global administrator");
  }
  for (int64_t target : {admin_.account_id, b.secretary.account_id}) {
    v1::ResetPinRequest req;
    req.set_account_id(target);
    req.set_pin("111222");
    v1::Account resp;
    expect_denied(stubs_->accounts->ResetPin(council_admin.Context().get(), req, &resp),
                  "ResetPin outside the council");
  }
  {
    v1::ListAccountsRequest req;
    req.set_council_id(b.council_id);
    v1::ListAccountsResponse resp;
    expect_denied(stubs_->accounts->ListAccounts(council_admin.Context().get(), req, &resp),
                  "ListAccounts of another council");
  }
  {
    v1::CreateCouncilRequest req;
    req.mutable_council()->set_name("Hội đồng nhân dân xã Mới");
    req.mutable_council()->set_level(v1::COUNCIL_LEVEL_COMMUNE);
    v1::Council resp;
    expect_denied(stubs_->councils->CreateCouncil(council_admin.Context().get(), req, &resp),
                  "CreateCouncil by a council administrator");
  }
  // The refused resets changed nothing: B's secretary is still logged in.
  v1::WhoAmIResponse who;
  EXPECT_TRUE(stubs_->auth->WhoAmI(b.secretary.Context().get(), v1::WhoAmIRequest(), &who).ok());

  // A global listing shows only the caller's council.
  v1::ListCouncilsResponse councils;
  ASSERT_TRUE(stubs_->councils
                  ->ListCouncils(b.observer.Context().get(), v1::ListCouncilsRequest(), &councils)
                  .ok());
  ASSERT_EQ(councils.councils_size(), 1);
  EXPECT_EQ(councils.councils(0).id(), b.council_id);

  const v1::SessionState after = GetSession(a.observer, sid);
  EXPECT_EQ(after.last_seq(), before.last_seq());
  EXPECT_EQ(after.status(), v1::SESSION_STATUS_DRAFT);
  v1::GetCouncilRequest get;
  get.set_council_id(a.council_id);
  v1::Council council;
  ASSERT_TRUE(stubs_->councils->GetCouncil(a.observer.Context().get(), get, &council).ok());
  EXPECT_EQ(council.quorum().denominator(), 3u);
}

}  // namespace
}  // namespace dienhong::it
