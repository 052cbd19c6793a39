// DocumentService: session documents (proto/dienhong/v1/document_service.proto,
// docs/documents.md). The files move through two reactors (server/documents/):
// UploadReactor receives, checks and stores a file, then records the command; a
// DownloadReactor streams a stored file from an offset. The other RPCs are commands on
// the session (through the command runner), the council's dossier rules (a registry
// write on the blocking pool), and a delegate's private notes (store/notes_table.h).
//
// Who may do what is the role table's (server/auth/access_policy.cc) plus, here: the
// session's council (RequireCouncil); a receipt is always the caller's own delegate's;
// notes are always the caller's own account's, whatever the request says.
//
// Thread-safety: stateless; see the reactors for their own contracts.
#pragma once

#include "dienhong/v1/document_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class DocumentServiceImpl final : public v1::DocumentService::CallbackService {
 public:
  explicit DocumentServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerReadReactor<v1::UploadDocumentRequest>* UploadDocument(
      grpc::CallbackServerContext* ctx, v1::CommandReply* reply) override;
  grpc::ServerWriteReactor<v1::DownloadDocumentChunk>* DownloadDocument(
      grpc::CallbackServerContext* ctx, const v1::DownloadDocumentRequest* req) override;

#define DH_DOC_RPC(Method, Request, Response)                                        \
  grpc::ServerUnaryReactor* Method(grpc::CallbackServerContext*, const v1::Request*, \
                                   v1::Response*) override;
  DH_DOC_RPC(AddConfidentialDocument, AddConfidentialDocumentRequest, CommandReply)
  DH_DOC_RPC(PublishDocument, PublishDocumentRequest, CommandReply)
  DH_DOC_RPC(OrderDocuments, OrderDocumentsRequest, CommandReply)
  DH_DOC_RPC(WithdrawDocument, WithdrawDocumentRequest, CommandReply)
  DH_DOC_RPC(SetDossierRules, SetDossierRulesRequest, CommandReply)
  DH_DOC_RPC(SetCouncilDossierRules, SetCouncilDossierRulesRequest, Council)
  DH_DOC_RPC(ShowDocumentPage, ShowDocumentPageRequest, CommandReply)
  DH_DOC_RPC(ReportDocumentReceipt, ReportDocumentReceiptRequest, CommandReply)
  DH_DOC_RPC(GetDocumentNotes, GetDocumentNotesRequest, DocumentNotes)
  DH_DOC_RPC(SetDocumentNotes, SetDocumentNotesRequest, DocumentNotes)
#undef DH_DOC_RPC

 private:
  ServerCore& core_;
};

}  // namespace dienhong
