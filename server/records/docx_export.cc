#include "server/records/docx_export.h"

#include "server/records/minutes_layout.h"
#include "server/records/zip_package.h"

namespace dienhong::records {
namespace {

// A4 in twentieths of a point, and the text width between the margins.
constexpr int kPageW = 11906, kPageH = 16838;
constexpr int kLeft = 1701, kRight = 1134, kTop = 1134, kBottom = 1134;
constexpr int kTextW = kPageW - kLeft - kRight;

std::string Esc(const std::string& raw) {
  const std::string text = DocxText(raw);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const char* Jc(Align a) {
  switch (a) {
    case Align::kCenter:
      return "center";
    case Align::kRight:
      return "right";
    case Align::kLeft:
      return "left";
    default:
      return "both";
  }
}

std::string Paragraph(const std::string& text, Align align, bool bold, bool italic, int size_pt,
                      int before_pt) {
  std::string p = "<w:p><w:pPr>";
  if (before_pt > 0) p += "<w:spacing w:before=\"" + std::to_string(before_pt * 20) + "\"/>";
  p += std::string("<w:jc w:val=\"") + Jc(align) + "\"/></w:pPr>";
  if (text.empty()) return p + "</w:p>";
  p += "<w:r><w:rPr>";
  if (bold) p += "<w:b/>";
  if (italic) p += "<w:i/>";
  if (size_pt != 13) {
    p += "<w:sz w:val=\"" + std::to_string(size_pt * 2) + "\"/><w:szCs w:val=\"" +
         std::to_string(size_pt * 2) + "\"/>";
  }
  p += "</w:rPr><w:t xml:space=\"preserve\">" + Esc(text) + "</w:t></w:r></w:p>";
  return p;
}

std::string Cell(int width, const std::string& content) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr>" +
         content + "</w:tc>";
}

std::string Table(const std::vector<std::vector<std::string>>& rows, const std::vector<int>& rel) {
  int sum = 0;
  for (int w : rel) sum += w;
  std::vector<int> widths;
  for (int w : rel) widths.push_back(kTextW * w / (sum > 0 ? sum : 1));
  std::string t = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextW) +
                  "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>";
  t += "<w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    t += std::string("<w:") + side +
         " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
  }
  t += "</w:tblBorders>";
  t += "</w:tblPr><w:tblGrid>";
  for (int w : widths) t += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  t += "</w:tblGrid>";
  for (size_t r = 0; r < rows.size(); ++r) {
    // The header row repeats on every page a long table runs over.
    t += r == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
    for (size_t c = 0; c < rows[r].size() && c < widths.size(); ++c) {
      t += Cell(widths[c], Paragraph(rows[r][c], r == 0 ? Align::kCenter : Align::kLeft, r == 0,
                                     false, 12, 0));
    }
    t += "</w:tr>";
  }
  return t + "</w:tbl>";
}

std::string Columns(const MinutesBlock& b) {
  auto lines = [&](const std::vector<TextLine>& ls, bool first) {
    std::string out;
    for (size_t i = 0; i < ls.size(); ++i) {
      out += Paragraph(ls[i].text, Align::kCenter, ls[i].bold, ls[i].italic, ls[i].size_pt,
                       first && i == 0 ? b.space_before_pt : 0);
    }
    return out.empty() ? Paragraph("", Align::kCenter, false, false, 13, 0) : out;
  };
  const int half = kTextW * b.left_percent / 100;
  return "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextW) +
         "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol "
         "w:w=\"" +
         std::to_string(half) + "\"/><w:gridCol w:w=\"" + std::to_string(kTextW - half) +
         "\"/></w:tblGrid><w:tr>" + Cell(half, lines(b.left, true)) +
         Cell(kTextW - half, lines(b.right, true)) + "</w:tr></w:tbl>";
}

std::string DocumentXml(const std::vector<MinutesBlock>& blocks) {
  std::string body;
  for (const auto& b : blocks) {
    switch (b.kind) {
      case MinutesBlock::Kind::kParagraph:
        body += Paragraph(b.text, b.align, b.bold, b.italic, b.size_pt, b.space_before_pt);
        break;
      case MinutesBlock::Kind::kTwoColumns:
        body += Columns(b);
        break;
      case MinutesBlock::Kind::kTable:
        body += Table(b.rows, b.widths);
        break;
    }
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:body>" +
         body + "<w:sectPr><w:pgSz w:w=\"" + std::to_string(kPageW) + "\" w:h=\"" +
         std::to_string(kPageH) + "\"/><w:pgMar w:top=\"" + std::to_string(kTop) + "\" w:right=\"" +
         std::to_string(kRight) + "\" w:bottom=\"" + std::to_string(kBottom) + "\" w:left=\"" +
         std::to_string(kLeft) +
         "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
}

constexpr const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "</Types>";

constexpr const char* kRootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
    "core-properties\" Target=\"docProps/core.xml\"/>"
    "</Relationships>";

constexpr const char* kDocumentRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "</Relationships>";

// Times New Roman 13 pt is the administrative norm; single spacing with a little after.
constexpr const char* kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" "
    "w:eastAsia=\"Times New Roman\"/>"
    "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/>"
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"264\" "
    "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
    "w:val=\"Normal\"/></w:style>"
    "</w:styles>";

std::string CoreXml(const v1::SessionRecord& r) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
         "<dc:title>" +
         Esc("Biên bản — " + r.session().title()) +
         "</dc:title>"
         "<dc:creator>Diên Hồng</dc:creator>"
         "<dc:subject>" +
         Esc("session " + std::to_string(r.covered().session_id()) + " sitting " +
             std::to_string(r.covered().sitting_id()) + " seq " +
             std::to_string(r.covered().last_seq()) + " hash " + r.covered().last_hash()) +
         "</dc:subject></cp:coreProperties>";
}

// XML 1.0 carries no control character but tab and line ends.
bool XmlAllowedControl(unsigned char c) { return c >= 0x20 || c == '\t' || c == '\n' || c == '\r'; }

std::string DecodeEntities(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const size_t end = s.find(';', i);
    if (end == std::string::npos) {
      out += s[i];
      continue;
    }
    const std::string ent = s.substr(i + 1, end - i - 1);
    if (ent == "amp")
      out += '&';
    else if (ent == "lt")
      out += '<';
    else if (ent == "gt")
      out += '>';
    else if (ent == "quot")
      out += '"';
    else if (ent == "apos")
      out += '\'';
    else if (!ent.empty() && ent[0] == '#') {
      unsigned long cp = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X')
                             ? std::stoul(ent.substr(2), nullptr, 16)
                             : std::stoul(ent.substr(1));
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
    } else {
      out += s.substr(i, end - i + 1);
    }
    i = end;
  }
  return out;
}

// True when the tag starting at `pos` (just after '<') is named `name` exactly.
bool TagIs(const std::string& xml, size_t pos, const std::string& name) {
  if (xml.compare(pos, name.size(), name) != 0) return false;
  const char next = pos + name.size() < xml.size() ? xml[pos + name.size()] : '>';
  return next == '>' || next == ' ' || next == '/' || next == '\t' || next == '\n';
}

}  // namespace

std::string DocxText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (XmlAllowedControl(c)) out += static_cast<char>(c);
  }
  return out;
}

Result<std::string> RecordToDocx(const v1::SessionRecord& record) {
  return ZipFiles({{"[Content_Types].xml", kContentTypes},
                   {"_rels/.rels", kRootRels},
                   {"word/document.xml", DocumentXml(LayoutMinutes(record))},
                   {"word/_rels/document.xml.rels", kDocumentRels},
                   {"word/styles.xml", kStyles},
                   {"docProps/core.xml", CoreXml(record)}});
}

Result<std::vector<std::string>> DocxParagraphs(const std::string& docx) {
  DH_ASSIGN_OR_RETURN(std::string xml, ReadZipEntry(docx, "word/document.xml"));
  // A small scanner, enough for what word processors write: paragraphs (w:p) hold runs
  // whose text is in w:t; w:tab and w:br stand for a tab and a line break.
  std::vector<std::string> out;
  std::string current;
  bool in_paragraph = false;
  size_t i = 0;
  while (i < xml.size()) {
    const size_t lt = xml.find('<', i);
    if (lt == std::string::npos) break;
    const size_t gt = xml.find('>', lt);
    if (gt == std::string::npos) return Status::InvalidArgument("word/document.xml bị cắt cụt");
    const bool closing = xml[lt + 1] == '/';
    const size_t name_at = lt + (closing ? 2 : 1);
    const bool self_closing = xml[gt - 1] == '/';
    if (TagIs(xml, name_at, "w:p")) {
      if (!closing && !self_closing) {
        in_paragraph = true;
        current.clear();
      } else if (closing || self_closing) {
        out.push_back(current);
        current.clear();
        in_paragraph = false;
      }
    } else if (!closing && TagIs(xml, name_at, "w:t") && !self_closing) {
      const size_t end = xml.find("</w:t>", gt);
      if (end == std::string::npos) return Status::InvalidArgument("word/document.xml bị cắt cụt");
      if (in_paragraph) current += DecodeEntities(xml.substr(gt + 1, end - gt - 1));
      i = end + 6;
      continue;
    } else if (!closing && TagIs(xml, name_at, "w:tab")) {
      if (in_paragraph) current += '\t';
    } else if (!closing && TagIs(xml, name_at, "w:br")) {
      if (in_paragraph) current += '\n';
    }
    i = gt + 1;
  }
  return out;
}

}  // namespace dienhong::records
