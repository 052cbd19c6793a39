#include "server/documents/content_check.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace dienhong::documents {
namespace {

constexpr char kNotPdf[] =
    "chunk: nội dung tệp không phải PDF (máy tính bảng chỉ đọc tài liệu PDF; hãy xuất tài liệu "
    "sang PDF rồi tải lên)";
constexpr char kNotOffice[] =
    "chunk: bản gốc phải là tệp Word (.docx) hoặc Excel (.xlsx) theo định dạng Office Open XML";

// The central directory of an Office file is small; a bigger one is not a DOCX/XLSX we
// accept (and reading it must stay bounded).
constexpr uint32_t kMaxCentralDirectory = 8u << 20;
constexpr size_t kEocdSize = 22;
constexpr size_t kMaxZipComment = 65535;

uint32_t Le16(std::string_view s, size_t at) {
  return static_cast<uint8_t>(s[at]) |
         (static_cast<uint32_t>(static_cast<uint8_t>(s[at + 1])) << 8);
}
uint32_t Le32(std::string_view s, size_t at) { return Le16(s, at) | (Le16(s, at + 2) << 16); }

Result<std::string> ReadAt(const store::RandomAccessFile& file, int64_t offset, size_t n) {
  std::string buffer(n, '\0');
  DH_ASSIGN_OR_RETURN(std::string_view got, file.Read(offset, n, buffer.data()));
  buffer.resize(got.size());
  return buffer;
}

}  // namespace

Status CheckPdf(std::string_view head, std::string_view tail) {
  if (head.substr(0, 7) != "%PDF-1.") return Status::InvalidArgument(kNotPdf);
  if (tail.find("%%EOF") == std::string_view::npos) {
    return Status::InvalidArgument(
        "chunk: tệp PDF không trọn vẹn (thiếu dấu kết thúc «%%EOF» ở cuối tệp); hãy xuất lại "
        "tệp PDF rồi tải lên");
  }
  return Status::Ok();
}

Result<std::string> CheckOfficeOriginal(const store::RandomAccessFile& file) {
  const int64_t size = file.Size();
  if (size < static_cast<int64_t>(kEocdSize)) return Status::InvalidArgument(kNotOffice);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KiB, at the end.
  const size_t tail_len = static_cast<size_t>(std::min<int64_t>(size, kEocdSize + kMaxZipComment));
  const int64_t tail_at = size - static_cast<int64_t>(tail_len);
  DH_ASSIGN_OR_RETURN(std::string tail, ReadAt(file, tail_at, tail_len));
  if (tail.size() != tail_len) return Status::InvalidArgument(kNotOffice);
  size_t eocd = std::string::npos;
  for (size_t i = tail.size() - kEocdSize + 1; i-- > 0;) {
    if (Le32(tail, i) == 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string::npos) return Status::InvalidArgument(kNotOffice);
  const uint32_t entries = Le16(tail, eocd + 10);
  const uint32_t cd_size = Le32(tail, eocd + 12);
  const uint32_t cd_offset = Le32(tail, eocd + 16);
  const int64_t eocd_at = tail_at + static_cast<int64_t>(eocd);
  if (cd_size > kMaxCentralDirectory || int64_t{cd_offset} + cd_size > eocd_at) {
    return Status::InvalidArgument(kNotOffice);
  }
  DH_ASSIGN_OR_RETURN(std::string cd, ReadAt(file, cd_offset, cd_size));
  if (cd.size() != cd_size) return Status::InvalidArgument(kNotOffice);
  bool content_types = false, word = false, xl = false;
  size_t at = 0;
  for (uint32_t n = 0; n < entries; ++n) {
    if (at + 46 > cd.size() || Le32(cd, at) != 0x02014b50) {
      return Status::InvalidArgument(kNotOffice);
    }
    const size_t name_len = Le16(cd, at + 28);
    const size_t next = at + 46 + name_len + Le16(cd, at + 30) + Le16(cd, at + 32);
    if (next > cd.size()) return Status::InvalidArgument(kNotOffice);
    const std::string_view name(cd.data() + at + 46, name_len);
    content_types = content_types || name == "[Content_Types].xml";
    word = word || name.substr(0, 5) == "word/";
    xl = xl || name.substr(0, 3) == "xl/";
    at = next;
  }
  if (!content_types || word == xl) return Status::InvalidArgument(kNotOffice);
  return std::string(word ? kMediaDocx : kMediaXlsx);
}

}  // namespace dienhong::documents
