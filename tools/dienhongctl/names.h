// Words for the API's enums: the command-line spellings accepted by dienhongctl
// ("secretary", "draft_resolution", ...) and the Vietnamese labels it prints.
//
// Thread-safety: pure functions over static data.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/labels.h"
#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::ctl {

// Parsers: nullopt for an unknown word. Case-sensitive, lower-case, as in --help.
std::optional<v1::Role> ParseRole(std::string_view word);
std::optional<v1::CouncilLevel> ParseCouncilLevel(std::string_view word);
std::optional<v1::SessionKind> ParseSessionKind(std::string_view word);
std::optional<v1::AgendaItemKind> ParseAgendaItemKind(std::string_view word);
std::optional<v1::AttendanceStatus> ParseAttendanceStatus(std::string_view word);

// The accepted words, "a|b|c", for help texts and error messages.
const char* RoleWords();
const char* CouncilLevelWords();
const char* SessionKindWords();
const char* AgendaItemKindWords();
const char* AttendanceStatusWords();

// Vietnamese labels (RoleLabel, SessionKindLabel, AgendaItemKindLabel and
// AttendanceStatusLabel are in common/labels.h, shared with the server's records).
const char* CouncilLevelLabel(v1::CouncilLevel level);
const char* SessionStatusLabel(v1::SessionStatus status);
const char* SittingStatusLabel(v1::SittingStatus status);
const char* AgendaItemStatusLabel(v1::AgendaItemStatus status);

}  // namespace dienhong::ctl
