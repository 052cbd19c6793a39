// In-memory ZIP archives (libzip), for the DOCX package: writing one with fixed entry
// times (so the same minutes give the same bytes) and reading one entry back (verify).
//
// Thread-safety: pure functions (each call has its own archive).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

namespace dienhong::records {

// (name, content) pairs, stored in this order, deflated.
Result<std::string> ZipFiles(const std::vector<std::pair<std::string, std::string>>& files);

// The content of entry `name`; NotFound when the archive has no such entry,
// InvalidArgument when `archive` is not a ZIP file.
Result<std::string> ReadZipEntry(const std::string& archive, const std::string& name);

}  // namespace dienhong::records
