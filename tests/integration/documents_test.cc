// Session documents over real gRPC against a real server (its data directory, its files):
// upload, publish, download with resume, the refusals (each naming the field, each
// storing nothing), cancelled and interrupted uploads, a server killed during an upload
// or a download, confidential papers, receipts, and the privacy of notes.
//
// The server runs with --max-document-mib 2 so that "over the limit" is cheap to provoke.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <thread>

#include "dienhong/v1/document_service.grpc.pb.h"
#include "dienhong/v1/records_service.grpc.pb.h"
#include "tests/integration/fixture.h"
#include "tests/server/documents/sample_files.h"

namespace dienhong::it {
namespace {

namespace fs = std::filesystem;
using testing_files::MakeOfficeFile;
using testing_files::MakePdf;
using Header = v1::UploadDocumentRequest::Header;

std::string Sha256Of(const std::string& data) {
  unsigned char d[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(d, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[2 * sizeof d + 1];
  sodium_bin2hex(hex, sizeof hex, d, sizeof d);
  return std::string("sha256:") + hex;
}

// Every regular file under `dir`, recursively.
std::vector<fs::path> FilesUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  return files;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

struct Upload {
  grpc::Status status;
  v1::CommandReply reply;
};

struct Download {
  grpc::Status status;
  std::vector<v1::DownloadDocumentChunk> chunks;  // data moved into `data`
  std::string data;
  // Every chunk at most 256 KiB and starting where the previous one ended.
  bool contiguous = true;
};

class DocumentsTest : public IntegrationTest {
 protected:
  std::vector<std::string> ServerArgs() const override { return {"--max-document-mib", "2"}; }

  void SetUp() override {
    IntegrationTest::SetUp();
    if (HasFatalFailure()) return;
    docs_ = v1::DocumentService::NewStub(stubs_->channel);
    world_ = MakeCouncil("hanoi", 5, 3);
    session_ = CreateSession(world_.secretary, world_.council_id);
  }

  void TearDown() override {
    // The stub shares the fixture's channel: drop it first, or the server's graceful stop
    // waits for the connection to go away.
    docs_.reset();
    IntegrationTest::TearDown();
  }

  void Restart(bool crash) {
    docs_.reset();
    RestartServer(crash);
    docs_ = v1::DocumentService::NewStub(stubs_->channel);
  }

  fs::path DocumentsDir() const { return server_->database_path().parent_path() / "documents"; }

  Header PdfHeader(const std::string& content, const std::string& title = "Tờ trình dự thảo") {
    Header h;
    h.set_request_id(NextRequestId());
    h.set_session_id(session_);
    h.mutable_document()->set_kind(v1::DOCUMENT_KIND_SUBMISSION);
    h.mutable_document()->set_title(title);
    h.mutable_document()->set_item_id(4);
    h.mutable_document()->set_number("123/TTr-UBND");
    h.mutable_document()->set_issuer("UBND thành phố");
    h.set_file_name("to-trinh.pdf");
    h.set_size_bytes(static_cast<int64_t>(content.size()));
    return h;
  }

  Upload Send(const Caller& caller, const Header& header, const std::string& content,
              size_t chunk = 64 * 1024, bool send_header = true) {
    Upload u;
    auto ctx = caller.Context(std::chrono::seconds(30));
    auto writer = docs_->UploadDocument(ctx.get(), &u.reply);
    v1::UploadDocumentRequest msg;
    bool ok = true;
    if (send_header) {
      *msg.mutable_header() = header;
      ok = writer->Write(msg);
    }
    for (size_t at = 0; ok && at < content.size(); at += chunk) {
      msg.set_chunk(content.substr(at, chunk));
      ok = writer->Write(msg);
    }
    writer->WritesDone();
    u.status = writer->Finish();
    return u;
  }

  Download Fetch(const Caller& caller, int64_t document_id, int32_t version = 0, int64_t offset = 0,
                 v1::DocumentPart part = v1::DOCUMENT_PART_PDF, int64_t session = 0) {
    Download d;
    v1::DownloadDocumentRequest req;
    req.set_session_id(session != 0 ? session : session_);
    req.set_document_id(document_id);
    req.set_version(version);
    req.set_offset(offset);
    req.set_part(part);
    auto ctx = caller.Context(std::chrono::seconds(60));
    auto reader = docs_->DownloadDocument(ctx.get(), req);
    v1::DownloadDocumentChunk chunk;
    while (reader->Read(&chunk)) {
      const int64_t expected = offset + static_cast<int64_t>(d.data.size());
      if (chunk.offset() != expected || chunk.data().size() > 256 * 1024) d.contiguous = false;
      d.data += chunk.data();
      chunk.clear_data();
      d.chunks.push_back(chunk);
    }
    d.status = reader->Finish();
    return d;
  }

  grpc::Status Publish(int64_t document_id) {
    v1::PublishDocumentRequest req;
    req.set_request_id(NextRequestId());
    req.set_session_id(session_);
    req.mutable_command()->set_document_id(document_id);
    v1::CommandReply reply;
    return docs_->PublishDocument(world_.secretary.Context().get(), req, &reply);
  }

  // The documents directory holds no file (no stored content, no temporary upload).
  void ExpectNothingStored(const char* what) {
    EXPECT_TRUE(FilesUnder(DocumentsDir()).empty())
        << what << ": " << FilesUnder(DocumentsDir()).size() << " file(s) left";
  }

  // Uploads a valid PDF (the test stops unless it is accepted); returns the document's id.
  int64_t UploadPdf(const std::string& content) {
    Upload u = Send(world_.secretary, PdfHeader(content), content);
    CheckOk(u.status, "UploadDocument");
    const v1::SessionState state = GetSession(world_.secretary, session_);
    return state.documents().documents(state.documents().documents_size() - 1).id();
  }

  std::unique_ptr<v1::DocumentService::Stub> docs_;
  CouncilWorld world_;
  int64_t session_ = 0;
};

TEST_F(DocumentsTest, BadUploadsAreRefusedNamingTheFieldAndStoreNothing) {
  const int64_t seq_before = GetSession(world_.secretary, session_).last_seq();
  const std::string pdf = MakePdf(3);
  struct Case {
    const char* what;
    Header header;
    std::string content;
    size_t chunk = 64 * 1024;
    grpc::StatusCode code = grpc::StatusCode::INVALID_ARGUMENT;
    std::string field;
    bool send_header = true;
  };
  std::vector<Case> cases;
  cases.push_back({"no header", PdfHeader(pdf), pdf, 64 * 1024, grpc::StatusCode::INVALID_ARGUMENT,
                   "header", false});
  {
    Header h = PdfHeader("");
    cases.push_back({"empty file", h, "", 1, grpc::StatusCode::INVALID_ARGUMENT, "size_bytes"});
  }
  {
    const std::string big(3 << 20, 'x');
    Header h = PdfHeader(big);
    cases.push_back({"over --max-document-mib", h, big, 1 << 20, grpc::StatusCode::INVALID_ARGUMENT,
                     "size_bytes"});
  }
  {
    const std::string padded = MakePdf(2, "x", (1 << 20) + 100);
    cases.push_back({"chunk over 1 MiB", PdfHeader(padded), padded, (1 << 20) + 1,
                     grpc::StatusCode::INVALID_ARGUMENT, "chunk"});
  }
  {
    Header h = PdfHeader(pdf);
    h.set_size_bytes(h.size_bytes() - 10);
    cases.push_back({"more bytes than declared", h, pdf, 64 * 1024,
                     grpc::StatusCode::INVALID_ARGUMENT, "size_bytes"});
  }
  {
    Header h = PdfHeader(pdf);
    h.set_size_bytes(h.size_bytes() + 10);
    cases.push_back({"fewer bytes than declared", h, pdf, 64 * 1024,
                     grpc::StatusCode::INVALID_ARGUMENT, "size_bytes"});
  }
  {
    const std::string text = "Tờ trình số 123 (văn bản thường, không phải PDF)\n%%EOF\n";
    cases.push_back({"not a PDF", PdfHeader(text), text, 64 * 1024,
                     grpc::StatusCode::INVALID_ARGUMENT, "chunk"});
    const std::string docx = MakeOfficeFile(true);
    cases.push_back({"a DOCX as the PDF", PdfHeader(docx), docx, 64 * 1024,
                     grpc::StatusCode::INVALID_ARGUMENT, "chunk"});
    const std::string cut = pdf.substr(0, pdf.size() / 2);
    cases.push_back({"a truncated PDF", PdfHeader(cut), cut, 64 * 1024,
                     grpc::StatusCode::INVALID_ARGUMENT, "chunk"});
  }
  {
    Header h = PdfHeader(pdf);
    h.set_expected_digest(Sha256Of(pdf + "khác"));
    cases.push_back({"digest does not match", h, pdf, 64 * 1024, grpc::StatusCode::INVALID_ARGUMENT,
                     "expected_digest"});
    h.set_expected_digest("md5:abc");
    cases.push_back({"malformed digest", h, pdf, 64 * 1024, grpc::StatusCode::INVALID_ARGUMENT,
                     "expected_digest"});
  }
  {
    Header h = PdfHeader(pdf);
    h.mutable_document()->set_confidential(true);
    cases.push_back({"confidential with content", h, pdf, 64 * 1024,
                     grpc::StatusCode::INVALID_ARGUMENT, "document.confidential"});
  }
  {
    Header h = PdfHeader(pdf);
    h.set_file_name("../../etc/passwd");
    cases.push_back({"a path as file name", h, pdf, 64 * 1024, grpc::StatusCode::INVALID_ARGUMENT,
                     "file_name"});
  }
  {
    Header h = PdfHeader(pdf);
    h.set_session_id(session_ + 100);
    cases.push_back(
        {"unknown session", h, pdf, 64 * 1024, grpc::StatusCode::NOT_FOUND, "session_id"});
  }
  {
    Header h = PdfHeader(pdf);
    h.set_new_version_of(77);
    cases.push_back({"new version of an unknown document", h, pdf, 64 * 1024,
                     grpc::StatusCode::NOT_FOUND, "new_version_of"});
  }
  {
    const std::string docx = MakeOfficeFile(true);
    Header h = PdfHeader(docx);
    h.set_part(v1::DOCUMENT_PART_ORIGINAL);
    h.set_document_id(5);
    h.set_version(1);
    cases.push_back({"original of an unknown document", h, docx, 64 * 1024,
                     grpc::StatusCode::NOT_FOUND, "document_id"});
  }
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    Upload u = Send(world_.secretary, c.header, c.content, c.chunk, c.send_header);
    EXPECT_EQ(u.status.error_code(), c.code) << Describe(u.status);
    EXPECT_TRUE(StartsWith(u.status.error_message(), c.field)) << u.status.error_message();
  }
  // Not the secretariat of this council: refused before a byte is read.
  CouncilWorld other = MakeCouncil("haiduong", 2, 1);
  for (const Caller* caller : {&other.secretary, &world_.delegate_callers[0], &world_.observer}) {
    Upload u = Send(*caller, PdfHeader(pdf), pdf);
    EXPECT_EQ(u.status.error_code(), grpc::StatusCode::PERMISSION_DENIED)
        << caller->account << ": " << Describe(u.status);
  }
  ExpectNothingStored("after the refused uploads");
  EXPECT_EQ(GetSession(world_.secretary, session_).last_seq(), seq_before);
}

TEST_F(DocumentsTest, ACancelledUploadLeavesNothing) {
  const std::string pdf = MakePdf(2, "x", 1500 * 1024);
  grpc::ClientContext ctx;
  ctx.AddMetadata("authorization", "Bearer " + world_.secretary.token);
  v1::CommandReply reply;
  auto writer = docs_->UploadDocument(&ctx, &reply);
  v1::UploadDocumentRequest msg;
  *msg.mutable_header() = PdfHeader(pdf);
  ASSERT_TRUE(writer->Write(msg));
  msg.set_chunk(pdf.substr(0, 512 * 1024));
  ASSERT_TRUE(writer->Write(msg));
  // The server has the temporary file once it has read the header (awaited, bounded).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (FilesUnder(DocumentsDir() / "tmp").empty() &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(FilesUnder(DocumentsDir() / "tmp").size(), 1u) << "the upload never started";
  ctx.TryCancel();
  EXPECT_EQ(writer->Finish().error_code(), grpc::StatusCode::CANCELLED);
  // The server removes the temporary file when it sees the cancel.
  const auto removed_by = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!FilesUnder(DocumentsDir()).empty() && std::chrono::steady_clock::now() < removed_by) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ExpectNothingStored("after the cancel");
  EXPECT_EQ(GetSession(world_.secretary, session_).documents().documents_size(), 0);
}

TEST_F(DocumentsTest, AServerKilledDuringAnUploadKeepsNoPartialDocument) {
  const std::string pdf = MakePdf(2, "x", 1500 * 1024);
  {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + world_.secretary.token);
    v1::CommandReply reply;
    auto writer = docs_->UploadDocument(&ctx, &reply);
    v1::UploadDocumentRequest msg;
    *msg.mutable_header() = PdfHeader(pdf);
    ASSERT_TRUE(writer->Write(msg));
    msg.set_chunk(pdf.substr(0, 1 << 20));
    ASSERT_TRUE(writer->Write(msg));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    auto partial_on_disk = [&] {
      auto files = FilesUnder(DocumentsDir() / "tmp");
      return !files.empty() && fs::file_size(files[0]) > 0;
    };
    while (!partial_on_disk() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(partial_on_disk()) << "the server never wrote the first chunk";
    server_->Kill();
    EXPECT_FALSE(writer->Finish().ok());
  }
  Restart(/*crash=*/false);  // already dead: just start again
  ExpectNothingStored("after the restart");
  EXPECT_EQ(GetSession(world_.secretary, session_).documents().documents_size(), 0);
}

TEST_F(DocumentsTest, UploadPublishDownloadWithResume) {
  const std::string pdf = MakePdf(12, "Du thao nghi quyet", 900 * 1024);
  const int64_t id = UploadPdf(pdf);
  const Caller& delegate = world_.delegate_callers[0];
  // A draft: the secretariat reads it, a delegate does not.
  Download draft = Fetch(world_.secretary, id);
  ASSERT_TRUE(draft.status.ok()) << Describe(draft.status);
  EXPECT_EQ(draft.data, pdf);
  Download early = Fetch(delegate, id);
  EXPECT_EQ(early.status.error_code(), grpc::StatusCode::FAILED_PRECONDITION)
      << Describe(early.status);
  EXPECT_TRUE(early.data.empty());

  ASSERT_TRUE(Publish(id).ok());
  Download full = Fetch(delegate, id);
  ASSERT_TRUE(full.status.ok()) << Describe(full.status);
  ASSERT_FALSE(full.chunks.empty());
  EXPECT_EQ(full.chunks[0].file().digest(), Sha256Of(pdf));
  EXPECT_EQ(full.chunks[0].file().size_bytes(), static_cast<int64_t>(pdf.size()));
  EXPECT_EQ(full.chunks[0].file().media_type(), "application/pdf");
  EXPECT_EQ(full.chunks[0].version(), 1);
  EXPECT_EQ(Sha256Of(full.data), full.chunks[0].file().digest());
  EXPECT_TRUE(full.contiguous);
  EXPECT_GE(full.chunks.size(), pdf.size() / (256 * 1024));

  // Resume from an offset: the rest, and only the rest.
  const int64_t half = static_cast<int64_t>(pdf.size() / 2) + 7;
  Download rest = Fetch(delegate, id, 0, half);
  ASSERT_TRUE(rest.status.ok()) << Describe(rest.status);
  EXPECT_EQ(rest.chunks[0].offset(), half);
  EXPECT_TRUE(rest.contiguous);
  EXPECT_EQ(pdf.substr(0, half) + rest.data, pdf);
  // At the very end: the file's description, no bytes.
  Download end = Fetch(delegate, id, 0, static_cast<int64_t>(pdf.size()));
  ASSERT_TRUE(end.status.ok()) << Describe(end.status);
  EXPECT_TRUE(end.data.empty());
  EXPECT_EQ(end.chunks.at(0).file().digest(), Sha256Of(pdf));
  // Beyond the end: OUT_OF_RANGE naming the offset.
  Download beyond = Fetch(delegate, id, 0, static_cast<int64_t>(pdf.size()) + 1);
  EXPECT_EQ(beyond.status.error_code(), grpc::StatusCode::OUT_OF_RANGE) << Describe(beyond.status);
  EXPECT_TRUE(StartsWith(beyond.status.error_message(), "offset"));
  // Another council's delegate: the usual refusal.
  CouncilWorld other = MakeCouncil("bacninh", 2, 1);
  Download foreign = Fetch(other.delegate_callers[0], id);
  EXPECT_EQ(foreign.status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_TRUE(foreign.data.empty());

  // The same content again (another document): stored once.
  Upload again = Send(world_.secretary, PdfHeader(pdf, "Bản sao"), pdf);
  ASSERT_TRUE(again.status.ok()) << Describe(again.status);
  EXPECT_EQ(FilesUnder(DocumentsDir() / "sha256").size(), 1u);
  EXPECT_EQ(GetSession(world_.secretary, session_).documents().documents_size(), 2);
}

TEST_F(DocumentsTest, VersionsAndOriginals) {
  const std::string v1pdf = MakePdf(2, "Phien ban 1");
  const int64_t id = UploadPdf(v1pdf);
  ASSERT_TRUE(Publish(id).ok());
  const std::string v2pdf = MakePdf(3, "Phien ban 2");
  Header h = PdfHeader(v2pdf);
  h.set_new_version_of(id);
  Upload u2 = Send(world_.secretary, h, v2pdf);
  ASSERT_TRUE(u2.status.ok()) << Describe(u2.status);
  const std::string docx = MakeOfficeFile(true);
  Header o = PdfHeader(docx);
  o.set_part(v1::DOCUMENT_PART_ORIGINAL);
  o.set_document_id(id);
  o.set_version(2);
  o.set_file_name("to-trinh.docx");
  Upload uo = Send(world_.secretary, o, docx);
  ASSERT_TRUE(uo.status.ok()) << Describe(uo.status);
  // An original must be DOCX/XLSX: a PDF is refused and not stored.
  const size_t files_before = FilesUnder(DocumentsDir()).size();
  Header bad = o;
  bad.set_request_id(NextRequestId());
  bad.set_size_bytes(static_cast<int64_t>(v1pdf.size()));
  Upload ub = Send(world_.secretary, bad, v1pdf);
  EXPECT_EQ(ub.status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << Describe(ub.status);
  EXPECT_EQ(FilesUnder(DocumentsDir()).size(), files_before);

  const Caller& delegate = world_.delegate_callers[0];
  // Version 2 is a draft: delegates still get version 1 as "the latest published".
  Download latest = Fetch(delegate, id);
  ASSERT_TRUE(latest.status.ok()) << Describe(latest.status);
  EXPECT_EQ(latest.chunks.at(0).version(), 1);
  EXPECT_EQ(latest.data, v1pdf);
  ASSERT_TRUE(Publish(id).ok());
  latest = Fetch(delegate, id);
  EXPECT_EQ(latest.chunks.at(0).version(), 2);
  EXPECT_EQ(latest.data, v2pdf);
  // The replaced version stays readable.
  Download old = Fetch(delegate, id, 1);
  ASSERT_TRUE(old.status.ok()) << Describe(old.status);
  EXPECT_EQ(old.data, v1pdf);
  Download original = Fetch(delegate, id, 2, 0, v1::DOCUMENT_PART_ORIGINAL);
  ASSERT_TRUE(original.status.ok()) << Describe(original.status);
  EXPECT_EQ(original.data, docx);
  EXPECT_EQ(original.chunks.at(0).file().media_type(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  Download none = Fetch(delegate, id, 1, 0, v1::DOCUMENT_PART_ORIGINAL);
  EXPECT_EQ(none.status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(StartsWith(none.status.error_message(), "part"));
}

TEST_F(DocumentsTest, AConfidentialPaperHasNoContent) {
  // The confidential paper must exist to be refused content.
  v1::AddConfidentialDocumentRequest req;
  req.set_request_id(NextRequestId());
  req.set_session_id(session_);
  req.mutable_document()->set_kind(v1::DOCUMENT_KIND_REPORT);
  req.mutable_document()->set_title("Báo cáo mật về quốc phòng địa phương");
  req.mutable_document()->set_item_id(2);
  v1::CommandReply reply;
  grpc::Status s = docs_->AddConfidentialDocument(world_.secretary.Context().get(), req, &reply);
  ASSERT_TRUE(s.ok()) << Describe(s);
  const v1::SessionState state = GetSession(world_.secretary, session_);
  ASSERT_EQ(state.documents().documents_size(), 1);
  const int64_t id = state.documents().documents(0).id();
  EXPECT_TRUE(state.documents().documents(0).confidential());
  // With versions (content): refused.
  req.set_request_id(NextRequestId());
  req.mutable_document()->add_versions()->mutable_pdf()->set_digest(Sha256Of("x"));
  EXPECT_EQ(
      docs_->AddConfidentialDocument(world_.secretary.Context().get(), req, &reply).error_code(),
      grpc::StatusCode::INVALID_ARGUMENT);
  // A version with content: refused, nothing stored.
  const std::string pdf = MakePdf(1);
  Header h = PdfHeader(pdf);
  h.set_new_version_of(id);
  Upload u = Send(world_.secretary, h, pdf);
  EXPECT_EQ(u.status.error_code(), grpc::StatusCode::FAILED_PRECONDITION) << Describe(u.status);
  EXPECT_TRUE(StartsWith(u.status.error_message(), "document_id")) << u.status.error_message();
  ExpectNothingStored("after the confidential upload");
  ASSERT_TRUE(Publish(id).ok());
  Download d = Fetch(world_.delegate_callers[0], id);
  EXPECT_EQ(d.status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(GetSession(world_.secretary, session_).last_seq(),
            state.last_seq() + 1);  // only the publish
}

TEST_F(DocumentsTest, ReceiptsAreTheCallersOwn) {
  const std::string pdf = MakePdf(2);
  const int64_t id = UploadPdf(pdf);
  ASSERT_TRUE(Publish(id).ok());
  const Caller& delegate = world_.delegate_callers[1];
  v1::ReportDocumentReceiptRequest req;
  req.set_request_id(NextRequestId());
  req.set_session_id(session_);
  req.mutable_command()->set_document_id(id);
  req.mutable_command()->set_version(1);
  req.mutable_command()->set_kind(v1::DOCUMENT_RECEIPT_KIND_RECEIVED);
  req.mutable_command()->set_delegate_id(world_.delegates[4].id());  // someone else: ignored
  v1::CommandReply reply;
  ASSERT_TRUE(docs_->ReportDocumentReceipt(delegate.Context().get(), req, &reply).ok());
  const v1::SessionState state = GetSession(world_.chair, session_);
  const auto& version = state.documents().documents(0).versions(0);
  ASSERT_EQ(version.received_by_size(), 1);
  EXPECT_EQ(version.received_by(0), delegate.delegate_id);
}

TEST_F(DocumentsTest, NotesArePrivate) {
  const std::string pdf = MakePdf(4);
  const int64_t id = UploadPdf(pdf);
  ASSERT_TRUE(Publish(id).ok());
  const Caller& mine = world_.delegate_callers[0];
  const std::string secret = "Ghi chú riêng: hỏi lại Sở Tài chính về khoản chi 12 tỷ";
  v1::SetDocumentNotesRequest set;
  set.set_session_id(session_);
  set.set_document_id(id);
  auto* n = set.add_notes();
  n->set_page(3);
  n->set_text(secret);
  set.add_bookmarks(2);
  set.add_bookmarks(2);
  v1::DocumentNotes stored;
  ASSERT_TRUE(docs_->SetDocumentNotes(mine.Context().get(), set, &stored).ok());
  EXPECT_EQ(stored.bookmarks_size(), 1);

  v1::GetDocumentNotesRequest get;
  get.set_session_id(session_);
  get.set_document_id(id);
  v1::DocumentNotes got;
  ASSERT_TRUE(docs_->GetDocumentNotes(mine.Context().get(), get, &got).ok());
  ASSERT_EQ(got.notes_size(), 1);
  EXPECT_EQ(got.notes(0).text(), secret);
  // Nobody else sees them: another delegate, the chair, the secretary, the administrator.
  for (const Caller* other : std::vector<const Caller*>{&world_.delegate_callers[1], &world_.chair,
                                                        &world_.secretary, &admin_}) {
    v1::DocumentNotes theirs;
    ASSERT_TRUE(docs_->GetDocumentNotes(other->Context().get(), get, &theirs).ok());
    EXPECT_EQ(theirs.notes_size(), 0) << other->account;
    EXPECT_EQ(theirs.bookmarks_size(), 0) << other->account;
  }
  // Not in the session state, not in any export.
  EXPECT_EQ(GetSession(world_.secretary, session_).DebugString().find(secret), std::string::npos);
  auto records = v1::RecordsService::NewStub(stubs_->channel);
  for (auto format : {v1::EXPORT_FORMAT_JSON, v1::EXPORT_FORMAT_CSV}) {
    v1::ExportRecordRequest req;
    req.set_session_id(session_);
    req.set_format(format);
    auto ctx = world_.secretary.Context(std::chrono::seconds(60));
    auto reader = records->ExportRecord(ctx.get(), req);
    std::string file;
    v1::ExportChunk chunk;
    while (reader->Read(&chunk)) file += chunk.data();
    ASSERT_TRUE(reader->Finish().ok());
    EXPECT_FALSE(file.empty());
    EXPECT_EQ(file.find("Sở Tài chính"), std::string::npos) << "format " << format;
  }
  // Bounds, each naming the field; nothing changes.
  auto refused = [&](v1::SetDocumentNotesRequest bad, const std::string& field) {
    v1::DocumentNotes out;
    grpc::Status s = docs_->SetDocumentNotes(mine.Context().get(), bad, &out);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << field;
    EXPECT_TRUE(StartsWith(s.error_message(), field)) << s.error_message();
  };
  v1::SetDocumentNotesRequest too_many = set;
  for (int i = 0; i < 501; ++i) too_many.add_notes()->set_page(1);
  refused(too_many, "notes");
  v1::SetDocumentNotesRequest too_long = set;
  too_long.mutable_notes(0)->set_text(std::string(2001, 'a'));
  refused(too_long, "notes[0].text");
  v1::SetDocumentNotesRequest page_zero = set;
  page_zero.mutable_notes(0)->set_page(0);
  refused(page_zero, "notes[0].page");
  v1::SetDocumentNotesRequest bad_bookmark = set;
  bad_bookmark.add_bookmarks(-1);
  refused(bad_bookmark, "bookmarks");
  ASSERT_TRUE(docs_->GetDocumentNotes(mine.Context().get(), get, &got).ok());
  EXPECT_EQ(got.notes(0).text(), secret);
  // They follow the delegate from tablet to tablet, and across a restart.
  Restart(/*crash=*/true);
  ASSERT_TRUE(docs_->GetDocumentNotes(mine.Context().get(), get, &got).ok());
  ASSERT_EQ(got.notes_size(), 1);
  EXPECT_EQ(got.notes(0).text(), secret);
}

TEST_F(DocumentsTest, AServerKilledDuringADownloadLetsTheTabletResume) {
  const std::string pdf = MakePdf(8, "x", 1800 * 1024);
  const int64_t id = UploadPdf(pdf);
  ASSERT_TRUE(Publish(id).ok());
  const Caller& delegate = world_.delegate_callers[0];
  std::string have;
  std::string digest;
  {
    v1::DownloadDocumentRequest req;
    req.set_session_id(session_);
    req.set_document_id(id);
    auto ctx = delegate.Context(std::chrono::seconds(30));
    auto reader = docs_->DownloadDocument(ctx.get(), req);
    v1::DownloadDocumentChunk chunk;
    ASSERT_TRUE(reader->Read(&chunk));
    digest = chunk.file().digest();
    have += chunk.data();
    ASSERT_LT(have.size(), pdf.size());
    server_->Kill();
    while (reader->Read(&chunk)) {
      if (chunk.offset() != static_cast<int64_t>(have.size())) break;
      have += chunk.data();  // what was already in flight
    }
    EXPECT_FALSE(reader->Finish().ok());
  }
  ASSERT_LT(have.size(), pdf.size()) << "the download finished before the kill";
  Restart(/*crash=*/false);
  Download rest = Fetch(delegate, id, 0, static_cast<int64_t>(have.size()));
  ASSERT_TRUE(rest.status.ok()) << Describe(rest.status);
  EXPECT_EQ(rest.chunks.at(0).file().digest(), digest);
  EXPECT_EQ(Sha256Of(have + rest.data), digest);
}

}  // namespace
}  // namespace dienhong::it
