#include "server/services/document_service.h"

#include "common/floor.h"
#include "server/documents/document_lookup.h"
#include "server/documents/download_reactor.h"
#include "server/documents/notes.h"
#include "server/documents/upload_reactor.h"
#include "server/grpc_status.h"
#include "server/services/command_runner.h"
#include "server/store/notes_table.h"

namespace dienhong {
namespace {

// The committed state of a session the caller may read, and the document in it.
Result<v1::SessionState> ReadableSession(const ServerCore& core, const Principal& principal,
                                         int64_t session_id) {
  DH_ASSIGN_OR_RETURN(v1::SessionState state, core.engine.State(session_id));
  DH_RETURN_IF_ERROR(RequireCouncil(principal, state.council_id()));
  return state;
}

}  // namespace

grpc::ServerReadReactor<v1::UploadDocumentRequest>* DocumentServiceImpl::UploadDocument(
    grpc::CallbackServerContext* ctx, v1::CommandReply* reply) {
  return new documents::UploadReactor(core_, ctx, reply);
}

grpc::ServerWriteReactor<v1::DownloadDocumentChunk>* DocumentServiceImpl::DownloadDocument(
    grpc::CallbackServerContext* ctx, const v1::DownloadDocumentRequest* req) {
  return new documents::DownloadReactor(core_, ctx, *req);
}

grpc::ServerUnaryReactor* DocumentServiceImpl::AddConfidentialDocument(
    grpc::CallbackServerContext* ctx, const v1::AddConfidentialDocumentRequest* req,
    v1::CommandReply* reply) {
  v1::Command command;
  v1::Document* d = command.mutable_add_document()->mutable_document();
  *d = req->document();
  if (d->versions_size() > 0) {
    return Reply(ctx, Status::InvalidArgument(
                          "document.versions: tài liệu mật không nhận nội dung tệp (chỉ phát "
                          "bản giấy); không có gì được lưu"));
  }
  d->clear_id();
  d->clear_order();
  d->clear_created_at();
  d->clear_published_at();
  d->clear_withdrawn();
  d->set_confidential(true);
  return RunSessionCommand(core_, ctx, DH_METHOD(DocumentService, AddConfidentialDocument),
                           req->session_id(), req->request_id(), std::move(command), reply);
}

#define DH_DOC_COMMAND(Method, field)                                                              \
  grpc::ServerUnaryReactor* DocumentServiceImpl::Method(                                           \
      grpc::CallbackServerContext* ctx, const v1::Method##Request* req, v1::CommandReply* reply) { \
    v1::Command command;                                                                           \
    *command.mutable_##field() = req->command();                                                   \
    return RunSessionCommand(core_, ctx, DH_METHOD(DocumentService, Method), req->session_id(),    \
                             req->request_id(), std::move(command), reply);                        \
  }

DH_DOC_COMMAND(PublishDocument, publish_document)
DH_DOC_COMMAND(OrderDocuments, order_documents)
DH_DOC_COMMAND(WithdrawDocument, withdraw_document)
DH_DOC_COMMAND(SetDossierRules, set_dossier_rules)
DH_DOC_COMMAND(ShowDocumentPage, show_document_page)
#undef DH_DOC_COMMAND

grpc::ServerUnaryReactor* DocumentServiceImpl::ReportDocumentReceipt(
    grpc::CallbackServerContext* ctx, const v1::ReportDocumentReceiptRequest* req,
    v1::CommandReply* reply) {
  v1::Command command;
  *command.mutable_record_document_receipt() = req->command();
  return RunSessionCommand(
      core_, ctx, DH_METHOD(DocumentService, ReportDocumentReceipt), req->session_id(),
      req->request_id(), std::move(command), reply,
      [](const Principal& principal, v1::Command& c) -> Status {
        // Only for oneself: the delegate is the caller's, whatever the request says.
        if (principal.account.delegate_id() == 0) {
          return Status::FailedPrecondition("Tài khoản này không gắn với đại biểu nào");
        }
        c.mutable_record_document_receipt()->set_delegate_id(principal.account.delegate_id());
        return Status::Ok();
      });
}

grpc::ServerUnaryReactor* DocumentServiceImpl::SetCouncilDossierRules(
    grpc::CallbackServerContext* ctx, const v1::SetCouncilDossierRulesRequest* req,
    v1::Council* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(DocumentService, SetCouncilDossierRules));
  if (!principal.ok()) return Reply(ctx, principal.status());
  DH_REPLY_IF_ERROR(ctx, core_.registry.Council(req->council_id()).status());
  DH_REPLY_IF_ERROR(ctx, RequireCouncil(*principal, req->council_id()));
  auto* reactor = ctx->DefaultReactor();
  core_.blocking.Post([this, reactor, req, resp, actor = principal->ToActor()] {
    auto updated = core_.registry.SetDossierRules(req->council_id(), req->rules(), actor);
    if (updated.ok()) *resp = *updated;
    reactor->Finish(ToGrpc(updated.status()));
  });
  return reactor;
}

grpc::ServerUnaryReactor* DocumentServiceImpl::GetDocumentNotes(
    grpc::CallbackServerContext* ctx, const v1::GetDocumentNotesRequest* req,
    v1::DocumentNotes* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(DocumentService, GetDocumentNotes));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = ReadableSession(core_, *principal, req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  DH_REPLY_IF_ERROR(ctx,
                    documents::FindDocument(*state, req->document_id(), "document_id").status());
  // Always the caller's own account: there is no way to name another.
  auto notes = core_.notes->Get(principal->account.id(), req->session_id(), req->document_id());
  if (!notes.ok()) return Reply(ctx, notes.status());
  *resp = std::move(notes).value();
  return Reply(ctx, Status::Ok());
}

grpc::ServerUnaryReactor* DocumentServiceImpl::SetDocumentNotes(
    grpc::CallbackServerContext* ctx, const v1::SetDocumentNotesRequest* req,
    v1::DocumentNotes* resp) {
  auto principal = Admit(core_, ctx, DH_METHOD(DocumentService, SetDocumentNotes));
  if (!principal.ok()) return Reply(ctx, principal.status());
  auto state = ReadableSession(core_, *principal, req->session_id());
  if (!state.ok()) return Reply(ctx, state.status());
  DH_REPLY_IF_ERROR(ctx,
                    documents::FindDocument(*state, req->document_id(), "document_id").status());
  auto notes = documents::NormalizeNotes(*req);
  if (!notes.ok()) return Reply(ctx, notes.status());
  *notes->mutable_updated_at() = MicrosTimestamp(core_.clock.NowMicros());
  *resp = *notes;
  auto* reactor = ctx->DefaultReactor();
  core_.notes->Put(principal->account.id(), *notes,
                   [reactor](const Status& s) { reactor->Finish(ToGrpc(s)); });
  return reactor;
}

}  // namespace dienhong
