// Questioning and hearings over real gRPC against the real server: a full interpellation
// sitting (three issue groups, two respondents, follow-ups, debate priority, one
// unsatisfied question carried over to the next session and answered in writing), a full
// explanation hearing with conclusions and commitments followed after the session
// closed, what a respondent may see, the follow-up list across sessions, and the
// respondent accounts the secretariat chooses whom to invite from.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <thread>

#include "common/apply.h"
#include "common/calendar.h"
#include "dienhong/v1/floor_service.grpc.pb.h"
#include "dienhong/v1/interpellation_service.grpc.pb.h"
#include "tests/integration/fixture.h"
#include "tests/integration/live_reader.h"

namespace dienhong::it {
namespace {

using Stub = v1::InterpellationService::Stub;

class InterpellationTest : public IntegrationTest {
 protected:
  void SetUp() override {
    IntegrationTest::SetUp();
    ip_ = v1::InterpellationService::NewStub(stubs_->channel);
    floor_ = v1::FloorService::NewStub(stubs_->channel);
  }

  // Calls a mutating InterpellationService method with a fresh request id.
  template <typename Req>
  grpc::Status Try(const Caller& who, int64_t sid,
                   grpc::Status (Stub::*rpc)(grpc::ClientContext*, const Req&, v1::CommandReply*),
                   Req req, v1::CommandReply* reply = nullptr) {
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    v1::CommandReply local;
    return (ip_.get()->*rpc)(who.Context().get(), req, reply ? reply : &local);
  }
  template <typename Req>
  v1::CommandReply Run(const Caller& who, int64_t sid,
                       grpc::Status (Stub::*rpc)(grpc::ClientContext*, const Req&,
                                                 v1::CommandReply*),
                       Req req) {
    v1::CommandReply reply;
    CheckOk(Try(who, sid, rpc, std::move(req), &reply), "InterpellationService call");
    return reply;
  }

  void Invite(const Caller& secretary, int64_t sid, const Caller& respondent,
              const std::string& position, const std::string& agency) {
    v1::InviteRespondentRequest req;
    auto* r = req.mutable_command()->mutable_respondent();
    r->set_account_id(respondent.account_id);
    r->set_name("tên do máy chủ điền");
    r->set_position(position);
    r->set_agency(agency);
    auto reply = Run(secretary, sid, &Stub::InviteRespondent, req);
    EXPECT_NE(reply.events(0).respondent_invited().respondent().name(), "tên do máy chủ điền")
        << "the name comes from the account";
  }
  int64_t Submit(const Caller& delegate, int64_t sid, const Caller& respondent,
                 const std::string& text) {
    v1::SubmitQuestionRequest req;
    req.mutable_command()->set_delegate_id(999999);  // ignored: the caller's delegate
    req.mutable_command()->set_respondent_account_id(respondent.account_id);
    req.mutable_command()->set_text(text);
    auto reply = Run(delegate, sid, &Stub::SubmitQuestion, req);
    const v1::Question& q = reply.events(0).question_submitted().question();
    EXPECT_EQ(q.delegate_id(), delegate.delegate_id);
    return q.id();
  }
  int64_t Group(const Caller& secretary, int64_t sid, const std::string& title,
                std::vector<int64_t> questions) {
    v1::DefineQuestionGroupRequest req;
    req.mutable_command()->set_title(title);
    for (int64_t q : questions) req.mutable_command()->add_question_ids(q);
    return Run(secretary, sid, &Stub::DefineQuestionGroup, req)
        .events(0)
        .question_group_defined()
        .group()
        .id();
  }
  void StartGroup(const Caller& chair, int64_t sid, int64_t group) {
    v1::StartQuestionGroupRequest req;
    req.mutable_command()->set_group_id(group);
    Run(chair, sid, &Stub::StartQuestionGroup, req);
  }
  // A question (or follow-up) turn, ended by the chair; returns the turn.
  v1::Turn Ask(const Caller& chair, int64_t sid, int64_t question, bool follow_up = false) {
    v1::CallQuestionerRequest req;
    req.mutable_command()->set_question_id(question);
    req.mutable_command()->set_follow_up(follow_up);
    v1::Turn turn = Run(chair, sid, &Stub::CallQuestioner, req).events(0).turn_started().turn();
    EndTurn(chair, sid);
    return turn;
  }
  v1::Turn Answer(const Caller& chair, int64_t sid, const Caller& respondent,
                  std::vector<int64_t> questions) {
    v1::CallRespondentRequest req;
    req.mutable_command()->set_respondent_account_id(respondent.account_id);
    for (int64_t q : questions) req.mutable_command()->add_question_ids(q);
    v1::Turn turn = Run(chair, sid, &Stub::CallRespondent, req).events(0).turn_started().turn();
    EndTurn(chair, sid);
    return turn;
  }
  void EndTurn(const Caller& chair, int64_t sid) {
    v1::EndTurnRequest req;
    req.set_session_id(sid);
    req.set_request_id(NextRequestId());
    v1::CommandReply reply;
    CheckOk(floor_->EndTurn(chair.Context().get(), req, &reply), "EndTurn");
  }
  void Verdict(const Caller& delegate, int64_t sid, int64_t question, bool satisfied) {
    v1::RecordSatisfactionRequest req;
    req.mutable_command()->set_question_id(question);
    req.mutable_command()->set_satisfied(satisfied);
    Run(delegate, sid, &Stub::RecordSatisfaction, req);
  }
  void CloseAll(const Caller& chair, int64_t sid, int64_t sitting) {
    v1::CloseSittingRequest close;
    close.set_session_id(sid);
    close.set_request_id(NextRequestId());
    close.mutable_command()->set_sitting_id(sitting);
    v1::CommandReply reply;
    CheckOk(stubs_->sessions->CloseSitting(chair.Context().get(), close, &reply), "CloseSitting");
    v1::CloseSessionRequest end;
    end.set_session_id(sid);
    end.set_request_id(NextRequestId());
    CheckOk(stubs_->sessions->CloseSession(chair.Context().get(), end, &reply), "CloseSession");
  }
  v1::ListQuestionsResponse Questions(const Caller& who, int64_t sid) {
    v1::ListQuestionsRequest req;
    req.set_session_id(sid);
    v1::ListQuestionsResponse resp;
    CheckOk(ip_->ListQuestions(who.Context().get(), req, &resp), "ListQuestions");
    return resp;
  }
  v1::ListCommitmentsResponse Commitments(const Caller& who, int64_t council,
                                          const std::string& agency = "",
                                          v1::CommitmentStatus status = {}) {
    v1::ListCommitmentsRequest req;
    req.set_council_id(council);
    req.set_agency(agency);
    req.set_status(status);
    v1::ListCommitmentsResponse resp;
    CheckOk(ip_->ListCommitments(who.Context().get(), req, &resp), "ListCommitments");
    return resp;
  }
  Caller SecondRespondent(const CouncilWorld& world, const std::string& name) {
    CreateAccount(name, v1::ROLE_RESPONDENT, world.council_id);
    return Login(name);
  }

  std::unique_ptr<Stub> ip_;
  std::unique_ptr<v1::FloorService::Stub> floor_;
};

TEST_F(InterpellationTest, FullSittingThreeGroupsTwoRespondentsAndACarryOver) {
  CouncilWorld world = MakeCouncil("chatvan", 8, 6);
  const Caller& building = world.respondent;
  const Caller district = SecondRespondent(world, "chatvan.traloi2");
  const auto& d = world.delegate_callers;
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Invite(world.secretary, sid, building, "Giám đốc Sở Xây dựng", "Sở Xây dựng");
  Invite(world.secretary, sid, district, "Chủ tịch UBND quận Ba Đình", "UBND quận Ba Đình");
  // Questions submitted before the sitting.
  const int64_t q1 = Submit(d[0], sid, building, "Vì sao chung cư cũ chậm cải tạo?");
  const int64_t q2 = Submit(d[1], sid, building, "Bao giờ có phương án tái định cư?");
  const int64_t q3 = Submit(d[2], sid, district, "Vỉa hè bị lấn chiếm đến bao giờ?");
  const int64_t q4 = Submit(d[3], sid, district, "Chợ tạm gây ùn tắc xử lý thế nào?");
  const int64_t q5 = Submit(d[4], sid, building, "Vốn đầu tư công giải ngân chậm vì sao?");
  const int64_t g1 = Group(world.secretary, sid, "Chung cư cũ", {q1, q2});
  const int64_t g2 = Group(world.secretary, sid, "Trật tự đô thị", {q3, q4});
  const int64_t g3 = Group(world.secretary, sid, "Đầu tư công", {q5});
  {
    v1::OrderQuestionGroupsRequest order;
    for (int64_t g : {g1, g3, g2}) order.mutable_command()->add_group_ids(g);
    Run(world.secretary, sid, &Stub::OrderQuestionGroups, order);
  }
  Convene(world.chair, sid);
  OpenSitting(world.chair, sid, 2);
  SetCurrentItem(world.chair, sid, 3);

  // Group 1: two questions, one answer for both, a follow-up, a debate, verdicts.
  StartGroup(world.chair, sid, g1);
  const v1::Turn t1 = Ask(world.chair, sid, q1);
  EXPECT_EQ(t1.kind(), v1::FLOOR_KIND_QUESTION);
  EXPECT_EQ(t1.limit_seconds(), 180);
  EXPECT_EQ(t1.speaker().delegate_id(), d[0].delegate_id);
  Ask(world.chair, sid, q2);
  const v1::Turn a1 = Answer(world.chair, sid, building, {q1, q2});
  EXPECT_EQ(a1.kind(), v1::FLOOR_KIND_RESPONDENT_ANSWER);
  EXPECT_EQ(a1.speaker().account_id(), building.account_id);
  EXPECT_EQ(a1.question_ids_size(), 2);
  const v1::Turn f1 = Ask(world.chair, sid, q1, /*follow_up=*/true);
  EXPECT_EQ(f1.kind(), v1::FLOOR_KIND_FOLLOW_UP);
  EXPECT_EQ(f1.limit_seconds(), 60);
  Answer(world.chair, sid, building, {q1});
  {
    // The questioner's debate reply goes before another delegate's.
    v1::RequestFloorRequest debate;
    debate.set_session_id(sid);
    debate.mutable_command()->set_kind(v1::FLOOR_KIND_DEBATE);
    debate.mutable_command()->set_replies_to_turn_id(a1.id());
    v1::CommandReply other, questioner;
    debate.set_request_id(NextRequestId());
    CheckOk(floor_->RequestFloor(d[5].Context().get(), debate, &other), "debate other");
    debate.set_request_id(NextRequestId());
    CheckOk(floor_->RequestFloor(d[1].Context().get(), debate, &questioner), "debate q2");
    EXPECT_FALSE(other.events(0).floor_requested().request().priority());
    EXPECT_TRUE(questioner.events(0).floor_requested().request().priority());
    EXPECT_EQ(questioner.events(0).floor_requested().queue_index(), 0);
  }
  Verdict(d[0], sid, q1, true);
  Verdict(d[1], sid, q2, false);  // carries over

  // Group 3 next (the order the secretary set), then group 2.
  StartGroup(world.chair, sid, g3);
  Ask(world.chair, sid, q5);
  Answer(world.chair, sid, building, {q5});
  Verdict(d[4], sid, q5, true);
  StartGroup(world.chair, sid, g2);
  Ask(world.chair, sid, q3);
  Ask(world.chair, sid, q4);
  Answer(world.chair, sid, district, {q3, q4});
  Ask(world.chair, sid, q4, /*follow_up=*/true);
  Answer(world.chair, sid, district, {q4});
  Verdict(d[2], sid, q3, true);
  Verdict(d[3], sid, q4, true);
  {
    v1::RecordConclusionRequest conclude;
    conclude.mutable_command()->set_group_id(g1);
    conclude.mutable_command()->set_text("Giao Sở Xây dựng lập kế hoạch cải tạo chung cư cũ");
    auto* k = conclude.mutable_command()->add_commitments();
    k->set_what("Trình kế hoạch cải tạo chung cư cũ");
    k->set_agency("Sở Xây dựng");
    k->set_due_date("2099-06-30");
    Run(world.chair, sid, &Stub::RecordConclusion, conclude);
  }

  const v1::SessionState state = GetSession(world.observer, sid);
  const auto& ip = state.interpellation();
  ASSERT_EQ(ip.questions_size(), 5);
  ASSERT_EQ(ip.groups_size(), 3);
  EXPECT_EQ(ip.groups(1).id(), g3) << "the secretary's order";
  for (const auto& q : ip.questions()) {
    EXPECT_EQ(q.status(), v1::QUESTION_STATUS_ANSWERED) << q.id();
    EXPECT_FALSE(q.answer_turn_ids().empty());
  }
  EXPECT_EQ(ip.questions(q1 - 1).question_turn_ids_size(), 2) << "question and follow-up";
  EXPECT_EQ(ip.questions(q2 - 1).satisfaction(), v1::SATISFACTION_UNSATISFIED);
  EXPECT_EQ(state.floor().turns_size(), 12);

  // A respondent sees the text of their own questions only — in GetSession and the list.
  const v1::SessionState seen_by_district = GetSession(district, sid);
  EXPECT_TRUE(seen_by_district.interpellation().questions(q1 - 1).text().empty());
  EXPECT_EQ(seen_by_district.interpellation().questions(q3 - 1).text(),
            "Vỉa hè bị lấn chiếm đến bao giờ?");
  const auto district_list = Questions(district, sid);
  ASSERT_EQ(district_list.questions_size(), 2);
  EXPECT_EQ(district_list.questions(0).id(), q3);
  EXPECT_EQ(Questions(world.observer, sid).questions_size(), 5);

  CloseAll(world.chair, sid, 2);

  // The next session lists the unsatisfied question for its respondent.
  const int64_t next = CreateSession(world.secretary, world.council_id);
  const auto next_list = Questions(world.secretary, next);
  EXPECT_EQ(next_list.questions_size(), 0);
  ASSERT_EQ(next_list.carried_over_size(), 1);
  const v1::CarriedOverQuestion& carried = next_list.carried_over(0);
  EXPECT_EQ(carried.session_id(), sid);
  EXPECT_EQ(carried.question().id(), q2);
  EXPECT_EQ(carried.respondent().account_id(), building.account_id);
  const int64_t closing_day =
      LocalDayNumber(GetSession(world.observer, sid).closed_at().seconds() * 1000000);
  EXPECT_EQ(carried.written_answer_due_date(), FormatIsoDate(closing_day + 30))
      << "the default written_answer_days";
  EXPECT_EQ(Questions(district, next).carried_over_size(), 0) << "not addressed to them";
  EXPECT_EQ(Questions(building, next).carried_over_size(), 1);

  // Only its respondent answers it in writing; then it is no longer pending.
  v1::AnswerInWritingRequest written;
  written.set_session_id(sid);
  written.set_question_id(q2);
  written.set_text("Sở Xây dựng trả lời: phương án tái định cư trình trong quý III.");
  written.set_document("215/SXD-QLN");
  v1::CarriedOverQuestion answered;
  grpc::Status st = ip_->AnswerInWriting(district.Context().get(), written, &answered);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED) << Describe(st);
  CheckOk(ip_->AnswerInWriting(building.Context().get(), written, &answered), "AnswerInWriting");
  EXPECT_EQ(answered.written_answer().document(), "215/SXD-QLN");
  EXPECT_FALSE(answered.overdue());
  EXPECT_EQ(Questions(world.secretary, next).carried_over_size(), 0);
  v1::ListCarriedOverQuestionsRequest all;
  all.set_council_id(world.council_id);
  v1::ListCarriedOverQuestionsResponse listed;
  CheckOk(ip_->ListCarriedOverQuestions(world.chair.Context().get(), all, &listed), "ListCarried");
  ASSERT_EQ(listed.questions_size(), 1);
  EXPECT_TRUE(listed.questions(0).has_written_answer());
}

TEST_F(InterpellationTest, ExplanationHearingWithConclusionsAndCommitmentsFollowedAfterClose) {
  CouncilWorld world = MakeCouncil("giaitrinh", 8, 6);
  const auto& d = world.delegate_callers;
  v1::CreateSessionRequest create;
  create.set_request_id(NextRequestId());
  create.set_council_id(world.council_id);
  create.set_title("Phiên giải trình về quản lý đất công");
  create.set_kind(v1::SESSION_KIND_EXPLANATION_HEARING);
  create.add_agenda()->set_title("Giải trình việc quản lý, sử dụng đất công");
  create.mutable_agenda(0)->set_kind(v1::AGENDA_ITEM_KIND_DISCUSSION);
  create.add_sittings()->set_title("Phiên giải trình sáng 25/11");
  v1::CommandReply created;
  CheckOk(stubs_->sessions->CreateSession(world.secretary.Context().get(), create, &created),
          "CreateSession");
  const int64_t sid = created.session_id();
  {
    v1::SetHearingRequest hearing;
    auto* h = hearing.mutable_command()->mutable_hearing();
    h->set_issue("Quản lý, sử dụng đất công trên địa bàn");
    h->set_panel_chair_delegate_id(d[0].delegate_id);
    for (int i : {1, 2, 3}) h->add_panel_member_ids(d[i].delegate_id);
    h->add_agencies("Sở Tài nguyên và Môi trường");
    h->add_agencies("UBND quận Ba Đình");
    auto* doc = h->add_documents();
    doc->set_title("Báo cáo giải trình số 88/BC-STNMT");
    doc->set_uri("docs/88-bc-stnmt.pdf");
    Run(world.secretary, sid, &Stub::SetHearing, hearing);
  }
  Invite(world.secretary, sid, world.respondent, "Giám đốc Sở Tài nguyên và Môi trường",
         "Sở Tài nguyên và Môi trường");
  Convene(world.chair, sid);
  OpenSitting(world.chair, sid, 1);
  SetCurrentItem(world.chair, sid, 1);

  // Members ask (only the panel), the agency explains.
  {
    v1::SubmitQuestionRequest outsider;
    outsider.mutable_command()->set_respondent_account_id(world.respondent.account_id);
    outsider.mutable_command()->set_text("Tôi không thuộc đoàn");
    grpc::Status st = Try(d[5], sid, &Stub::SubmitQuestion, outsider);
    EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED) << Describe(st);
  }
  const int64_t q1 = Submit(d[1], sid, world.respondent, "Bao nhiêu khu đất công bị lấn chiếm?");
  const int64_t q2 = Submit(d[2], sid, world.respondent, "Trách nhiệm thu hồi thuộc ai?");
  Ask(world.chair, sid, q1);
  Ask(world.chair, sid, q2);
  Answer(world.chair, sid, world.respondent, {q1, q2});
  Verdict(d[1], sid, q1, true);
  Verdict(d[2], sid, q2, true);

  // The chair concludes with commitments.
  {
    v1::RecordConclusionRequest conclude;
    conclude.mutable_command()->set_text("Đề nghị các cơ quan khẩn trương rà soát, thu hồi");
    auto add = [&](const char* what, const char* agency, const char* due) {
      auto* k = conclude.mutable_command()->add_commitments();
      k->set_what(what);
      k->set_agency(agency);
      k->set_due_date(due);
    };
    add("Rà soát toàn bộ đất công", "Sở Tài nguyên và Môi trường", "2099-03-31");
    add("Thu hồi 12 khu đất bị lấn chiếm", "UBND quận Ba Đình", "2099-09-30");
    add("Báo cáo kết quả thu hồi", "Sở Tài nguyên và Môi trường", "2099-12-31");
    auto reply = Run(world.chair, sid, &Stub::RecordConclusion, conclude);
    EXPECT_EQ(reply.events(0).conclusion_recorded().conclusion().commitments(2).id(), 3);
  }
  v1::ListConclusionsRequest lc;
  lc.set_session_id(sid);
  v1::ListConclusionsResponse conclusions;
  CheckOk(ip_->ListConclusions(world.observer.Context().get(), lc, &conclusions), "conclusions");
  ASSERT_EQ(conclusions.conclusions_size(), 1);
  EXPECT_EQ(conclusions.conclusions(0).commitments_size(), 3);
  // The respondent sees their agency's commitments only.
  CheckOk(ip_->ListConclusions(world.respondent.Context().get(), lc, &conclusions), "mine");
  ASSERT_EQ(conclusions.conclusions(0).commitments_size(), 2);
  EXPECT_EQ(Commitments(world.respondent, world.council_id).commitments_size(), 2);

  CloseAll(world.chair, sid, 1);

  // After the session closed, the standing committee follows up.
  v1::MarkCommitmentDoneRequest done;
  done.set_session_id(sid);
  done.set_commitment_id(1);
  done.set_evidence("Đã rà soát 1.240 thửa đất công");
  done.set_document("Báo cáo 120/BC-STNMT");
  v1::CommitmentView view;
  grpc::Status st = ip_->MarkCommitmentDone(world.delegate_callers[0].Context().get(), done, &view);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED) << Describe(st);
  CheckOk(ip_->MarkCommitmentDone(world.secretary.Context().get(), done, &view), "done");
  EXPECT_EQ(view.status(), v1::COMMITMENT_STATUS_DONE);
  st = ip_->MarkCommitmentDone(world.secretary.Context().get(), done, &view);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << "done once";

  v1::ExtendCommitmentRequest extend;
  extend.set_session_id(sid);
  extend.set_commitment_id(2);
  extend.set_new_due_date("2100-03-31");
  extend.set_reason("Chờ phê duyệt phương án bồi thường");
  CheckOk(ip_->ExtendCommitment(world.chair.Context().get(), extend, &view), "extend");
  EXPECT_EQ(view.status(), v1::COMMITMENT_STATUS_EXTENDED);
  EXPECT_EQ(view.due_date(), "2100-03-31");
  EXPECT_EQ(view.commitment().due_date(), "2099-09-30");

  const auto all = Commitments(world.secretary, world.council_id);
  ASSERT_EQ(all.commitments_size(), 3);
  EXPECT_EQ(all.commitments(0).commitment().id(), 1) << "sorted by due date in force";
  EXPECT_EQ(all.commitments(2).commitment().id(), 2);
  EXPECT_EQ(Commitments(world.secretary, world.council_id, "UBND quận Ba Đình").commitments_size(),
            1);
  EXPECT_EQ(Commitments(world.secretary, world.council_id, "", v1::COMMITMENT_STATUS_OPEN)
                .commitments_size(),
            1);

  // The follow-up survives a restart (folded back from the registry stream).
  RestartServer(/*crash=*/false);
  ip_ = v1::InterpellationService::NewStub(stubs_->channel);  // the port changed
  const Caller secretary = Login("giaitrinh.thuky");
  const auto after = Commitments(secretary, world.council_id, "", v1::COMMITMENT_STATUS_DONE);
  ASSERT_EQ(after.commitments_size(), 1);
  EXPECT_EQ(after.commitments(0).fulfilled().document(), "Báo cáo 120/BC-STNMT");
}

TEST_F(InterpellationTest, FollowUpListAcrossSessionsAndBadFilters) {
  CouncilWorld world = MakeCouncil("theodoi", 6, 3);
  const auto& d = world.delegate_callers;
  std::vector<int64_t> sessions;
  for (int i = 0; i < 2; ++i) {
    const int64_t sid = CreateSession(world.secretary, world.council_id);
    Invite(world.secretary, sid, world.respondent, "Giám đốc Sở Giao thông vận tải",
           "Sở Giao thông vận tải");
    Convene(world.chair, sid);
    OpenSitting(world.chair, sid, 1);
    SetCurrentItem(world.chair, sid, 3);
    const int64_t q = Submit(d[i], sid, world.respondent, "Câu hỏi kỳ " + std::to_string(i + 1));
    Ask(world.chair, sid, q);  // asked, never answered: carries over
    v1::RecordConclusionRequest conclude;
    conclude.mutable_command()->set_text("Kết luận kỳ " + std::to_string(i + 1));
    auto* k = conclude.mutable_command()->add_commitments();
    k->set_what("Cam kết kỳ " + std::to_string(i + 1));
    k->set_agency("Sở Giao thông vận tải");
    k->set_due_date(i == 0 ? "2099-12-31" : "2099-01-31");
    Run(world.chair, sid, &Stub::RecordConclusion, conclude);
    CloseAll(world.chair, sid, 1);
    sessions.push_back(sid);
  }
  const auto all = Commitments(world.chair, world.council_id);
  ASSERT_EQ(all.commitments_size(), 2);
  EXPECT_EQ(all.commitments(0).session_id(), sessions[1]) << "earliest due first";
  EXPECT_EQ(all.commitments(1).session_id(), sessions[0]);
  v1::ListCommitmentsRequest due;
  due.set_council_id(world.council_id);
  due.set_due_on_or_before("2099-06-30");
  v1::ListCommitmentsResponse resp;
  CheckOk(ip_->ListCommitments(world.observer.Context().get(), due, &resp), "due filter");
  ASSERT_EQ(resp.commitments_size(), 1);
  EXPECT_EQ(resp.commitments(0).session_id(), sessions[1]);

  v1::ListCarriedOverQuestionsRequest carried;
  carried.set_council_id(world.council_id);
  carried.set_pending_only(true);
  v1::ListCarriedOverQuestionsResponse listed;
  CheckOk(ip_->ListCarriedOverQuestions(world.secretary.Context().get(), carried, &listed), "co");
  ASSERT_EQ(listed.questions_size(), 2);
  EXPECT_EQ(listed.questions(0).session_id(), sessions[0]);
  EXPECT_EQ(listed.questions(1).session_id(), sessions[1]);

  // Bad filters name the field; another council's list is refused.
  due.set_due_on_or_before("31/12/2099");
  grpc::Status st = ip_->ListCommitments(world.observer.Context().get(), due, &resp);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(st.error_message().rfind("due_on_or_before", 0), 0u) << st.error_message();
  CouncilWorld other = MakeCouncil("khac", 2, 0);
  v1::ListCommitmentsRequest foreign;
  foreign.set_council_id(world.council_id);
  st = ip_->ListCommitments(other.secretary.Context().get(), foreign, &resp);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(InterpellationTest, ARespondentsLiveStreamCarriesOthersQuestionsWithoutText) {
  CouncilWorld world = MakeCouncil("luong", 4, 2);
  const Caller other = SecondRespondent(world, "luong.traloi2");
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Invite(world.secretary, sid, world.respondent, "Giám đốc Sở Y tế", "Sở Y tế");
  Invite(world.secretary, sid, other, "Giám đốc Sở Giáo dục", "Sở Giáo dục và Đào tạo");
  // A tablet (batched, as the Qt client) and an older client (one event per message).
  LiveReader batched(*stubs_->live, world.respondent, sid, 0, /*batched=*/true);
  LiveReader single(*stubs_->live, world.respondent, sid, 0, /*batched=*/false);
  const int64_t mine = Submit(world.delegate_callers[0], sid, world.respondent, "Thuốc thiếu?");
  const int64_t theirs = Submit(world.delegate_callers[1], sid, other, "Trường học quá tải?");
  const int64_t last_seq = GetSession(world.secretary, sid).last_seq();
  for (LiveReader* reader : {&batched, &single}) {
    SCOPED_TRACE(reader == &batched ? "batched" : "one event per message");
    ASSERT_TRUE(reader->WaitForSeq(last_seq)) << "the respondent's stream reached the last event";
    v1::SessionState folded;
    for (const auto& m : reader->Messages()) {
      EXPECT_EQ(m.SerializeAsString().find("Trường học quá tải?"), std::string::npos);
      if (m.has_snapshot()) folded = m.snapshot();
    }
    for (const v1::Event& e : reader->Events()) Apply(folded, e);
    ASSERT_EQ(folded.interpellation().questions_size(), 2);
    EXPECT_EQ(folded.interpellation().questions(mine - 1).text(), "Thuốc thiếu?");
    EXPECT_TRUE(folded.interpellation().questions(theirs - 1).text().empty());
    EXPECT_EQ(folded.interpellation().questions(theirs - 1).respondent_account_id(),
              other.account_id);
    EXPECT_EQ(folded.last_seq(), last_seq) << "redacted, never dropped: no gap";
  }
}

TEST_F(InterpellationTest, RespondentAccountsForTheSecretariatToChooseFrom) {
  CouncilWorld world = MakeCouncil("moi", 3, 1);
  CouncilWorld other = MakeCouncil("moikhac", 2, 0);
  const Caller second = SecondRespondent(world, "moi.traloi2");
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  auto list = [&](const Caller& who, int64_t session_id, v1::ListRespondentAccountsResponse* out) {
    v1::ListRespondentAccountsRequest req;
    req.set_session_id(session_id);
    return ip_->ListRespondentAccounts(who.Context().get(), req, out);
  };
  // Invited or not, by account id (and nobody else listed).
  auto invited = [&](const Caller& who) {
    v1::ListRespondentAccountsResponse resp;
    CheckOk(list(who, sid, &resp), "ListRespondentAccounts");
    std::map<int64_t, bool> out;
    for (const auto& a : resp.accounts()) {
      out[a.account_id()] = a.invited();
      if (a.account_id() == second.account_id) {
        EXPECT_EQ(a.account(), "moi.traloi2");
        EXPECT_EQ(a.display_name(), "Tài khoản moi.traloi2");
      }
    }
    return out;
  };
  const std::map<int64_t, bool> none = {{world.respondent.account_id, false},
                                        {second.account_id, false}};
  EXPECT_EQ(invited(world.secretary), none) << "the council's two respondents, neither invited; "
                                               "not the other council's, nor other roles";
  EXPECT_EQ(invited(world.chair), none);
  Invite(world.secretary, sid, second, "Chủ tịch UBND quận Ba Đình", "UBND quận Ba Đình");
  const std::map<int64_t, bool> one = {{world.respondent.account_id, false},
                                       {second.account_id, true}};
  EXPECT_EQ(invited(world.secretary), one) << "right after the invitation's ack";
  EXPECT_FALSE(invited(world.secretary).count(other.respondent.account_id));

  v1::ListRespondentAccountsResponse resp;
  for (const Caller* refused : {&world.delegate_callers[0], &world.respondent, &world.observer}) {
    grpc::Status st = list(*refused, sid, &resp);
    EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED)
        << refused->account << ": " << Describe(st);
  }
  // Another council's secretary may not read this council's accounts.
  grpc::Status st = list(other.secretary, sid, &resp);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED) << Describe(st);
  // The administrator keeps ListAccounts; this list is not theirs.
  st = list(admin_, sid, &resp);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED) << Describe(st);
  // A session that does not exist: NOT_FOUND naming the field.
  st = list(world.secretary, 987654, &resp);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::NOT_FOUND) << Describe(st);
  EXPECT_EQ(st.error_message().rfind("session_id 987654", 0), 0u) << st.error_message();
}

TEST_F(InterpellationTest, BadInputNamesTheFieldAndChangesNothing) {
  CouncilWorld world = MakeCouncil("sai", 4, 2);
  const int64_t sid = CreateSession(world.secretary, world.council_id);
  Invite(world.secretary, sid, world.respondent, "Giám đốc Sở Công Thương", "Sở Công Thương");
  const int64_t before = GetSession(world.observer, sid).last_seq();
  auto expect = [](const grpc::Status& st, grpc::StatusCode code, const std::string& prefix) {
    EXPECT_EQ(st.error_code(), code) << Describe(st);
    EXPECT_EQ(st.error_message().rfind(prefix, 0), 0u) << st.error_message();
  };
  {
    // A delegate's account is not a respondent's; an unknown account is not found.
    v1::InviteRespondentRequest req;
    auto* r = req.mutable_command()->mutable_respondent();
    r->set_account_id(world.delegate_callers[0].account_id);
    r->set_position("Giám đốc");
    r->set_agency("Sở");
    expect(Try(world.secretary, sid, &Stub::InviteRespondent, req),
           grpc::StatusCode::FAILED_PRECONDITION, "respondent.account_id");
    r->set_account_id(987654);
    expect(Try(world.secretary, sid, &Stub::InviteRespondent, req), grpc::StatusCode::NOT_FOUND,
           "respondent.account_id 987654");
    r->set_account_id(world.respondent.account_id);
    r->set_position("  ");
    expect(Try(world.secretary, sid, &Stub::InviteRespondent, req),
           grpc::StatusCode::INVALID_ARGUMENT, "respondent.position: phải ghi rõ");
  }
  {
    v1::SubmitQuestionRequest req;
    req.mutable_command()->set_respondent_account_id(world.respondent.account_id);
    req.mutable_command()->set_text("   ");
    expect(Try(world.delegate_callers[0], sid, &Stub::SubmitQuestion, req),
           grpc::StatusCode::INVALID_ARGUMENT, "text: phải ghi rõ nội dung câu hỏi");
    req.mutable_command()->set_text("Câu hỏi");
    req.mutable_command()->set_respondent_account_id(world.chair.account_id);
    expect(Try(world.delegate_callers[0], sid, &Stub::SubmitQuestion, req),
           grpc::StatusCode::NOT_FOUND, "respondent_account_id");
  }
  {
    v1::RecordConclusionRequest req;
    req.mutable_command()->set_text("Kết luận");
    expect(Try(world.chair, sid, &Stub::RecordConclusion, req),
           grpc::StatusCode::FAILED_PRECONDITION, "kỳ họp đang chuẩn bị");
  }
  {
    v1::MarkCommitmentDoneRequest req;
    req.set_session_id(sid);
    req.set_commitment_id(1);
    req.set_evidence("x");
    v1::CommitmentView view;
    expect(ip_->MarkCommitmentDone(world.secretary.Context().get(), req, &view),
           grpc::StatusCode::NOT_FOUND, "commitment_id 1");
  }
  EXPECT_EQ(GetSession(world.observer, sid).last_seq(), before) << "nothing appended";
}

}  // namespace
}  // namespace dienhong::it
