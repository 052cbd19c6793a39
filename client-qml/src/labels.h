// Labels: the words people see for the protocol's enums (session status, sitting status,
// agenda item kind, attendance status, role, poll kind and status, floor kind, question status and
// satisfaction, commitment status, document kind, dossier paper status). Vietnamese
// source text, translated through Qt Linguist like every other string (context "Labels").
//
// Thread-safety: call on the GUI thread (the translator is installed there).
#pragma once

#include <QCoreApplication>
#include <QString>

#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/document.pb.h"
#include "dienhong/v1/floor.pb.h"
#include "dienhong/v1/interpellation.pb.h"
#include "dienhong/v1/session.pb.h"
#include "dienhong/v1/voting.pb.h"

namespace dienhong::client {

class Labels {
  Q_DECLARE_TR_FUNCTIONS(Labels)

 public:
  static QString sessionStatus(v1::SessionStatus s);
  static QString sittingStatus(v1::SittingStatus s);
  static QString itemKind(v1::AgendaItemKind k);
  static QString itemStatus(v1::AgendaItemStatus s);
  static QString attendance(v1::AttendanceStatus s);
  static QString role(v1::Role r);
  static QString pollKind(v1::PollKind k);
  static QString pollStatus(v1::PollStatus s);
  static QString floorKind(v1::FloorKind k);
  static QString questionStatus(v1::QuestionStatus s);
  static QString satisfaction(v1::Satisfaction s);
  static QString commitmentStatus(v1::CommitmentStatus s);
  static QString documentKind(v1::DocumentKind k);
  static QString paperStatus(v1::PaperStatus s);
};

}  // namespace dienhong::client
