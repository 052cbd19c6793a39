// The DOCX export: the minutes (minutes_layout.h) as an Office Open XML word-processing
// package that Word and LibreOffice open and edit: A4, margins of Nghị định 30/2020/NĐ-CP
// (left 30 mm, right 20 mm, top and bottom 20 mm), Times New Roman 13 pt, tables with
// borders. Parts: [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
// word/_rels/document.xml.rels, docProps/core.xml.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/records.pb.h"

namespace dienhong::records {

Result<std::string> RecordToDocx(const v1::SessionRecord& record);

// The text of every paragraph of a DOCX's word/document.xml, in document order (runs
// joined; tabs and breaks as spaces/newlines). InvalidArgument when `docx` is not a
// DOCX package. For verify and tests.
Result<std::vector<std::string>> DocxParagraphs(const std::string& docx);

// `text` as the DOCX stores it: characters XML 1.0 cannot carry (control characters other
// than tab and line ends) are dropped.
std::string DocxText(const std::string& text);

}  // namespace dienhong::records
