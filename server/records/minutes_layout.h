// The minutes (biên bản) as a document: a list of blocks in the Vietnamese administrative
// style (Nghị định 30/2020/NĐ-CP layout: the issuing body and the national heading side by
// side, place and date, the title, numbered sections, signature blocks). Both the DOCX and
// the PDF renderer draw these same blocks, so the two always say the same thing, and
// verify compares a DOCX with the paragraphs listed here.
//
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

#include "dienhong/v1/records.pb.h"

namespace dienhong::records {

enum class Align { kLeft, kCenter, kRight, kJustify };

struct TextLine {
  std::string text;
  bool bold = false;
  bool italic = false;
  int size_pt = 13;
};

struct MinutesBlock {
  enum class Kind {
    kParagraph,   // `text` with `align`, `bold`, `italic`, `size_pt`
    kTwoColumns,  // `left` and `right` lines, centred in two halves (heading, signatures)
    kTable,       // `rows`, the first being the header; `widths` relative
  };
  Kind kind = Kind::kParagraph;
  std::string text;
  Align align = Align::kJustify;
  bool bold = false;
  bool italic = false;
  int size_pt = 13;
  // Extra space before, in points.
  int space_before_pt = 0;
  std::vector<TextLine> left, right;
  // kTwoColumns: the left column's share of the text width, in percent.
  int left_percent = 50;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> widths;
};

std::vector<MinutesBlock> LayoutMinutes(const v1::SessionRecord& record);

// The second line of the minutes' heading: the council's locality in capitals
// ("Hội đồng nhân dân tỉnh Nghệ An" -> "TỈNH NGHỆ AN"); a name that does not start with
// "Hội đồng nhân dân" or "HĐND" is given whole, in capitals.
std::string CouncilLocality(const std::string& council_name);

// The text of every paragraph in reading order, as a word processor shows them: one per
// paragraph block, one per line of a two-column block (left then right), one per table
// cell (row by row). What verify compares a DOCX's paragraphs with.
std::vector<std::string> MinutesParagraphs(const std::vector<MinutesBlock>& blocks);

}  // namespace dienhong::records
