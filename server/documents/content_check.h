// Content checks of an uploaded file: what it IS, judged by its bytes, never by its name.
//
// Tablets read PDF, so a readable document must be a PDF: "%PDF-1." at the very start and
// "%%EOF" within its last 1 KiB (a truncated PDF lacks the trailer). An original attached
// for download must be an Office Open XML package: a zip whose central directory lists
// "[Content_Types].xml" and entries under "word/" (DOCX) or "xl/" (XLSX). The zip is read
// from the end (the central directory) through a RandomAccessFile, never loaded whole.
//
// Errors are InvalidArgument naming the field "chunk" (the content the client sent) and
// saying what is accepted, in Vietnamese.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"
#include "server/store/env.h"

namespace dienhong::documents {

inline constexpr char kMediaPdf[] = "application/pdf";
inline constexpr char kMediaDocx[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr char kMediaXlsx[] =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// How much of the start and of the end of a file the PDF check needs.
inline constexpr size_t kPdfHeadBytes = 8;
inline constexpr size_t kPdfTailBytes = 1024;

// `head`: the first bytes of the file (at least kPdfHeadBytes unless the file is shorter);
// `tail`: its last bytes (up to kPdfTailBytes).
Status CheckPdf(std::string_view head, std::string_view tail);

// The media type of an Office Open XML package (DOCX or XLSX), or why it is not one.
Result<std::string> CheckOfficeOriginal(const store::RandomAccessFile& file);

}  // namespace dienhong::documents
