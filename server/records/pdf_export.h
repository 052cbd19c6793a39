// The PDF export: the same minutes as the DOCX (minutes_layout.h), laid out with Pango
// (HarfBuzz shaping, so Vietnamese letters with stacked diacritics come out right) and
// drawn with Cairo's PDF surface. Font: Noto Serif (fonts-noto-core), which covers every
// Vietnamese letter; A4 with the margins of Nghị định 30/2020/NĐ-CP; long tables repeat
// their header row on each new page.
//
// Thread-safety: RecordToPdf may run on several threads at once (each call has its own
// surface and layouts; Pango's default font map is per thread).
#pragma once

#include <string>

#include "common/result.h"
#include "dienhong/v1/records.pb.h"

namespace dienhong::records {

Result<std::string> RecordToPdf(const v1::SessionRecord& record);

}  // namespace dienhong::records
