#include "server/records/pdf_export.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>

#include "server/records/minutes_layout.h"

namespace dienhong::records {
namespace {

// A4 in points; margins 30 mm left, 20 mm elsewhere.
constexpr double kPageW = 595.28, kPageH = 841.89;
constexpr double kLeft = 85.0, kRight = 56.7, kTop = 56.7, kBottom = 56.7;
constexpr double kTextW = kPageW - kLeft - kRight;
constexpr double kCellPad = 3.0;
constexpr const char* kFont = "Noto Serif";

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

PangoAlignment ToPango(Align a) {
  switch (a) {
    case Align::kCenter:
      return PANGO_ALIGN_CENTER;
    case Align::kRight:
      return PANGO_ALIGN_RIGHT;
    default:
      return PANGO_ALIGN_LEFT;
  }
}

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

class PdfWriter {
 public:
  explicit PdfWriter(cairo_t* cr) : cr_(cr) {}

  void Draw(const std::vector<MinutesBlock>& blocks) {
    for (const auto& b : blocks) {
      switch (b.kind) {
        case MinutesBlock::Kind::kParagraph:
          Paragraph(b);
          break;
        case MinutesBlock::Kind::kTwoColumns:
          Columns(b);
          break;
        case MinutesBlock::Kind::kTable:
          Table(b);
          break;
      }
    }
  }

 private:
  Layout Make(const std::string& text, double width, Align align, bool bold, bool italic,
              int size_pt) {
    Layout layout(pango_cairo_create_layout(cr_));
    // Points on a PDF page: 72 units per inch, not the screen's 96.
    pango_cairo_context_set_resolution(pango_layout_get_context(layout.get()), 72);
    pango_layout_context_changed(layout.get());
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFont);
    pango_font_description_set_size(font, size_pt * PANGO_SCALE);
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), ToPango(align));
    pango_layout_set_justify(layout.get(), align == Align::kJustify);
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    return layout;
  }

  static double Height(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  void Show(PangoLayout* l, double x, double y) {
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
  }

  // Starts a new page unless `height` still fits on this one.
  bool Room(double height) {
    if (y_ + height <= kPageH - kBottom || y_ == kTop) return false;
    cairo_show_page(cr_);
    y_ = kTop;
    return true;
  }

  void Paragraph(const MinutesBlock& b) {
    Layout l = Make(b.text, kTextW, b.align, b.bold, b.italic, b.size_pt);
    const double h = Height(l.get());
    Room(h + b.space_before_pt);
    y_ += b.space_before_pt;
    Show(l.get(), kLeft, y_);
    y_ += h + 3;
  }

  void Columns(const MinutesBlock& b) {
    const double left_w = kTextW * b.left_percent / 100.0, right_w = kTextW - left_w;
    // Lays out (and, when `draw`, shows) one column; returns its height.
    auto column = [&](const std::vector<TextLine>& lines, double x, double width, bool draw) {
      double h = 0;
      for (const auto& line : lines) {
        Layout l = Make(line.text, width, Align::kCenter, line.bold, line.italic, line.size_pt);
        if (draw) Show(l.get(), x, y_ + h);
        h += Height(l.get());
      }
      return h;
    };
    // Measure first, so that the block never splits across pages.
    const double h = std::max(column(b.left, kLeft, left_w, false),
                              column(b.right, kLeft + left_w, right_w, false));
    Room(h + b.space_before_pt);
    y_ += b.space_before_pt;
    column(b.left, kLeft, left_w, true);
    column(b.right, kLeft + left_w, right_w, true);
    y_ += h + 6;
  }

  double Row(const std::vector<std::string>& cells, const std::vector<double>& widths, bool header,
             bool draw) {
    std::vector<Layout> layouts;
    double h = 0;
    for (size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
      layouts.push_back(Make(cells[c], widths[c] - 2 * kCellPad,
                             header ? Align::kCenter : Align::kLeft, header, false, 11));
      h = std::max(h, Height(layouts.back().get()));
    }
    h += 2 * kCellPad;
    if (!draw) return h;
    double x = kLeft;
    for (size_t c = 0; c < layouts.size(); ++c) {
      cairo_rectangle(cr_, x, y_, widths[c], h);
      cairo_set_line_width(cr_, 0.5);
      cairo_stroke(cr_);
      Show(layouts[c].get(), x + kCellPad, y_ + kCellPad);
      x += widths[c];
    }
    y_ += h;
    return h;
  }

  void Table(const MinutesBlock& b) {
    if (b.rows.empty()) return;
    int sum = 0;
    for (int w : b.widths) sum += w;
    std::vector<double> widths;
    for (int w : b.widths) widths.push_back(kTextW * w / (sum > 0 ? sum : 1));
    y_ += 2;
    for (size_t r = 0; r < b.rows.size(); ++r) {
      const double h = Row(b.rows[r], widths, r == 0, false);
      // The header row goes with the first data row, and is drawn again on a new page.
      const double need =
          r == 0 && b.rows.size() > 1 ? h + Row(b.rows[1], widths, false, false) : h;
      if (Room(need) && r > 0) Row(b.rows[0], widths, true, true);
      Row(b.rows[r], widths, r == 0, true);
    }
    y_ += 6;
  }

  cairo_t* cr_;
  double y_ = kTop;
};

}  // namespace

Result<std::string> RecordToPdf(const v1::SessionRecord& record) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(Append, &out, kPageW, kPageH);
  // Reproducible files: the creation date is the time of the last event covered.
  const std::string& at = record.covered().last_event_at();
  if (!at.empty()) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, at.c_str());
  }
  const std::string title = "Biên bản — " + record.session().title();
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Diên Hồng");
  const std::string subject = "session " + std::to_string(record.covered().session_id()) +
                              " sitting " + std::to_string(record.covered().sitting_id()) +
                              " seq " + std::to_string(record.covered().last_seq()) + " hash " +
                              record.covered().last_hash();
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0, 0, 0);
  PdfWriter(cr).Draw(LayoutMinutes(record));
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Status::Internal(std::string("không tạo được tệp PDF: ") +
                            cairo_status_to_string(status));
  }
  return out;
}

}  // namespace dienhong::records
