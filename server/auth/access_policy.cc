#include "server/auth/access_policy.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace dienhong::auth {
namespace {

using v1::Role;
constexpr Role kAdmin = v1::ROLE_ADMINISTRATOR;
constexpr Role kSecretary = v1::ROLE_SECRETARY;
constexpr Role kChair = v1::ROLE_CHAIR;
constexpr Role kDelegate = v1::ROLE_DELEGATE;
constexpr Role kRespondent = v1::ROLE_RESPONDENT;

// No token at all: only for getting a token and for infrastructure probes.
MethodPolicy Public(std::string_view method) { return {method, false, {}}; }
// Any logged-in account, whatever its role (reads shown on every screen).
MethodPolicy Authenticated(std::string_view method) { return {method, true, {}}; }
MethodPolicy Only(std::string_view method, std::vector<Role> roles) {
  return {method, true, std::move(roles)};
}

std::vector<MethodPolicy> BuildTable() {
  // Keep in the order of the .proto files so a reviewer can compare side by side;
  // access_policy_test checks the table against the generated descriptors both ways.
  return {
      // --- AuthService ---
      Public("/dienhong.v1.AuthService/Login"),
      Authenticated("/dienhong.v1.AuthService/Logout"),
      Authenticated("/dienhong.v1.AuthService/WhoAmI"),

      // --- AccountService: accounts are the administrator's alone ---
      Only("/dienhong.v1.AccountService/CreateAccount", {kAdmin}),
      Only("/dienhong.v1.AccountService/ListAccounts", {kAdmin}),
      Only("/dienhong.v1.AccountService/ResetPin", {kAdmin}),

      // --- CouncilService ---
      Only("/dienhong.v1.CouncilService/CreateCouncil", {kAdmin}),
      Authenticated("/dienhong.v1.CouncilService/GetCouncil"),
      Authenticated("/dienhong.v1.CouncilService/ListCouncils"),
      // The secretariat maintains the roster and the rules between sessions.
      Only("/dienhong.v1.CouncilService/SetQuorumRule", {kAdmin, kSecretary}),
      Only("/dienhong.v1.CouncilService/AddDelegate", {kAdmin, kSecretary}),
      Only("/dienhong.v1.CouncilService/ImportDelegates", {kAdmin, kSecretary}),
      Authenticated("/dienhong.v1.CouncilService/ListDelegates"),

      // --- SessionService ---
      // Preparing a session is secretariat work.
      Only("/dienhong.v1.SessionService/CreateSession", {kSecretary, kAdmin}),
      Authenticated("/dienhong.v1.SessionService/GetSession"),
      Authenticated("/dienhong.v1.SessionService/ListSessions"),
      Only("/dienhong.v1.SessionService/AddAgendaItem", {kSecretary, kAdmin}),
      Only("/dienhong.v1.SessionService/AddSitting", {kSecretary, kAdmin}),
      // The standing committee convenes (triệu tập); its secretary or the chair issues it.
      Only("/dienhong.v1.SessionService/ConveneSession", {kSecretary, kChair}),
      // Running the room is the presiding chair's prerogative alone.
      Only("/dienhong.v1.SessionService/OpenSitting", {kChair}),
      Only("/dienhong.v1.SessionService/SuspendSitting", {kChair}),
      Only("/dienhong.v1.SessionService/ResumeSitting", {kChair}),
      Only("/dienhong.v1.SessionService/CloseSitting", {kChair}),
      Only("/dienhong.v1.SessionService/CloseSession", {kChair}),
      Only("/dienhong.v1.SessionService/SetCurrentItem", {kChair}),
      Only("/dienhong.v1.SessionService/CompleteItem", {kChair}),

      // --- AttendanceService ---
      // Nobody checks in on behalf of another: only the delegate's own account.
      Only("/dienhong.v1.AttendanceService/CheckIn", {kDelegate}),
      Only("/dienhong.v1.AttendanceService/RecordAttendance", {kSecretary}),
      Authenticated("/dienhong.v1.AttendanceService/GetQuorum"),

      // --- FloorService (docs/floor.md) ---
      // Only for oneself: the speaker is taken from the caller's account. Respondents
      // (officials) ask to answer; everyone else reads the list via GetSession/Subscribe.
      Only("/dienhong.v1.FloorService/RequestFloor", {kDelegate, kRespondent}),
      Only("/dienhong.v1.FloorService/WithdrawRequest", {kDelegate, kRespondent}),
      // Presentations are registered in advance by the secretariat (or the chair).
      Only("/dienhong.v1.FloorService/RegisterPresentation", {kSecretary, kChair}),
      // Who speaks, and when a turn ends, is the presiding chair's call.
      Only("/dienhong.v1.FloorService/GrantFloor", {kChair}),
      // The secretary tidies the list for the chair (order, duplicates).
      Only("/dienhong.v1.FloorService/ReorderRequest", {kChair, kSecretary}),
      Only("/dienhong.v1.FloorService/RemoveRequest", {kChair, kSecretary}),
      Only("/dienhong.v1.FloorService/CloseList", {kChair}),
      Only("/dienhong.v1.FloorService/OpenList", {kChair}),
      Only("/dienhong.v1.FloorService/EndTurn", {kChair}),
      Only("/dienhong.v1.FloorService/InterruptTurn", {kChair}),
      Only("/dienhong.v1.FloorService/ExtendTurn", {kChair}),
      Only("/dienhong.v1.FloorService/PauseTurn", {kChair}),
      Only("/dienhong.v1.FloorService/ResumeTurn", {kChair}),
      Only("/dienhong.v1.FloorService/SetSessionFloorRules", {kChair, kSecretary}),
      // Like the quorum rule: the secretariat maintains the council's rules.
      Only("/dienhong.v1.FloorService/SetCouncilFloorRules", {kAdmin, kSecretary}),
      Only("/dienhong.v1.FloorService/GetFloorStatistics", {kChair, kSecretary}),

      // --- VotingService (docs/voting.md) ---
      // The chair runs votes; the secretary may prepare them and put results on screens.
      Only("/dienhong.v1.VotingService/CreatePoll", {kChair, kSecretary}),
      Only("/dienhong.v1.VotingService/OpenPoll", {kChair}),
      // No one votes on behalf of another: only the delegate's own account.
      Only("/dienhong.v1.VotingService/CastVote", {kDelegate}),
      Only("/dienhong.v1.VotingService/ClosePoll", {kChair}),
      Only("/dienhong.v1.VotingService/CancelPoll", {kChair}),
      Only("/dienhong.v1.VotingService/PublishResults", {kChair, kSecretary}),
      Only("/dienhong.v1.VotingService/RevotePoll", {kChair}),
      // Who has (not) voted, for the chair and the secretary; never what.
      Only("/dienhong.v1.VotingService/GetPollProgress", {kChair, kSecretary}),
      // Results are announced in the hall: everyone in the council may read them.
      Authenticated("/dienhong.v1.VotingService/GetPollResult"),

      // --- RecordsService (docs/records.md) ---
      // The minutes are drafted by the session secretary and signed by the chair; both
      // need the exports. Administrators run accounts, not sessions; delegates,
      // respondents and screens read the session live and get the minutes once adopted.
      Only("/dienhong.v1.RecordsService/ExportRecord", {kSecretary, kChair}),

      // --- InterpellationService (docs/interpellation.md) ---
      // The secretariat prepares the sitting or hearing; the chair may too.
      Only("/dienhong.v1.InterpellationService/InviteRespondent", {kSecretary, kChair}),
      // A delegate asks in their own name only: the questioner is the caller's delegate.
      Only("/dienhong.v1.InterpellationService/SubmitQuestion", {kDelegate}),
      // Grouping and ordering are the secretariat's (standing committee's) work.
      Only("/dienhong.v1.InterpellationService/DefineQuestionGroup", {kSecretary, kChair}),
      Only("/dienhong.v1.InterpellationService/OrderQuestionGroups", {kSecretary, kChair}),
      // Running the groups and giving the floor is the presiding chair's alone.
      Only("/dienhong.v1.InterpellationService/StartQuestionGroup", {kChair}),
      Only("/dienhong.v1.InterpellationService/CallQuestioner", {kChair}),
      Only("/dienhong.v1.InterpellationService/CallRespondent", {kChair}),
      // Only the questioner (checked against the question) records their satisfaction.
      Only("/dienhong.v1.InterpellationService/RecordSatisfaction", {kDelegate}),
      Only("/dienhong.v1.InterpellationService/SetHearing", {kSecretary, kChair}),
      // The chair concludes, with the secretary drafting.
      Only("/dienhong.v1.InterpellationService/RecordConclusion", {kChair, kSecretary}),
      // Reads for everyone in the council; respondents get only what is addressed to them.
      Authenticated("/dienhong.v1.InterpellationService/ListQuestions"),
      Authenticated("/dienhong.v1.InterpellationService/ListConclusions"),
      Authenticated("/dienhong.v1.InterpellationService/ListCommitments"),
      Authenticated("/dienhong.v1.InterpellationService/ListCarriedOverQuestions"),
      // Whom the secretariat may invite: the council's respondent accounts, for those who
      // invite (ListAccounts stays the administrator's).
      Only("/dienhong.v1.InterpellationService/ListRespondentAccounts", {kSecretary, kChair}),
      // The standing committee (its chair and secretary) follows commitments to the end.
      Only("/dienhong.v1.InterpellationService/MarkCommitmentDone", {kChair, kSecretary}),
      Only("/dienhong.v1.InterpellationService/ExtendCommitment", {kChair, kSecretary}),
      // The official answers what was addressed to them, themself.
      Only("/dienhong.v1.InterpellationService/AnswerInWriting", {kRespondent}),

      // --- DocumentService (docs/documents.md) ---
      // The secretariat prepares the dossier; the chair may too; a council's
      // administrator helps with the files. Their council is checked by the service.
      Only("/dienhong.v1.DocumentService/UploadDocument", {kSecretary, kChair, kAdmin}),
      Only("/dienhong.v1.DocumentService/AddConfidentialDocument", {kSecretary, kChair, kAdmin}),
      Only("/dienhong.v1.DocumentService/PublishDocument", {kSecretary, kChair, kAdmin}),
      Only("/dienhong.v1.DocumentService/OrderDocuments", {kSecretary, kChair, kAdmin}),
      Only("/dienhong.v1.DocumentService/WithdrawDocument", {kSecretary, kChair, kAdmin}),
      Only("/dienhong.v1.DocumentService/SetDossierRules", {kSecretary, kChair, kAdmin}),
      // Like the floor rules: the secretariat maintains the council's rules.
      Only("/dienhong.v1.DocumentService/SetCouncilDossierRules", {kAdmin, kSecretary}),
      Only("/dienhong.v1.DocumentService/ShowDocumentPage", {kSecretary, kChair, kAdmin}),
      // Everyone who follows the session reads its papers; drafts only the secretariat and
      // the chair (checked by the service).
      Authenticated("/dienhong.v1.DocumentService/DownloadDocument"),
      // Only for oneself: the delegate is the caller's.
      Only("/dienhong.v1.DocumentService/ReportDocumentReceipt", {kDelegate}),
      // Private: always the caller's own notes, whoever calls (an administrator gets only
      // their own, never a delegate's).
      Authenticated("/dienhong.v1.DocumentService/GetDocumentNotes"),
      Authenticated("/dienhong.v1.DocumentService/SetDocumentNotes"),

      // --- LiveService: every screen, including the big display, follows the session ---
      Authenticated("/dienhong.v1.LiveService/Subscribe"),

      // --- Standard gRPC services: probes from systemd/load balancers and tooling ---
      Public("/grpc.health.v1.Health/Check"),
      Public("/grpc.health.v1.Health/Watch"),
      Public("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"),
  };
}

}  // namespace

const std::vector<MethodPolicy>& AllPolicies() {
  static const std::vector<MethodPolicy> table = BuildTable();
  return table;
}

const MethodPolicy* FindPolicy(std::string_view full_method) {
  // Called on every RPC: index once. Keys view the literals in the table, which live
  // for the whole program.
  static const auto index = [] {
    std::unordered_map<std::string_view, const MethodPolicy*> m;
    for (const MethodPolicy& p : AllPolicies()) m.emplace(p.method, &p);
    return m;
  }();
  auto it = index.find(full_method);
  return it == index.end() ? nullptr : it->second;
}

bool RoleAllowed(const MethodPolicy& policy, v1::Role role) {
  if (!policy.requires_token) return true;
  // An account without a role is a data error; never let it through "any role".
  if (role == v1::ROLE_UNSPECIFIED) return false;
  if (policy.roles.empty()) return true;
  return std::find(policy.roles.begin(), policy.roles.end(), role) != policy.roles.end();
}

}  // namespace dienhong::auth
