#include "server/records/minutes_layout.h"

#include "common/calendar.h"
#include "common/text.h"
#include "server/records/record_time.h"

namespace dienhong::records {
namespace {

class Builder {
 public:
  void Para(std::string text, Align align = Align::kJustify, bool bold = false, bool italic = false,
            int size = 13, int before = 0) {
    MinutesBlock b;
    b.text = std::move(text);
    b.align = align;
    b.bold = bold;
    b.italic = italic;
    b.size_pt = size;
    b.space_before_pt = before;
    blocks_.push_back(std::move(b));
  }
  void Heading(const std::string& text) { Para(text, Align::kLeft, true, false, 13, 8); }
  void Table(std::vector<std::vector<std::string>> rows, std::vector<int> widths) {
    MinutesBlock b;
    b.kind = MinutesBlock::Kind::kTable;
    b.rows = std::move(rows);
    b.widths = std::move(widths);
    blocks_.push_back(std::move(b));
  }
  void Columns(std::vector<TextLine> left, std::vector<TextLine> right, int before = 0,
               int left_percent = 50) {
    MinutesBlock b;
    b.left_percent = left_percent;
    b.kind = MinutesBlock::Kind::kTwoColumns;
    b.left = std::move(left);
    b.right = std::move(right);
    b.space_before_pt = before;
    blocks_.push_back(std::move(b));
  }
  std::vector<MinutesBlock> Take() { return std::move(blocks_); }

 private:
  std::vector<MinutesBlock> blocks_;
};

std::string N(int64_t v) { return std::to_string(v); }

// When the minutes are dated: the first sitting covered that opened, else the last event.
std::string DocumentDate(const v1::SessionRecord& r) {
  for (const auto& s : r.sittings()) {
    if (!s.opened_at().empty()) return s.opened_at();
  }
  return r.covered().last_event_at();
}

std::string SittingLine(const v1::SessionRecord::Sitting& s) {
  std::string out = s.title() + ": ";
  if (s.opened_at().empty()) return out + "không họp (" + s.status() + ").";
  out += "khai mạc lúc " + HallDateTime(s.opened_at());
  if (!s.closed_at().empty()) out += ", kết thúc lúc " + HallDateTime(s.closed_at());
  for (const auto& sus : s.suspensions()) {
    out += "; tạm dừng lúc " + HallClock(sus.at());
    if (!sus.reason().empty()) out += " (" + sus.reason() + ")";
    if (!sus.resumed_at().empty()) out += ", họp lại lúc " + HallClock(sus.resumed_at());
  }
  return out + ".";
}

void Attendance(Builder& b, const v1::SessionRecord& r) {
  b.Heading("II. THÀNH PHẦN THAM DỰ");
  b.Para("Tổng số đại biểu Hội đồng nhân dân: " + N(r.session().total_delegates()) +
         " đại biểu. Điều kiện tiến hành: có ít nhất " + r.session().quorum_rule() + " tham dự.");
  for (const auto& s : r.sittings()) {
    if (s.opened_at().empty()) continue;
    b.Para(s.title() + ": có mặt " + N(s.present()) + ", trực tuyến " + N(s.online()) +
               ", vắng có lý do " + N(s.excused()) + ", vắng không có lý do " + N(s.absent()) +
               (s.quorum_met() ? " — đủ điều kiện tiến hành." : " — không đủ điều kiện tiến hành."),
           Align::kJustify, false, false, 13, 4);
    std::vector<std::vector<std::string>> rows = {{"TT", "Họ và tên", "Tình trạng", "Lý do"}};
    int i = 0;
    for (const auto& a : s.attendance()) {
      rows.push_back({N(++i), a.full_name(), a.status_label(), a.reason()});
    }
    b.Table(std::move(rows), {1, 6, 4, 5});
  }
}

void Agenda(Builder& b, const v1::SessionRecord& r) {
  b.Heading("III. NỘI DUNG VÀ DIỄN BIẾN");
  if (r.agenda().empty()) {
    b.Para("Chưa thực hiện nội dung nào của chương trình.");
    return;
  }
  std::vector<std::vector<std::string>> rows = {{"Nội dung", "Loại", "Bắt đầu", "Kết thúc"}};
  for (const auto& a : r.agenda()) {
    std::string title = a.title();
    if (!a.presenter().empty()) title += " (trình bày: " + a.presenter() + ")";
    if (a.reopened()) title += " — tiếp tục";
    rows.push_back({title, a.kind(), HallDateTime(a.started_at()),
                    a.ended_at().empty() ? "chưa kết thúc" : HallDateTime(a.ended_at())});
  }
  b.Table(std::move(rows), {8, 3, 4, 4});
}

void Turns(Builder& b, const v1::SessionRecord& r) {
  b.Heading("IV. CÁC Ý KIẾN PHÁT BIỂU");
  if (r.turns().empty()) {
    b.Para("Không có lượt phát biểu nào.");
    return;
  }
  std::vector<std::vector<std::string>> rows = {
      {"TT", "Người phát biểu", "Hình thức", "Bắt đầu", "Thời lượng"}};
  int i = 0;
  for (const auto& t : r.turns()) {
    std::string who = t.speaker();
    if (!t.capacity().empty()) who += " (" + t.capacity() + ")";
    if (!t.topic().empty()) who += ": " + t.topic();
    std::string length = DurationText(t.spoken_seconds());
    if (t.overrun_seconds() > 0) length += ", quá " + DurationText(t.overrun_seconds());
    if (t.ended_at().empty()) length += " (đang phát biểu)";
    if (t.interrupted()) length += "; bị dừng: " + t.end_reason();
    rows.push_back({N(++i), who, t.kind(), HallClock(t.started_at()), length});
  }
  b.Table(std::move(rows), {1, 8, 3, 2, 4});
}

void Questions(Builder& b, const v1::SessionRecord& r) {
  b.Heading("V. CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN");
  if (r.questions().empty()) {
    b.Para("Không có câu hỏi chất vấn.");
    return;
  }
  int i = 0;
  for (const auto& q : r.questions()) {
    std::string text = N(++i) + ". Đại biểu " + q.questioner() + " chất vấn " + q.respondent();
    if (!q.group().empty()) text += " (nhóm vấn đề: " + q.group() + ")";
    text += ": “" + q.text() + "”.";
    if (!q.answered_at().empty()) text += " Đã trả lời lúc " + HallDateTime(q.answered_at()) + ".";
    if (!q.satisfaction().empty()) text += " Đánh giá của đại biểu: " + q.satisfaction() + ".";
    b.Para(text);
  }
}

void Conclusions(Builder& b, const v1::SessionRecord& r) {
  b.Heading("VI. KẾT LUẬN VÀ CAM KẾT");
  if (r.conclusions().empty()) {
    b.Para("Không có kết luận nào được ghi nhận.");
    return;
  }
  for (const auto& k : r.conclusions()) {
    b.Para(k.group().empty() ? "Kết luận: " + k.text()
                             : "Kết luận về nhóm vấn đề “" + k.group() + "”: " + k.text());
    for (const auto& m : k.commitments()) {
      std::string text = "– Cam kết: " + m.what();
      if (!m.agency().empty()) text += "; cơ quan thực hiện: " + m.agency();
      if (!m.due().empty()) text += "; thời hạn: " + VietnameseDateFromIso(m.due());
      b.Para(text + ".");
    }
  }
}

void Polls(Builder& b, const v1::SessionRecord& r) {
  b.Heading("VII. KẾT QUẢ BIỂU QUYẾT");
  if (r.polls().empty()) {
    b.Para("Không có biểu quyết nào.");
    return;
  }
  int i = 0;
  for (const auto& p : r.polls()) {
    b.Para(N(++i) + ". " + p.title() + " (" + p.kind() + ", " +
               (p.secret() ? "bỏ phiếu kín" : "biểu quyết công khai") + ", " + p.status() + ")",
           Align::kLeft, true, false, 13, 4);
    if (!p.cancel_reason().empty()) b.Para("Lý do hủy: " + p.cancel_reason() + ".");
    if (!p.counted()) continue;
    b.Para("Điều kiện thông qua: " + p.rule() + " (" + N(p.base_count()) +
           "). Số đại biểu có quyền biểu quyết: " + N(p.entitled()) +
           "; số phiếu: " + N(p.ballots()) + ".");
    for (const auto& q : p.questions()) {
      std::vector<std::vector<std::string>> rows = {
          {q.title().empty() ? "Lựa chọn" : q.title(), "Số phiếu"}};
      for (const auto& c : q.choices()) rows.push_back({c.label(), N(c.count())});
      if (q.blank() > 0) rows.push_back({"Không chọn", N(q.blank())});
      b.Table(std::move(rows), {8, 3});
      if (!q.result().empty()) b.Para(q.result() + ".");
      if (p.secret()) continue;
      for (const auto& c : q.choices()) {
        if (c.delegates_size() == 0) continue;
        std::string names;
        for (const auto& n : c.delegates()) names += (names.empty() ? "" : ", ") + n;
        b.Para(c.label() + " (" + N(c.delegates_size()) + "): " + names + ".");
      }
    }
    if (p.secret()) {
      b.Para(
          "Bỏ phiếu kín: biên bản chỉ ghi kết quả kiểm phiếu, không ghi lựa chọn của từng đại "
          "biểu.",
          Align::kJustify, false, true);
    } else if (p.not_voted_size() > 0) {
      std::string names;
      for (const auto& n : p.not_voted()) names += (names.empty() ? "" : ", ") + n;
      // "Không biểu quyết" is a choice on the ballot; these delegates were present and cast
      // no ballot at all.
      b.Para("Không tham gia biểu quyết (" + N(p.not_voted_size()) + "): " + names + ".");
    }
  }
}

// "sha256:1a2b3c4d5e6f…": enough to compare with a file at hand; the full digest is in
// the CSV and JSON.
std::string ShortDigest(const std::string& digest) {
  return digest.size() > 19 ? digest.substr(0, 19) + "…" : digest;
}

std::string Defects(const v1::SessionRecord::DossierOverride& o) {
  std::string out;
  for (const auto& d : o.defects()) out += (out.empty() ? "" : "; ") + d;
  return out;
}

void Documents(Builder& b, const v1::SessionRecord& r) {
  // A sitting's minutes: papers belong to the session; only the overrides are shown.
  if (r.covered().sitting_id() != 0 && r.dossier_overrides().empty()) return;
  b.Heading("VIII. TÀI LIỆU VÀ HỒ SƠ CÁC NỘI DUNG");
  if (r.covered().sitting_id() == 0) {
    if (r.documents().empty()) {
      b.Para("Không có tài liệu nào được gửi qua hệ thống.");
    } else {
      std::vector<std::vector<std::string>> rows = {
          {"TT", "Tài liệu", "Bản", "Ngày gửi", "Thời hạn", "Mã kiểm tra"}};
      int i = 0;
      for (const auto& d : r.documents()) {
        std::string what = d.kind() + ": " + d.title();
        if (!d.number().empty()) what += " (số " + d.number() + ")";
        if (!d.item().empty()) what += " — nội dung “" + d.item() + "”";
        std::string sent = d.published_at().empty() ? "chưa gửi" : HallDateTime(d.published_at());
        if (!d.replaced_at().empty()) sent += "; đã thay bằng bản sau";
        rows.push_back({N(++i), what, d.confidential() ? "mật" : N(d.version()), sent,
                        d.published_at().empty() ? "" : d.timeliness(),
                        d.confidential() ? "bản giấy" : ShortDigest(d.digest())});
      }
      b.Table(std::move(rows), {1, 8, 1, 4, 3, 4});
    }
  }
  if (r.dossier_overrides().empty()) return;
  b.Para("Biểu quyết khi hồ sơ chưa bảo đảm:", Align::kLeft, true, false, 13, 4);
  for (const auto& o : r.dossier_overrides()) {
    std::string text = "– Lúc " + HallDateTime(o.at()) + ", " +
                       (o.by().empty() ? "chủ tọa" : o.by()) + " cho mở biểu quyết “" + o.poll() +
                       "”";
    if (!o.item().empty()) text += " về nội dung “" + o.item() + "”";
    text += " dù hồ sơ chưa bảo đảm (" + Defects(o) + "). Lý do: " + o.reason() + ".";
    b.Para(text);
  }
}

}  // namespace

std::string CouncilLocality(const std::string& council_name) {
  // The council's name is "Hội đồng nhân dân <locality>" (any case, possibly "HĐND").
  for (const char* prefix : {"HỘI ĐỒNG NHÂN DÂN", "HĐND"}) {
    const std::string upper = UpperCase(council_name);
    const std::string p = prefix;
    if (upper.rfind(p, 0) == 0) {
      const std::string rest = Trim(std::string_view(upper).substr(p.size()));
      if (!rest.empty()) return rest;
    }
  }
  return UpperCase(council_name);
}

std::vector<MinutesBlock> LayoutMinutes(const v1::SessionRecord& r) {
  Builder b;
  const auto& s = r.session();
  // The issuing body on the left (40 %), the national heading on the right in 12 pt so
  // that it holds on one line, as Nghị định 30/2020 lays them out: the body on two lines
  // in capitals, "HỘI ĐỒNG NHÂN DÂN" over its locality ("TỈNH NGHỆ AN").
  b.Columns({{"HỘI ĐỒNG NHÂN DÂN", false, false, 12},
             {CouncilLocality(s.council_name()), true, false, 12}},
            {{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12},
             {"Độc lập - Tự do - Hạnh phúc", true, false, 13}},
            0, 40);
  b.Para(s.place() + ", " + LongDate(DocumentDate(r)), Align::kRight, false, true, 13, 6);
  b.Para("BIÊN BẢN", Align::kCenter, true, false, 14, 12);
  std::string subject = s.title();
  if (r.covered().sitting_id() != 0 && r.sittings_size() == 1) {
    subject += " — " + r.sittings(0).title();
  }
  b.Para(subject, Align::kCenter, true, false, 14);
  b.Para(s.kind() + " của " + s.council_name(), Align::kCenter, false, true);

  b.Heading("I. THỜI GIAN, ĐỊA ĐIỂM");
  b.Para("Địa điểm: " + s.place() + ".");
  for (const auto& sitting : r.sittings()) b.Para(SittingLine(sitting));
  Attendance(b, r);
  Agenda(b, r);
  Turns(b, r);
  Questions(b, r);
  Conclusions(b, r);
  Polls(b, r);
  Documents(b, r);

  b.Para("Biên bản được lập từ sổ sự kiện của hệ thống Diên Hồng, gồm các sự kiện của kỳ họp số " +
             N(r.covered().session_id()) + " đến sự kiện số " + N(r.covered().last_seq()) +
             " (sổ chung #" + N(r.covered().last_log_index()) + ", lúc " +
             HallDateTime(r.covered().last_event_at()) + "), mã băm " + r.covered().last_hash() +
             ".",
         Align::kJustify, false, true, 11, 10);
  b.Columns({{"THƯ KÝ KỲ HỌP", true}, {"(Ký, ghi rõ họ tên)", false, true}},
            {{"CHỦ TỌA", true}, {"(Ký, ghi rõ họ tên)", false, true}}, 18);
  return b.Take();
}

std::vector<std::string> MinutesParagraphs(const std::vector<MinutesBlock>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) {
    switch (b.kind) {
      case MinutesBlock::Kind::kParagraph:
        out.push_back(b.text);
        break;
      case MinutesBlock::Kind::kTwoColumns:
        for (const auto& l : b.left) out.push_back(l.text);
        for (const auto& l : b.right) out.push_back(l.text);
        break;
      case MinutesBlock::Kind::kTable:
        for (const auto& row : b.rows) {
          for (const auto& cell : row) out.push_back(cell);
        }
        break;
    }
  }
  return out;
}

}  // namespace dienhong::records
