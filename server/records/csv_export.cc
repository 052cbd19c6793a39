#include "server/records/csv_export.h"

#include <vector>

namespace dienhong::records {
namespace {

using Row = std::vector<std::string>;

std::string Cell(const std::string& value) {
  std::string v = value;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

class CsvWriter {
 public:
  void Line(const Row& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out_ += ',';
      out_ += Cell(row[i]);
    }
    out_ += "\r\n";
  }
  void Section(const std::string& id, const std::string& title, const Row& columns) {
    out_ += "\r\n";
    Line({"# " + id + " — " + title});
    Line(columns);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_ = "\xEF\xBB\xBF";
};

std::string N(int64_t v) { return std::to_string(v); }
std::string B(bool v) { return v ? "có" : "không"; }

}  // namespace

std::string RecordToCsv(const v1::SessionRecord& r) {
  CsvWriter w;
  const v1::SessionRecord::Coverage& c = r.covered();
  w.Line({"Hồ sơ kỳ họp (Diên Hồng)", r.session().title()});
  w.Line({"schema_version", N(r.schema_version())});
  w.Line({"council", r.session().council_name()});
  w.Line({"session_id", N(c.session_id())});
  w.Line({"sitting_id", N(c.sitting_id())});
  w.Line({"last_seq", N(c.last_seq())});
  w.Line({"last_log_index", N(c.last_log_index())});
  w.Line({"last_hash", c.last_hash()});
  w.Line({"last_event_at", c.last_event_at()});

  w.Section("attendance", "Điểm danh theo phiên họp",
            {"sitting_id", "sitting", "delegate_id", "full_name", "title", "delegate_group",
             "status", "status_label", "reason", "recorded_at"});
  for (const auto& s : r.sittings()) {
    for (const auto& a : s.attendance()) {
      w.Line({N(s.id()), s.title(), N(a.delegate_id()), a.full_name(), a.title(),
              a.delegate_group(), a.status(), a.status_label(), a.reason(), a.recorded_at()});
    }
  }

  w.Section("attendance_summary", "Tổng hợp điểm danh (số phiên họp)",
            {"delegate_id", "full_name", "present", "online", "excused", "absent"});
  for (const auto& a : r.attendance_summary()) {
    w.Line({N(a.delegate_id()), a.full_name(), N(a.present()), N(a.online()), N(a.excused()),
            N(a.absent())});
  }

  w.Section(
      "turns", "Lượt phát biểu",
      {"turn_id", "sitting_id", "item_id", "speaker", "capacity", "kind", "started_at", "ended_at",
       "spoken_seconds", "limit_seconds", "overrun_seconds", "interrupted", "end_reason", "topic"});
  for (const auto& t : r.turns()) {
    w.Line({N(t.turn_id()), N(t.sitting_id()), N(t.item_id()), t.speaker(), t.capacity(), t.kind(),
            t.started_at(), t.ended_at(), N(t.spoken_seconds()), N(t.limit_seconds()),
            N(t.overrun_seconds()), B(t.interrupted()), t.end_reason(), t.topic()});
  }

  w.Section(
      "votes", "Kết quả biểu quyết",
      {"poll_id", "poll", "kind", "secret", "status", "counted", "rule", "base_count", "ballots",
       "question_id", "question", "choice_id", "choice", "count", "passed", "result"});
  for (const auto& p : r.polls()) {
    for (const auto& q : p.questions()) {
      for (const auto& ch : q.choices()) {
        w.Line({N(p.poll_id()), p.title(), p.kind(), B(p.secret()), p.status(), B(p.counted()),
                p.rule(), N(p.base_count()), N(p.ballots()), N(q.question_id()), q.title(),
                N(ch.choice_id()), ch.label(), N(ch.count()), q.has_verdict() ? B(q.passed()) : "",
                q.result()});
      }
    }
  }

  w.Section("named_votes", "Danh sách biểu quyết công khai",
            {"poll_id", "poll", "question_id", "choice", "full_name"});
  for (const auto& p : r.polls()) {
    if (p.secret()) continue;
    for (const auto& q : p.questions()) {
      for (const auto& ch : q.choices()) {
        for (const auto& name : ch.delegates()) {
          w.Line({N(p.poll_id()), p.title(), N(q.question_id()), ch.label(), name});
        }
      }
    }
  }

  w.Section("questions", "Chất vấn và trả lời chất vấn",
            {"question_id", "group", "questioner", "respondent", "text", "asked_at", "answered_at",
             "satisfaction", "status"});
  for (const auto& q : r.questions()) {
    w.Line({N(q.question_id()), q.group(), q.questioner(), q.respondent(), q.text(), q.asked_at(),
            q.answered_at(), q.satisfaction(), q.status()});
  }

  w.Section("commitments", "Kết luận và cam kết",
            {"conclusion_id", "group", "conclusion", "commitment_id", "what", "agency", "due"});
  for (const auto& k : r.conclusions()) {
    if (k.commitments_size() == 0)
      w.Line({N(k.conclusion_id()), k.group(), k.text(), "", "", "", ""});
    for (const auto& m : k.commitments()) {
      w.Line({N(k.conclusion_id()), k.group(), k.text(), N(m.commitment_id()), m.what(),
              m.agency(), m.due()});
    }
  }

  w.Section("documents", "Tài liệu kỳ họp (mỗi phiên bản một dòng)", {"document_id",
                                                                      "item_id",
                                                                      "item",
                                                                      "kind",
                                                                      "title",
                                                                      "number",
                                                                      "issued_on",
                                                                      "issuer",
                                                                      "version",
                                                                      "confidential",
                                                                      "published_at",
                                                                      "replaced_at",
                                                                      "timeliness",
                                                                      "days_late",
                                                                      "digest",
                                                                      "size_bytes",
                                                                      "file_name",
                                                                      "original_digest",
                                                                      "original_file_name",
                                                                      "received",
                                                                      "opened"});
  for (const auto& d : r.documents()) {
    w.Line({N(d.document_id()),
            N(d.item_id()),
            d.item(),
            d.kind(),
            d.title(),
            d.number(),
            d.issued_on(),
            d.issuer(),
            N(d.version()),
            B(d.confidential()),
            d.published_at(),
            d.replaced_at(),
            d.timeliness(),
            N(d.days_late()),
            d.digest(),
            N(d.size_bytes()),
            d.file_name(),
            d.original_digest(),
            d.original_file_name(),
            N(d.received()),
            N(d.opened())});
  }

  w.Section("document_receipts", "Đại biểu đã nhận và đã mở tài liệu",
            {"document_id", "version", "delegate_id", "full_name", "received", "opened"});
  for (const auto& rc : r.receipts()) {
    w.Line({N(rc.document_id()), N(rc.version()), N(rc.delegate_id()), rc.full_name(),
            B(rc.received()), B(rc.opened())});
  }

  w.Section("dossier_overrides", "Biểu quyết khi hồ sơ chưa bảo đảm",
            {"poll_id", "poll", "item_id", "item", "reason", "defects", "account_id", "by", "at"});
  for (const auto& o : r.dossier_overrides()) {
    std::string defects;
    for (const auto& d : o.defects()) defects += (defects.empty() ? "" : "; ") + d;
    w.Line({N(o.poll_id()), o.poll(), N(o.item_id()), o.item(), o.reason(), defects,
            N(o.account_id()), o.by(), o.at()});
  }
  return w.Take();
}

}  // namespace dienhong::records
