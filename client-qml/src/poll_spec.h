// PollFromSpec: the chair console's description of a poll (a QVariantMap from QML) turned
// into the v1::Poll of a CreatePoll command. Only what the chair chose is set; everything
// else is left for the server's defaults (voting::WithDefaults: choices of the kind, the
// rule, visibility), so the client adds no voting rule of its own.
//
// spec keys: kind (v1::PollKind; default resolution), title, secret (absent: the kind's
// default), countdownSeconds, itemId (0: `currentItemId`), allowOnline, and by kind:
//   officials  [string]  rating / confidence vote: one question per official
//                        ("Họ tên — chức vụ"), the kind's choices
//   candidates [string]  election: the candidates (choices of the one question)
//   seats      int       election: how many to elect (marks per ballot)
//   choices    [string]  custom: the choices of the one question
// Blank entries are dropped and the rest trimmed; the server validates the result and
// names the field when something is missing (e.g. an election with one candidate).
//
// Thread-safety: a pure function.
#pragma once

#include <QVariantMap>

#include "dienhong/v1/voting.pb.h"

namespace dienhong::client {

v1::Poll PollFromSpec(const QVariantMap& spec, qint64 currentItemId);

}  // namespace dienhong::client
