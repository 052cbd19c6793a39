#include "server/records/zip_package.h"

#include <zip.h>

#include <memory>

namespace dienhong::records {
namespace {

// 2020-01-01 00:00 local: a fixed time for every entry, so output is reproducible.
constexpr time_t kEntryTime = 1577836800;

Status ZipError(const char* what, zip_error_t* err) {
  return Status::Internal(std::string(what) + ": " + zip_error_strerror(err));
}

}  // namespace

Result<std::string> ZipFiles(const std::vector<std::pair<std::string, std::string>>& files) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (src == nullptr) return ZipError("không tạo được tệp nén", &err);
  zip_source_keep(src);  // still ours after zip_close, to read the bytes back
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(src, zip_source_free);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (za == nullptr) return ZipError("không tạo được tệp nén", &err);
  for (const auto& [name, content] : files) {
    zip_source_t* fs = zip_source_buffer(za, content.data(), content.size(), 0);
    const zip_int64_t idx =
        fs == nullptr ? -1 : zip_file_add(za, name.c_str(), fs, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      if (fs != nullptr) zip_source_free(fs);
      Status s = Status::Internal("không thêm được " + name + " vào tệp nén: " + zip_strerror(za));
      zip_discard(za);
      return s;
    }
    zip_file_set_mtime(za, static_cast<zip_uint64_t>(idx), kEntryTime, 0);
    zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(za) != 0) {
    Status s = Status::Internal(std::string("không ghi được tệp nén: ") + zip_strerror(za));
    zip_discard(za);
    return s;
  }
  if (zip_source_open(src) != 0) return Status::Internal("không đọc lại được tệp nén");
  zip_source_seek(src, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(src);
  zip_source_seek(src, 0, SEEK_SET);
  std::string out(static_cast<size_t>(size < 0 ? 0 : size), '\0');
  const zip_int64_t got = zip_source_read(src, out.data(), out.size());
  zip_source_close(src);
  if (got != size) return Status::Internal("không đọc lại được tệp nén");
  return out;
}

Result<std::string> ReadZipEntry(const std::string& archive, const std::string& name) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(archive.data(), archive.size(), 0, &err);
  if (src == nullptr) return ZipError("không mở được tệp nén", &err);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (za == nullptr) {
    zip_source_free(src);
    return Status::InvalidArgument("tệp không phải tệp nén ZIP (DOCX): " +
                                   std::string(zip_error_strerror(&err)));
  }
  std::unique_ptr<zip_t, decltype(&zip_discard)> guard(za, zip_discard);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(za, name.c_str(), 0, &st) != 0) {
    return Status::NotFound("tệp nén không có " + name);
  }
  zip_file_t* f = zip_fopen(za, name.c_str(), 0);
  if (f == nullptr) return Status::InvalidArgument("không đọc được " + name + " trong tệp nén");
  std::string out(static_cast<size_t>(st.size), '\0');
  const zip_int64_t got = zip_fread(f, out.data(), out.size());
  zip_fclose(f);
  if (got != static_cast<zip_int64_t>(st.size)) {
    return Status::InvalidArgument("không đọc được " + name + " trong tệp nén");
  }
  return out;
}

}  // namespace dienhong::records
