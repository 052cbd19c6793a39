// Writes the committed seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/):
// a handful of meaningful inputs each, so that a bounded CI run starts from real
// sessions, real files and real texts instead of from nothing.
//
//   build-fuzz/tests/fuzz/make_seeds tests/fuzz/corpus
//
// Each Decide seed is also run through Decide here and reported (accepted or refused),
// so a change of the rules that turns a seed into a refusal shows up when regenerating.
// Thread-safety: a single-threaded program.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/apply.h"
#include "common/decide.h"
#include "common/vote_rules.h"
#include "common/voting.h"
#include "tests/fuzz/fuzz_session.h"

namespace {

using namespace dienhong;        // NOLINT
using namespace dienhong::fuzz;  // NOLINT

namespace fs = std::filesystem;

// Tags of ActorForTag: role + 8 * account.
constexpr uint8_t kSecretary = 2 + 8 * 7;
constexpr uint8_t kChair = 3 + 8 * 3;

enum StageIndex : uint8_t { kEmpty, kDraft, kConvened, kSitting, kOpenPoll, kSecretPoll, kFloor };

struct Script {
  std::string name;
  uint8_t stage;
  std::vector<std::pair<uint8_t, v1::Command>> commands;
};

void Write(const fs::path& dir, const std::string& name, const std::string& bytes) {
  fs::create_directories(dir);
  std::ofstream out(dir / name, std::ios::binary);
  out << bytes;
}

v1::Command CastCmd(int64_t poll, int64_t delegate, int32_t choice) {
  v1::Command c;
  c.mutable_cast_vote()->set_poll_id(poll);
  c.mutable_cast_vote()->set_delegate_id(delegate);
  v1::Ballot::Mark* m = c.mutable_cast_vote()->mutable_ballot()->add_marks();
  m->set_question_id(1);
  m->add_choice_ids(choice);
  return c;
}

std::vector<Script> Scripts() {
  const std::vector<Stage>& stages = Stages();
  std::vector<Script> s;
  {
    v1::Command c;
    v1::CreateSession* b = c.mutable_create_session();
    b->set_council_id(3);
    b->set_title("  Kỳ họp chuyên đề  ");
    b->set_kind(v1::SESSION_KIND_THEMATIC);
    b->mutable_quorum_rule()->set_numerator(1);
    b->mutable_quorum_rule()->set_denominator(2);
    for (int i = 1; i <= 3; ++i) b->add_roster()->set_delegate_id(i);
    b->add_agenda()->set_title("Tờ trình");
    b->mutable_agenda(0)->set_kind(v1::AGENDA_ITEM_KIND_SUBMISSION);
    b->add_sittings()->set_title("");
    s.push_back({"create", kEmpty, {{kSecretary, c}}});
  }
  {
    v1::Command item;
    item.mutable_add_agenda_item()->mutable_item()->set_title("Dự thảo nghị quyết bổ sung");
    item.mutable_add_agenda_item()->mutable_item()->set_kind(v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION);
    v1::Command sitting;
    sitting.mutable_add_sitting()->mutable_sitting()->set_title("Phiên chiều");
    v1::Command convene;
    convene.mutable_convene_session()->add_roster()->set_delegate_id(1);
    convene.mutable_convene_session()->add_roster()->set_delegate_id(2);
    convene.mutable_convene_session()->mutable_quorum_rule()->set_numerator(1);
    convene.mutable_convene_session()->mutable_quorum_rule()->set_denominator(2);
    s.push_back({"draft-edit-convene",
                 kDraft,
                 {{kSecretary, item}, {kSecretary, sitting}, {kSecretary, convene}}});
  }
  {
    v1::Command open;
    open.mutable_open_sitting()->set_sitting_id(1);
    v1::Command check;
    check.mutable_check_in()->set_delegate_id(5);
    check.mutable_check_in()->set_status(v1::ATTENDANCE_STATUS_ONLINE);
    v1::Command record;
    record.mutable_record_attendance()->set_sitting_id(1);
    record.mutable_record_attendance()->set_delegate_id(4);
    record.mutable_record_attendance()->set_status(v1::ATTENDANCE_STATUS_EXCUSED);
    record.mutable_record_attendance()->set_reason("Đi công tác");
    s.push_back(
        {"attendance", kConvened, {{kSecretary, open}, {kSecretary, check}, {kSecretary, record}}});
  }
  {
    v1::Command suspend;
    suspend.mutable_suspend_sitting()->set_sitting_id(1);
    suspend.mutable_suspend_sitting()->set_reason("Nghỉ giải lao");
    v1::Command resume;
    resume.mutable_resume_sitting()->set_sitting_id(1);
    v1::Command complete;
    complete.mutable_complete_item()->set_item_id(2);
    v1::Command close;
    close.mutable_close_sitting()->set_sitting_id(1);
    v1::Command end;
    end.mutable_close_session();
    s.push_back({"suspend-resume-close",
                 kSitting,
                 {{kChair, suspend},
                  {kChair, resume},
                  {kChair, complete},
                  {kChair, close},
                  {kChair, end}}});
  }
  {
    v1::Command create;
    v1::Poll* p = create.mutable_create_poll()->mutable_poll();
    p->set_title("Lấy phiếu tín nhiệm");
    p->set_kind(v1::POLL_KIND_CONFIDENCE_VOTE);
    p->add_questions()->set_title("Nguyễn Văn Hải");
    v1::Command open;
    open.mutable_open_poll()->set_poll_id(1);
    s.push_back({"confidence-poll",
                 kSitting,
                 {{kChair, create}, {kChair, open}, {4 + 8 * 1, CastCmd(1, 1, 1)}}});
  }
  {
    const v1::Poll& poll = *voting::FindPoll(stages[kOpenPoll].state, 1);
    (void)poll;
    v1::Command close;
    close.mutable_close_poll()->set_poll_id(1);
    for (auto [d, choice] : {std::pair<int64_t, int32_t>{1, 1}, {2, 2}, {3, 1}}) {
      v1::NamedVote* v = close.mutable_close_poll()->add_named();
      v->set_delegate_id(d);
      v1::Ballot::Mark* m = v->mutable_ballot()->add_marks();
      m->set_question_id(1);
      m->add_choice_ids(choice);
    }
    v1::Command publish;
    publish.mutable_publish_poll_results()->set_poll_id(1);
    s.push_back({"open-poll-close",
                 kOpenPoll,
                 {{4 + 8 * 3, CastCmd(1, 3, 1)}, {kChair, close}, {kChair, publish}}});
  }
  {
    const v1::Poll& poll = *voting::FindPoll(stages[kSecretPoll].state, 1);
    v1::PollTally tally = voting::EmptyTally(poll);
    for (int32_t choice : {1, 3, 2}) {
      v1::Ballot b;
      b.add_marks()->set_question_id(1);
      b.mutable_marks(0)->add_choice_ids(choice);
      voting::AddBallot(poll, b, tally);
    }
    v1::Command close;
    close.mutable_close_poll()->set_poll_id(1);
    *close.mutable_close_poll()->mutable_tally() = tally;
    v1::Command cancel;
    cancel.mutable_cancel_poll()->set_poll_id(1);
    cancel.mutable_cancel_poll()->set_reason("Sự cố thiết bị");
    v1::Command revote;
    revote.mutable_revote_poll()->set_poll_id(1);
    s.push_back(
        {"secret-poll-close", kSecretPoll, {{4 + 8 * 2, CastCmd(1, 2, 2)}, {kChair, close}}});
    s.push_back({"secret-poll-cancel-revote", kSecretPoll, {{kChair, cancel}, {kChair, revote}}});
  }
  {
    v1::Command grant;
    grant.mutable_grant_floor()->set_request_id(1);
    v1::Command end;
    end.mutable_end_turn();
    v1::Command reorder;
    reorder.mutable_reorder_floor_request()->set_request_id(2);
    reorder.mutable_reorder_floor_request()->set_position(1);
    s.push_back({"floor", kFloor, {{kChair, reorder}, {kChair, grant}, {kChair, end}}});
  }
  {
    v1::Command invite;
    v1::Respondent* r = invite.mutable_invite_respondent()->mutable_respondent();
    r->set_account_id(900);
    r->set_name("Giám đốc Sở Tài chính");
    r->set_position("Giám đốc");
    r->set_agency("Sở Tài chính");
    v1::Command submit;
    submit.mutable_submit_question()->set_delegate_id(1);
    submit.mutable_submit_question()->set_respondent_account_id(900);
    submit.mutable_submit_question()->set_text("Tiến độ giải ngân vốn đầu tư công?");
    s.push_back({"interpellation", kSitting, {{kSecretary, invite}, {4 + 8 * 1, submit}}});
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_seeds <corpus dir>\n");
    return 2;
  }
  const fs::path root = argv[1];
  const std::vector<Stage>& stages = Stages();

  for (const Script& script : Scripts()) {
    std::vector<std::string> commands;
    std::vector<std::string> events;
    v1::SessionState state = stages[script.stage].state;
    int64_t now = kStartMicros + 3'600'000'000LL;
    for (const auto& [tag, command] : script.commands) {
      commands.push_back(command.SerializeAsString());
      CommandContext ctx;
      ctx.actor = ActorForTag(tag);
      ctx.now_micros = now;
      now += 1'000'000;
      auto result = Decide(state, command, ctx);
      const char* verdict = result.ok() ? "accepted" : "refused";
      std::printf("%-28s %-22s %s%s\n", script.name.c_str(),
                  command.GetDescriptor()->FindFieldByNumber(command.body_case())->name().c_str(),
                  verdict, result.ok() ? "" : (": " + result.status().ToString()).c_str());
      if (!result.ok()) continue;
      for (v1::Event& e : result.value()) {
        e.mutable_recorded_at()->set_seconds(ctx.now_micros / 1'000'000);
        Apply(state, e);
        events.push_back(e.SerializeAsString());
      }
    }
    std::vector<Record> records;
    for (size_t i = 0; i < commands.size(); ++i) {
      records.push_back({script.commands[i].first, commands[i]});
    }
    Write(root / "decide_fuzz", script.name, EncodeInput(script.stage, records));
    records.clear();
    for (const std::string& e : events) records.push_back({0, e});
    if (!records.empty())
      Write(root / "apply_fuzz", script.name, EncodeInput(script.stage, records));
  }

  // Texts as people type them (validation_fuzz: byte 0 even = a text).
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"title-spaces", "  Kỳ họp thứ năm, Hội đồng nhân dân tỉnh  "},
      {"tabs-newlines", "\t\r\nBáo cáo số 12\n\t"},
      {"nbsp-zero-width", "\xC2\xA0Nguy\xE1\xBB\x85n V\xC4\x83n A\xE2\x80\x8B"},
      {"decomposed", "Nguye\xCC\x82\xCC\x83n"},
      {"invalid-utf8", "T\xC3\x28n \xED\xA0\x80 \xF4\x90\x80\x80"},
      {"digest", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
      {"emoji", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80 c\xC3\xA2u h\xE1\xBB\x8Fi"},
      {"escape", "\x1B[31mĐỏ\x1B[0m\x07"},
  };
  for (const auto& [name, text] : texts) Write(root / "validation_fuzz", name, '\0' + text);
  {
    v1::AgendaItem item;
    item.set_title("  Tờ trình dự toán ngân sách  ");
    item.set_kind(v1::AGENDA_ITEM_KIND_SUBMISSION);
    item.set_planned_minutes(30);
    item.set_presenter("Giám đốc Sở Tài chính");
    v1::DocumentRef* d = item.add_documents();
    d->set_title("Tờ trình số 5");
    d->set_uri("docs/tt-5.pdf");
    Write(root / "validation_fuzz", "agenda-item", '\1' + item.SerializeAsString());
    v1::Sitting sitting;
    sitting.set_title(" Phiên khai mạc ");
    sitting.mutable_planned_start()->set_seconds(1'765'170'000);
    Write(root / "validation_fuzz", "sitting", '\3' + sitting.SerializeAsString());
  }

  // Delegate files as spreadsheets write them.
  Write(root / "csv_fuzz", "delegates",
        "full_name,title,delegate_group,committees,seat\n"
        "Nguyễn Văn An,Đại biểu,Tổ 1,Ban Pháp chế;Ban Kinh tế - Ngân sách,A01\n"
        "\"Trần Thị \"\"Bình\"\"\",,Tổ 2,,A02\n");
  Write(root / "csv_fuzz", "excel-bom-crlf",
        "\xEF\xBB\xBF"
        "seat,full_name\r\nB01,Lê Văn Cường\r\n\r\nB02,\"Phạm\r\nThị Dung\"\r\n");
  Write(root / "csv_fuzz", "unterminated-quote", "full_name\n\"Hoàng Văn Em\n");
  Write(root / "csv_fuzz", "missing-name", "full_name,seat\n,A03\nĐỗ Thị Giang,A04,extra\n");

  // Session files (session_file_fuzz: byte 0 even = JSON, odd = YAML).
  Write(root / "session_file_fuzz", "session.yaml",
        "\1title: Kỳ họp thứ 12\n"
        "kind: regular\n"
        "place: Hội trường UBND tỉnh\n"
        "sittings:\n"
        "  - {title: Phiên khai mạc, planned_start: \"2026-12-08T08:00:00+07:00\"}\n"
        "agenda:\n"
        "  - kind: report\n"
        "    title: Báo cáo kinh tế - xã hội năm 2026\n"
        "    planned_minutes: 30\n"
        "    presenter: Chủ tịch UBND tỉnh\n"
        "    documents: [{title: Báo cáo số 12, uri: docs/bc-12.pdf}]\n");
  Write(root / "session_file_fuzz", "session.json",
        std::string("\0", 1) +
            "{\"title\": \"Kỳ họp chuyên đề\", \"kind\": \"thematic\", \"sittings\": "
            "[{\"title\": \"Phiên 1\"}], \"agenda\": [{\"kind\": \"submission\", \"title\": "
            "\"Tờ trình\", \"planned_minutes\": 15}]}");
  Write(root / "session_file_fuzz", "misspelt.yaml",
        "\1title: Kỳ họp\nagenda:\n  - kind: report\n    title: X\n    planed_minutes: 5\n");
  return 0;
}
