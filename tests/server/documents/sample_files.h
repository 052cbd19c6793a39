// Sample files for the document tests and the benchmark: a valid PDF of N pages (with an
// optional padding stream to reach a size), and a valid Office Open XML package (DOCX or
// XLSX) written as a stored (uncompressed) zip. Built in memory, byte-exact, so tests need
// no fixture files.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dienhong::testing_files {

// A PDF with `pages` pages, each showing "Trang <n>" and `text`, plus (when `pad_to` is
// larger than that) a padding stream object so that the file is at least `pad_to` bytes.
inline std::string MakePdf(int pages, const std::string& text = "Tai lieu ky hop",
                           size_t pad_to = 0) {
  std::vector<std::string> objects;  // object i+1
  std::string kids;
  for (int p = 0; p < pages; ++p) kids += std::to_string(4 + 2 * p) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (int p = 0; p < pages; ++p) {
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
        "/Font << /F1 3 0 R >> >> /Contents " +
        std::to_string(5 + 2 * p) + " 0 R >>");
    const std::string content = "BT /F1 18 Tf 72 760 Td (Trang " + std::to_string(p + 1) +
                                ") Tj 0 -30 Td (" + text + ") Tj ET";
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "\nendstream");
  }
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  size_t estimate = out.size() + 200;
  for (const auto& o : objects) estimate += o.size() + 30;
  estimate += 20 * (objects.size() + 2) + 100;
  if (pad_to > estimate) {
    const size_t n = pad_to;  // the estimate is rough: pad fully, so the file is at least pad_to
    std::string pad(n, '\0');
    uint32_t x = 2463534242u;  // xorshift: incompressible, deterministic
    for (auto& c : pad) {
      x ^= x << 13;
      x ^= x >> 17;
      x ^= x << 5;
      c = static_cast<char>(x);
    }
    objects.push_back("<< /Length " + std::to_string(n) + " >>\nstream\n" + pad + "\nendstream");
  }
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    std::string n = std::to_string(off);
    out += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

inline uint32_t Crc32(const std::string& data) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

// A stored (uncompressed) zip of the given entries.
inline std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  auto le16 = [](std::string& s, uint32_t v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
  };
  auto le32 = [&](std::string& s, uint32_t v) {
    le16(s, v & 0xFFFF);
    le16(s, v >> 16);
  };
  std::string out, cd;
  for (const auto& [name, data] : entries) {
    const uint32_t offset = static_cast<uint32_t>(out.size());
    const uint32_t crc = Crc32(data);
    const auto size = static_cast<uint32_t>(data.size());
    le32(out, 0x04034b50);
    le16(out, 20);    // version needed
    le16(out, 0);     // flags
    le16(out, 0);     // stored
    le16(out, 0);     // time
    le16(out, 0x21);  // date 1980-01-01
    le32(out, crc);
    le32(out, size);
    le32(out, size);
    le16(out, static_cast<uint32_t>(name.size()));
    le16(out, 0);
    out += name;
    out += data;
    le32(cd, 0x02014b50);
    le16(cd, 20);
    le16(cd, 20);
    le16(cd, 0);
    le16(cd, 0);
    le16(cd, 0);
    le16(cd, 0x21);
    le32(cd, crc);
    le32(cd, size);
    le32(cd, size);
    le16(cd, static_cast<uint32_t>(name.size()));
    le16(cd, 0);
    le16(cd, 0);
    le16(cd, 0);
    le16(cd, 0);
    le32(cd, 0);
    le32(cd, offset);
    cd += name;
  }
  const auto cd_offset = static_cast<uint32_t>(out.size());
  out += cd;
  le32(out, 0x06054b50);
  le16(out, 0);
  le16(out, 0);
  le16(out, static_cast<uint32_t>(entries.size()));
  le16(out, static_cast<uint32_t>(entries.size()));
  le32(out, static_cast<uint32_t>(cd.size()));
  le32(out, cd_offset);
  le16(out, 0);
  return out;
}

// A minimal DOCX ("word/") or XLSX ("xl/") package.
inline std::string MakeOfficeFile(bool docx) {
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  if (docx) {
    return MakeZip({{"[Content_Types].xml", types},
                    {"word/document.xml", "<w:document><w:body/></w:document>"}});
  }
  return MakeZip({{"[Content_Types].xml", types}, {"xl/workbook.xml", "<workbook/>"}});
}

}  // namespace dienhong::testing_files
