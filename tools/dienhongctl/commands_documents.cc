// doc upload/publish/list/download/checklist (docs/documents.md). Uploads stream the file
// in chunks of 1 MiB (the server's limit per message) with progress on stderr; downloads
// continue a partial file from its size and check the SHA-256 at the end, so an
// interrupted download is simply run again.
#include <sodium.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>

#include "common/documents.h"
#include "common/result.h"
#include "dienhong/v1/document_service.grpc.pb.h"
#include "tools/dienhongctl/commands.h"
#include "tools/dienhongctl/format_documents.h"

namespace dienhong::ctl {
namespace {

constexpr int64_t kChunkBytes = 1 << 20;

std::optional<v1::DocumentKind> ParseKind(const std::string& k) {
  if (k == "submission") return v1::DOCUMENT_KIND_SUBMISSION;
  if (k == "draft-resolution") return v1::DOCUMENT_KIND_DRAFT_RESOLUTION;
  if (k == "verification-report") return v1::DOCUMENT_KIND_VERIFICATION_REPORT;
  if (k == "report") return v1::DOCUMENT_KIND_REPORT;
  if (k == "reference") return v1::DOCUMENT_KIND_REFERENCE;
  if (k == "other") return v1::DOCUMENT_KIND_OTHER;
  return std::nullopt;
}

std::string BaseName(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string HexDigest(crypto_hash_sha256_state& st) {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, out);
  static const char* kHex = "0123456789abcdef";
  std::string s = "sha256:";
  for (unsigned char c : out) {
    s += kHex[c >> 4];
    s += kHex[c & 15];
  }
  return s;
}

// SHA-256 of a file, read in chunks; empty on error.
std::string FileDigest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  std::string buf(kChunkBytes, '\0');
  while (in) {
    in.read(buf.data(), kChunkBytes);
    const auto n = in.gcount();
    if (n > 0) crypto_hash_sha256_update(&st, reinterpret_cast<unsigned char*>(buf.data()), n);
  }
  return HexDigest(st);
}

std::optional<int64_t> FileSize(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return static_cast<int64_t>(st.st_size);
}

// Streams `path` after `header`; the reply of the server (the events appended).
int Upload(const Context& ctx, v1::UploadDocumentRequest::Header header, const std::string& path,
           v1::CommandReply* reply) {
  const auto size = FileSize(path);
  if (!size) return ReportError(path + ": không đọc được tệp (" + std::strerror(errno) + ")");
  std::ifstream in(path, std::ios::binary);
  if (!in) return ReportError(path + ": không mở được tệp");
  header.set_request_id(NewRequestId());
  header.set_size_bytes(*size);
  header.set_expected_digest(FileDigest(path));
  if (header.file_name().empty()) header.set_file_name(BaseName(path));
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call, /*unary=*/false);
  auto stub = v1::DocumentService::NewStub(client.channel());
  auto writer = stub->UploadDocument(&call, reply);
  v1::UploadDocumentRequest msg;
  *msg.mutable_header() = header;
  bool ok = writer->Write(msg);
  std::string buf(kChunkBytes, '\0');
  int64_t sent = 0;
  while (ok && sent < *size) {
    in.read(buf.data(), kChunkBytes);
    const auto n = in.gcount();
    if (n <= 0) break;
    msg.Clear();
    msg.set_chunk(buf.data(), static_cast<size_t>(n));
    ok = writer->Write(msg);
    sent += n;
    std::cerr << "\rtải lên " << BaseName(path) << ": " << TransferProgress(sent, *size)
              << std::flush;
  }
  std::cerr << "\n";
  writer->WritesDone();
  grpc::Status st = writer->Finish();
  if (!st.ok()) return ReportRpcError(st);
  return 0;
}

struct UploadArgs {
  int64_t session = 0, item = 0, new_version_of = 0, document = 0;
  int32_t version = 0;
  std::string file, kind, title, number, issued_on, issuer, original;
  bool confidential = false;
};

// The document id and version number a reply's events created.
std::pair<int64_t, int32_t> CreatedVersion(const v1::CommandReply& reply) {
  for (const auto& e : reply.events()) {
    if (e.has_document_added() && e.document_added().document().versions_size() > 0) {
      return {e.document_added().document().id(),
              e.document_added().document().versions(0).number()};
    }
    if (e.has_document_version_added()) {
      return {e.document_version_added().document_id(),
              e.document_version_added().version().number()};
    }
  }
  return {0, 0};
}

int RunUpload(const Context& ctx, const UploadArgs& a) {
  v1::Document doc;
  if (a.new_version_of == 0 && (!a.file.empty() || a.confidential)) {
    const auto kind = ParseKind(a.kind);
    if (!kind) {
      return ReportError(
          "--kind: dùng submission (tờ trình), draft-resolution (dự thảo nghị "
          "quyết), verification-report (báo cáo thẩm tra), report, reference "
          "hoặc other");
    }
    doc.set_kind(*kind);
    doc.set_item_id(a.item);
    doc.set_title(a.title);
    doc.set_number(a.number);
    doc.set_issued_on(a.issued_on);
    doc.set_issuer(a.issuer);
  }
  if (a.confidential) {
    if (!a.file.empty() || !a.original.empty()) {
      return ReportError("--confidential: tài liệu mật chỉ ghi thông tin, không tải tệp lên");
    }
    v1::AddConfidentialDocumentRequest req;
    req.set_session_id(a.session);
    *req.mutable_document() = doc;
    return RunCommand(ctx, req, [](Client& cl, auto* c, auto& q, auto* r) {
      return v1::DocumentService::NewStub(cl.channel())->AddConfidentialDocument(c, q, r);
    });
  }
  int64_t document_id = a.document;
  int32_t version = a.version;
  if (!a.file.empty()) {
    v1::UploadDocumentRequest::Header h;
    h.set_session_id(a.session);
    h.set_part(v1::DOCUMENT_PART_PDF);
    if (a.new_version_of != 0) {
      h.set_new_version_of(a.new_version_of);
    } else {
      *h.mutable_document() = doc;
    }
    v1::CommandReply reply;
    if (int rc = Upload(ctx, h, a.file, &reply); rc != 0) return rc;
    PrintCommandReply(reply);
    std::tie(document_id, version) = CreatedVersion(reply);
  } else if (a.original.empty()) {
    return ReportError("file: chưa chọn tệp PDF (hoặc --original với --document và --version)");
  }
  if (a.original.empty()) return 0;
  if (document_id == 0 || version == 0) {
    return ReportError("--original: cần --document và --version của phiên bản nhận bản gốc");
  }
  v1::UploadDocumentRequest::Header h;
  h.set_session_id(a.session);
  h.set_part(v1::DOCUMENT_PART_ORIGINAL);
  h.set_document_id(document_id);
  h.set_version(version);
  v1::CommandReply reply;
  if (int rc = Upload(ctx, h, a.original, &reply); rc != 0) return rc;
  return PrintCommandReply(reply);
}

Result<v1::SessionState> FetchState(const Context& ctx, int64_t session) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call);
  v1::GetSessionRequest req;
  req.set_session_id(session);
  v1::SessionState state;
  grpc::Status st = client.sessions().GetSession(&call, req, &state);
  if (!st.ok()) {
    ReportRpcError(st);
    return Status::Unavailable("");
  }
  return state;
}

int RunList(const Context& ctx, int64_t session, int64_t item, bool checklist) {
  auto state = FetchState(ctx, session);
  if (!state.ok()) return 1;
  if (ctx.json) {
    PrintJson(state->documents());
    return 0;
  }
  std::cout << (checklist ? FormatChecklists(*state, item) : FormatDocumentList(*state, item));
  return 0;
}

struct DownloadArgs {
  int64_t session = 0, document = 0;
  int32_t version = 0;
  bool original = false;
  std::string out;
};

int RunDownload(const Context& ctx, const DownloadArgs& a) {
  Client client(ctx);
  grpc::ClientContext call;
  client.Prepare(call, /*unary=*/false);
  v1::DownloadDocumentRequest req;
  req.set_session_id(a.session);
  req.set_document_id(a.document);
  req.set_version(a.version);
  req.set_part(a.original ? v1::DOCUMENT_PART_ORIGINAL : v1::DOCUMENT_PART_PDF);
  std::string path = a.out.empty()
                         ? "tai-lieu-" + std::to_string(a.document) + (a.original ? ".bin" : ".pdf")
                         : a.out;
  // Resume: what is already on disk is not asked for again.
  const int64_t have = FileSize(path).value_or(0);
  req.set_offset(have);
  auto reader = v1::DocumentService::NewStub(client.channel())->DownloadDocument(&call, req);
  std::ofstream out(path, std::ios::binary | std::ios::app);
  if (!out) return ReportError(path + ": không ghi được tệp");
  v1::DownloadDocumentChunk chunk;
  v1::StoredFile file;
  int64_t written = have;
  bool first = true;
  while (reader->Read(&chunk)) {
    if (first) {
      file = chunk.file();
      first = false;
      if (have > 0) std::cerr << "tiếp tục từ byte " << have << "\n";
    }
    if (chunk.offset() != written) {
      (void)reader->Finish();
      return ReportError("máy chủ gửi đoạn bắt đầu ở byte " + std::to_string(chunk.offset()) +
                         ", đang chờ byte " + std::to_string(written));
    }
    out.write(chunk.data().data(), static_cast<std::streamsize>(chunk.data().size()));
    if (!out) return ReportError(path + ": lỗi khi ghi tệp");
    written += static_cast<int64_t>(chunk.data().size());
    std::cerr << "\rtải về " << BaseName(path) << ": "
              << TransferProgress(written, file.size_bytes()) << std::flush;
  }
  std::cerr << "\n";
  grpc::Status st = reader->Finish();
  out.close();
  if (!st.ok()) return ReportRpcError(st);  // the partial file stays: run again to resume
  if (first) {
    // Nothing was sent (the file on disk was already whole): check it against the
    // session's listing instead.
    auto state = FetchState(ctx, a.session);
    if (!state.ok()) return 1;
    if (const v1::Document* d = FindDocument(*state, a.document)) {
      const v1::DocumentVersion* v =
          a.version > 0 ? FindVersion(*d, a.version) : CurrentVersion(*d);
      if (v != nullptr) file = a.original ? v->original() : v->pdf();
    }
  }
  const std::string digest = FileDigest(path);
  if (!file.digest().empty() && digest != file.digest()) {
    return ReportError(path + ": mã kiểm tra " + digest + " không khớp " + file.digest() +
                       "; xóa tệp rồi tải lại");
  }
  std::cout << path << " (" << written << " byte, " << digest << ")\n";
  return 0;
}

}  // namespace

void AddDocumentCommands(CLI::App& app, Context& ctx) {
  auto* doc = app.add_subcommand("doc", "Tài liệu kỳ họp: tải lên, gửi, danh sách, tải về, hồ sơ");
  doc->require_subcommand(1);
  {
    auto a = std::make_shared<UploadArgs>();
    auto* cmd = doc->add_subcommand("upload", "Tải lên tài liệu PDF (thư ký, chủ tọa)");
    cmd->add_option("session", a->session, "Số kỳ họp")->required();
    cmd->add_option("file", a->file, "Tệp PDF")->check(CLI::ExistingFile);
    cmd->add_option("--item", a->item, "Số nội dung chương trình (0: tài liệu chung)");
    cmd->add_option("--kind", a->kind,
                    "submission, draft-resolution, verification-report, report, reference, other");
    cmd->add_option("--title", a->title, "Tên tài liệu");
    cmd->add_option("--number", a->number, "Số/ký hiệu, ví dụ 45/TTr-UBND");
    cmd->add_option("--issued-on", a->issued_on, "Ngày ban hành YYYY-MM-DD");
    cmd->add_option("--issuer", a->issuer, "Cơ quan ban hành");
    cmd->add_option("--new-version-of", a->new_version_of,
                    "Tải lên phiên bản mới của tài liệu này");
    cmd->add_option("--original", a->original, "Bản gốc DOCX/XLSX đính kèm")
        ->check(CLI::ExistingFile);
    cmd->add_option("--document", a->document, "Tài liệu nhận bản gốc (khi không có tệp PDF)");
    cmd->add_option("--version", a->version, "Phiên bản nhận bản gốc");
    cmd->add_flag("--confidential", a->confidential,
                  "Tài liệu mật: chỉ ghi thông tin, phát bản giấy");
    cmd->callback([&ctx, a] { ctx.action = [&ctx, a] { return RunUpload(ctx, *a); }; });
  }
  {
    auto ids = std::make_shared<std::pair<int64_t, int64_t>>();
    auto* cmd = doc->add_subcommand("publish", "Gửi tài liệu (phiên bản mới nhất) cho đại biểu");
    cmd->add_option("session", ids->first, "Số kỳ họp")->required();
    cmd->add_option("document", ids->second, "Số tài liệu")->required();
    cmd->callback([&ctx, ids] {
      ctx.action = [&ctx, ids] {
        v1::PublishDocumentRequest req;
        req.set_session_id(ids->first);
        req.mutable_command()->set_document_id(ids->second);
        return RunCommand(ctx, req, [](Client& cl, auto* c, auto& q, auto* r) {
          return v1::DocumentService::NewStub(cl.channel())->PublishDocument(c, q, r);
        });
      };
    });
  }
  for (const bool checklist : {false, true}) {
    auto ids = std::make_shared<std::pair<int64_t, int64_t>>();
    auto* cmd = doc->add_subcommand(
        checklist ? "checklist" : "list",
        checklist ? "Hồ sơ từng nội dung: đủ, đúng hạn, muộn, thiếu"
                  : "Danh sách tài liệu: phiên bản, ngày gửi, đúng hạn/muộn, đã nhận/đã mở");
    cmd->add_option("session", ids->first, "Số kỳ họp")->required();
    cmd->add_option("--item", ids->second, "Chỉ nội dung này");
    cmd->callback([&ctx, ids, checklist] {
      ctx.action = [&ctx, ids, checklist] {
        return RunList(ctx, ids->first, ids->second, checklist);
      };
    });
  }
  {
    auto a = std::make_shared<DownloadArgs>();
    auto* cmd = doc->add_subcommand("download", "Tải tài liệu về (tiếp tục tệp tải dở)");
    cmd->add_option("session", a->session, "Số kỳ họp")->required();
    cmd->add_option("document", a->document, "Số tài liệu")->required();
    cmd->add_option("--version", a->version, "Phiên bản (mặc định: bản đã gửi mới nhất)");
    cmd->add_flag("--original", a->original, "Tải bản gốc DOCX/XLSX thay cho PDF");
    cmd->add_option("-o,--output", a->out, "Tệp ghi ra (mặc định tai-lieu-<số>.pdf)");
    cmd->callback([&ctx, a] { ctx.action = [&ctx, a] { return RunDownload(ctx, *a); }; });
  }
}

}  // namespace dienhong::ctl
