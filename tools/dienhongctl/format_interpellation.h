// Text of questioning and hearing events, and of the question, conclusion, commitment
// and carried-over lists, for dienhongctl (tail, question list, conclusion list,
// commitment list, question carried). Names come from the SessionState the caller keeps.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/interpellation_service.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::ctl {

// "phiếu chất vấn số 3: Trần Thị B hỏi Nguyễn Văn Xây (Giám đốc Sở Xây dựng)"; empty for
// other events.
std::string DescribeInterpellationEvent(const v1::Event& event, const v1::SessionState& state);

// The session's questions by issue group (then the ungrouped ones), and those carried
// over from earlier sessions; several lines.
std::string FormatQuestionList(const v1::SessionState& state,
                               const v1::ListQuestionsResponse& list);

// Conclusions with their commitments; several lines.
std::string FormatConclusions(const v1::SessionState& state,
                              const google::protobuf::RepeatedPtrField<v1::Conclusion>& list);

// One line per commitment: "[quá hạn] 2026-12-31 Sở Xây dựng — ... (kỳ họp 3, cam kết 2)".
std::string FormatCommitmentLine(const v1::CommitmentView& view);

// One line per carried-over question, with its written-answer due date and answer.
std::string FormatCarriedOverLine(const v1::CarriedOverQuestion& question);

}  // namespace dienhong::ctl
