#include "server/demo.h"

#include <spdlog/spdlog.h>

#include <future>

#include "common/decide.h"

namespace dienhong {
namespace {

constexpr const char* kDemoPin = "123456";

v1::Actor SystemActor() {
  v1::Actor actor;
  actor.set_display_name("Hệ thống (dữ liệu mẫu)");
  return actor;
}

Result<v1::CommandReply> Wait(const std::function<void(SessionEngine::Done)>& start) {
  std::promise<Result<v1::CommandReply>> promise;
  auto future = promise.get_future();
  start([&promise](Result<v1::CommandReply> r) { promise.set_value(std::move(r)); });
  return future.get();
}

Status CreateAccount(ServerCore& core, const std::string& name, const std::string& display,
                     v1::Role role, int64_t council, int64_t delegate = 0) {
  v1::Account a;
  a.set_name(name);
  a.set_display_name(display);
  a.set_role(role);
  a.set_council_id(council);
  a.set_delegate_id(delegate);
  return core.accounts.CreateAccount(a, kDemoPin, SystemActor()).status();
}

}  // namespace

Status CreateBootstrapAdmin(ServerCore& core, const std::string& pin) {
  v1::Account a;
  a.set_name("admin");
  a.set_display_name("Quản trị hệ thống");
  a.set_role(v1::ROLE_ADMINISTRATOR);
  DH_RETURN_IF_ERROR(core.accounts.CreateAccount(a, pin, SystemActor()).status());
  spdlog::info("created the first administrator account=admin");
  return Status::Ok();
}

Status SeedDemo(ServerCore& core) {
  const v1::Actor actor = SystemActor();
  v1::Council council;
  council.set_name("Hội đồng nhân dân phường Diên Hồng");
  council.set_level(v1::COUNCIL_LEVEL_COMMUNE);
  council.set_level_label("Phường");
  council.set_term_start_year(2021);
  council.set_term_end_year(2026);
  council.set_place("Phường Diên Hồng");
  DH_ASSIGN_OR_RETURN(council, core.registry.CreateCouncil(council, actor));

  static const char* kNames[] = {
      "Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Thị Dung",   "Hoàng Văn Đức",
      "Vũ Thị Giang",  "Đặng Minh Hải", "Bùi Thị Hạnh",   "Đỗ Quang Huy",    "Hồ Thị Khánh",
      "Ngô Văn Lâm",   "Dương Thị Mai", "Lý Văn Nam",     "Trịnh Thị Ngọc",  "Đinh Văn Phúc",
      "Mai Thị Quỳnh", "Tô Văn Sơn",    "Chu Thị Tâm",    "Lương Văn Thắng", "Phan Thị Thu",
      "Hà Văn Tiến",   "Tạ Thị Trang",  "Kiều Văn Trung", "Văn Thị Uyên",    "Quách Văn Việt",
      "Lưu Thị Xuân",  "Âu Văn Yên",    "Cao Thị Ánh",    "Nghiêm Văn Bảo",  "Khổng Thị Diệp"};
  static const char* kCommittees[] = {"Ban Pháp chế", "Ban Kinh tế – Ngân sách",
                                      "Ban Văn hóa – Xã hội"};
  std::vector<v1::Delegate> delegates;
  for (int i = 0; i < 30; ++i) {
    v1::Delegate d;
    d.set_full_name(kNames[i]);
    d.set_title(i == 0 ? "Chủ tịch HĐND phường" : i == 1 ? "Phó Chủ tịch HĐND phường" : "Đại biểu");
    d.set_delegate_group("Tổ đại biểu số " + std::to_string(i % 5 + 1));
    d.add_committees(kCommittees[i % 3]);
    d.set_seat(std::string(1, static_cast<char>('A' + i / 10)) + "-" + std::to_string(i % 10 + 1));
    delegates.push_back(std::move(d));
  }
  std::vector<v1::RowError> row_errors;
  DH_ASSIGN_OR_RETURN(delegates,
                      core.registry.ImportDelegates(council.id(), delegates, actor, &row_errors));

  DH_RETURN_IF_ERROR(CreateAccount(core, "admin", "Quản trị hệ thống", v1::ROLE_ADMINISTRATOR, 0));
  DH_RETURN_IF_ERROR(
      CreateAccount(core, "thuky", "Thư ký kỳ họp", v1::ROLE_SECRETARY, council.id()));
  DH_RETURN_IF_ERROR(CreateAccount(core, "chutoa", "Nguyễn Văn An", v1::ROLE_CHAIR, council.id()));
  DH_RETURN_IF_ERROR(
      CreateAccount(core, "manhinh", "Màn hình hội trường", v1::ROLE_DISPLAY, council.id()));
  DH_RETURN_IF_ERROR(
      CreateAccount(core, "quansat", "Quan sát viên", v1::ROLE_OBSERVER, council.id()));
  for (size_t i = 0; i < delegates.size(); ++i) {
    char name[32];  // room for any size_t, so the login name is never cut
    std::snprintf(name, sizeof name, "daibieu%02zu", i + 1);
    DH_RETURN_IF_ERROR(CreateAccount(core, name, delegates[i].full_name(), v1::ROLE_DELEGATE,
                                     council.id(), delegates[i].id()));
  }

  v1::Command create;
  auto* c = create.mutable_create_session();
  c->set_council_id(council.id());
  c->set_council_name(council.name());
  c->set_title("Kỳ họp thứ Mười (chuyên đề)");
  c->set_kind(v1::SESSION_KIND_THEMATIC);
  c->set_place("Hội trường UBND phường Diên Hồng");
  *c->mutable_quorum_rule() = council.quorum();
  for (const auto& d : delegates) {
    auto* r = c->add_roster();
    r->set_delegate_id(d.id());
    r->set_full_name(d.full_name());
    r->set_title(d.title());
    r->set_delegate_group(d.delegate_group());
    r->set_seat(d.seat());
  }
  struct Item {
    v1::AgendaItemKind kind;
    const char* title;
    int minutes;
  };
  for (const Item& item :
       {Item{v1::AGENDA_ITEM_KIND_OPENING, "Khai mạc kỳ họp", 15},
        Item{v1::AGENDA_ITEM_KIND_REPORT, "Báo cáo tình hình kinh tế – xã hội 9 tháng đầu năm", 30},
        Item{v1::AGENDA_ITEM_KIND_SUBMISSION,
             "Tờ trình về điều chỉnh kế hoạch đầu tư công năm 2026", 20},
        Item{v1::AGENDA_ITEM_KIND_DISCUSSION, "Thảo luận tại hội trường", 60},
        Item{v1::AGENDA_ITEM_KIND_VOTE, "Biểu quyết thông qua Nghị quyết", 15},
        Item{v1::AGENDA_ITEM_KIND_CLOSING, "Bế mạc kỳ họp", 10}}) {
    auto* a = c->add_agenda();
    a->set_kind(item.kind);
    a->set_title(item.title);
    a->set_planned_minutes(item.minutes);
  }
  c->mutable_agenda(2)->set_presenter("Chủ tịch UBND phường");
  auto* doc = c->mutable_agenda(2)->add_documents();
  doc->set_title("Tờ trình số 12/TTr-UBND");
  doc->set_uri("docs/to-trinh-12.pdf");
  // The demo has no papers on file yet, so its dossier rules keep the deadlines and ask
  // for no paper per item: with the defaults, the dossier gate would refuse every vote on
  // the submission and vote items (docs/documents.md).
  c->mutable_dossier_rules()->set_days_before_regular(7);
  c->mutable_dossier_rules()->set_days_before_other(3);
  c->add_sittings()->set_title("Phiên khai mạc và thảo luận (sáng)");
  c->add_sittings()->set_title("Phiên biểu quyết và bế mạc (chiều)");

  CommandContext context;
  context.actor = actor;
  context.now_micros = core.clock.NowMicros();
  DH_ASSIGN_OR_RETURN(v1::CommandReply created, Wait([&](SessionEngine::Done done) {
                        core.engine.Create(create, context, "", std::move(done));
                      }));
  v1::Command convene;
  *convene.mutable_convene_session()->mutable_roster() = c->roster();
  *convene.mutable_convene_session()->mutable_quorum_rule() = council.quorum();
  *convene.mutable_convene_session()->mutable_dossier_rules() = c->dossier_rules();
  DH_RETURN_IF_ERROR(Wait([&](SessionEngine::Done done) {
                       core.engine.Execute(created.session_id(), convene, context, "",
                                           std::move(done));
                     }).status());
  // Two officials to question (docs/interpellation.md), invited to the session.
  struct Official {
    const char* account;
    const char* name;
    const char* position;
    const char* agency;
  };
  for (const Official& o : {Official{"traloi01", "Lê Minh Tuấn", "Chủ tịch UBND phường Diên Hồng",
                                     "UBND phường Diên Hồng"},
                            Official{"traloi02", "Phạm Thu Hà", "Trưởng Công an phường Diên Hồng",
                                     "Công an phường Diên Hồng"}}) {
    v1::Account a;
    a.set_name(o.account);
    a.set_display_name(o.name);
    a.set_role(v1::ROLE_RESPONDENT);
    a.set_council_id(council.id());
    DH_ASSIGN_OR_RETURN(v1::Account official,
                        core.accounts.CreateAccount(a, kDemoPin, SystemActor()));
    v1::Command invite;
    v1::Respondent* r = invite.mutable_invite_respondent()->mutable_respondent();
    r->set_account_id(official.id());
    r->set_name(o.name);
    r->set_position(o.position);
    r->set_agency(o.agency);
    DH_RETURN_IF_ERROR(Wait([&](SessionEngine::Done done) {
                         core.engine.Execute(created.session_id(), invite, context, "",
                                             std::move(done));
                       }).status());
  }
  spdlog::info("demo data created council={} session={} delegates={}", council.id(),
               created.session_id(), delegates.size());
  return Status::Ok();
}

}  // namespace dienhong
