// Text of session documents for dienhongctl: the `doc list` table (versions, sent dates,
// on time or late, receipts "đã nhận 93/95 · đã mở 71/95"), the `doc checklist` lines,
// upload/download progress, and one line per document event for `tail`.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include "dienhong/v1/document.pb.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::ctl {

// "đã nhận 93/95 · đã mở 71/95" for a version, against the session's roster size.
std::string ReceiptSummary(const v1::DocumentVersion& version, int roster_size);

// "đúng hạn", "muộn 2 ngày", "chưa gửi", or "đã gửi" when the session has no deadline.
std::string Timeliness(const v1::SessionState& state, const v1::Document& document);

// The table of the session's documents (of item `item_id` only when it is > 0), one block
// per document: its line and one indented line per version. Withdrawn drafts are listed
// as such. "Chưa có tài liệu nào." when there is none.
std::string FormatDocumentList(const v1::SessionState& state, int64_t item_id = 0);

// The checklist of every agenda item that needs papers (or of `item_id` when > 0): the
// deadline, then one line per required paper ("✓ Tờ trình — tài liệu 3, gửi 2025-07-10
// 09:00 (đúng hạn)", "✗ Báo cáo thẩm tra — thiếu").
std::string FormatChecklists(const v1::SessionState& state, int64_t item_id = 0);

// "3,0/10,0 MiB (30%)": progress of a transfer of `total` bytes.
std::string TransferProgress(int64_t done, int64_t total);

// The description of a document event ("gửi tài liệu 2 «Dự thảo…» (phiên bản 2)"); empty
// for other events. `state` should already include the event.
std::string DescribeDocumentEvent(const v1::Event& event, const v1::SessionState& state);

}  // namespace dienhong::ctl
