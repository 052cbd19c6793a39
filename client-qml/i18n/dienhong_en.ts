<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaItemDelegate</name>
    <message numerus="yes">
        <source>%n tài liệu</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Bắt đầu nội dung %1</source>
        <translation>Start item %1</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Kết thúc nội dung %1</source>
        <translation>Complete item %1</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Ghế %1 · %2</source>
        <translation>Seat %1 · %2</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Ghi có mặt: %1</source>
        <translation>Mark present: %1</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Ghi trực tuyến: %1</source>
        <translation>Mark online: %1</translation>
    </message>
    <message>
        <source>Vắng có lý do…</source>
        <translation>Excused…</translation>
    </message>
    <message>
        <source>Ghi vắng có lý do: %1</source>
        <translation>Mark excused: %1</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Ghi vắng: %1</source>
        <translation>Mark absent: %1</translation>
    </message>
</context>
<context>
    <name>CancelPollDialog</name>
    <message>
        <source>Hủy biểu quyết</source>
        <translation>Cancel the vote</translation>
    </message>
    <message>
        <source>Lý do hủy (ghi vào biên bản)</source>
        <translation>Reason for cancelling (recorded in the minutes)</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lý do hủy biểu quyết</source>
        <translation>Reason for cancelling the vote</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ChairPage</name>
    <message>
        <source>Chủ tọa</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Chương trình kỳ họp</source>
        <translation>Session agenda</translation>
    </message>
    <message>
        <source>Khai mạc một phiên họp để điều hành chương trình.</source>
        <translation>Open a sitting to run the agenda.</translation>
    </message>
    <message>
        <source>Phiên họp</source>
        <translation>Sittings</translation>
    </message>
    <message>
        <source>Đại biểu</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>Phiên họp và túc số</source>
        <translation>Sittings and quorum</translation>
    </message>
    <message>
        <source>Phát biểu (%1)</source>
        <translation>Floor (%1)</translation>
    </message>
    <message>
        <source>Phát biểu</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Chất vấn (%1)</source>
        <translation>Questions (%1)</translation>
    </message>
    <message>
        <source>Chất vấn</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Kỳ họp đã bế mạc</source>
        <translation>Session closed</translation>
    </message>
    <message>
        <source>Bế mạc kỳ họp</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <source>Bế mạc kỳ họp %1</source>
        <translation>Close the session %1</translation>
    </message>
</context>
<context>
    <name>CloseSessionDialog</name>
    <message>
        <source>Bế mạc kỳ họp</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <source>Sau khi bế mạc, kỳ họp không ghi nhận thêm nội dung nào. Câu hỏi chưa được trả lời hoặc đại biểu chưa hài lòng sẽ chuyển trả lời bằng văn bản.</source>
        <translation>Once closed, nothing more is recorded in the session. Questions not answered, or whose questioner was not satisfied, carry over to be answered in writing.</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Báo hoàn thành cam kết</source>
        <translation>Report a commitment done</translation>
    </message>
    <message>
        <source>Gia hạn cam kết</source>
        <translation>Extend a commitment</translation>
    </message>
    <message>
        <source>Hạn đang áp dụng: %1</source>
        <translation>Due date in force: %1</translation>
    </message>
    <message>
        <source>Kết quả thực hiện, văn bản báo cáo</source>
        <translation>What was done, report reference</translation>
    </message>
    <message>
        <source>Kết quả thực hiện</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Hạn mới (YYYY-MM-DD)</source>
        <translation>New due date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Hạn mới</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>Lý do gia hạn</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Báo hoàn thành</source>
        <translation>Report done</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>ConclusionDialog</name>
    <message>
        <source>Ghi kết luận</source>
        <translation>Record a conclusion</translation>
    </message>
    <message>
        <source>Toàn kỳ họp</source>
        <translation>The whole session</translation>
    </message>
    <message>
        <source>Kết luận cho nhóm vấn đề</source>
        <translation>Conclusion for the issue group</translation>
    </message>
    <message>
        <source>Nội dung kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Cam kết (việc — cơ quan thực hiện — hạn YYYY-MM-DD)</source>
        <translation>Commitments (what — responsible agency — due YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Việc phải làm</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Cam kết %1: việc phải làm</source>
        <translation>Commitment %1: what is to be done</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Cam kết %1: cơ quan thực hiện</source>
        <translation>Commitment %1: responsible agency</translation>
    </message>
    <message>
        <source>2026-12-31</source>
        <translation>2026-12-31</translation>
    </message>
    <message>
        <source>Cam kết %1: hạn hoàn thành</source>
        <translation>Commitment %1: due date</translation>
    </message>
    <message>
        <source>Bỏ cam kết %1</source>
        <translation>Remove commitment %1</translation>
    </message>
    <message>
        <source>Thêm cam kết</source>
        <translation>Add a commitment</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ConclusionsPanel</name>
    <message>
        <source>Kết luận (%1)</source>
        <translation>Conclusions (%1)</translation>
    </message>
    <message>
        <source>Chưa có kết luận nào.</source>
        <translation>No conclusion yet.</translation>
    </message>
    <message>
        <source>Ghi kết luận</source>
        <translation>Record a conclusion</translation>
    </message>
    <message>
        <source>Ghi kết luận và cam kết</source>
        <translation>Record a conclusion with commitments</translation>
    </message>
    <message>
        <source>Kết luận được ghi khi kỳ họp đang diễn ra.</source>
        <translation>Conclusions are recorded while the session is in progress.</translation>
    </message>
    <message>
        <source>Kết luận %1 — %2</source>
        <translation>Conclusion %1 — %2</translation>
    </message>
    <message>
        <source>Kết luận %1 · %2</source>
        <translation>Conclusion %1 · %2</translation>
    </message>
    <message>
        <source>Cam kết %1: %2</source>
        <translation>Commitment %1: %2</translation>
    </message>
    <message>
        <source>Theo dõi thực hiện cam kết</source>
        <translation>Follow-up of commitments</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Cập nhật danh sách cam kết</source>
        <translation>Refresh the list of commitments</translation>
    </message>
    <message>
        <source>Chưa có cam kết nào của hội đồng.</source>
        <translation>The council has no commitment yet.</translation>
    </message>
    <message>
        <source>Cam kết: %1 — %2</source>
        <translation>Commitment: %1 — %2</translation>
    </message>
    <message>
        <source>%1 · hạn %2 · %3</source>
        <translation>%1 · due %2 · %3</translation>
    </message>
    <message>
        <source>Kết quả: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Báo hoàn thành</source>
        <translation>Report done</translation>
    </message>
    <message>
        <source>Báo hoàn thành: %1</source>
        <translation>Report done: %1</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Gia hạn: %1</source>
        <translation>Extend: %1</translation>
    </message>
    <message>
        <source>Câu hỏi chuyển trả lời bằng văn bản (%1)</source>
        <translation>Questions to be answered in writing (%1)</translation>
    </message>
    <message>
        <source>Câu hỏi số %1 — %2</source>
        <translation>Question %1 — %2</translation>
    </message>
    <message>
        <source>%1 · câu hỏi số %2 của %3 gửi %4</source>
        <translation>%1 · question %2 from %3 to %4</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Còn lại %1:%2</source>
        <translation>%1:%2 left</translation>
    </message>
</context>
<context>
    <name>DelegatePage</name>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Chưa có phiên họp nào đang diễn ra</source>
        <translation>No sitting is in progress</translation>
    </message>
    <message>
        <source>Trạng thái của bạn: %1</source>
        <translation>Your status: %1</translation>
    </message>
    <message>
        <source>Có mặt tại hội trường</source>
        <translation>Present in the hall</translation>
    </message>
    <message>
        <source>Tham dự trực tuyến</source>
        <translation>Attend online</translation>
    </message>
    <message>
        <source>Nội dung đang thực hiện</source>
        <translation>Current item</translation>
    </message>
    <message>
        <source>Chưa bắt đầu nội dung nào</source>
        <translation>No item has started</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tài liệu: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Chương trình kỳ họp</source>
        <translation>Session agenda</translation>
    </message>
    <message>
        <source>Phát biểu và chương trình</source>
        <translation>Floor and agenda</translation>
    </message>
    <message>
        <source>Chất vấn (%1)</source>
        <translation>Questions (%1)</translation>
    </message>
    <message>
        <source>Chất vấn</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Tài liệu đang thảo luận (%1)</source>
        <translation>Papers under discussion (%1)</translation>
    </message>
    <message>
        <source>Tài liệu đang thảo luận</source>
        <translation>Papers under discussion</translation>
    </message>
    <message>
        <source>Tài liệu (%1 mới)</source>
        <translation>Documents (%1 new)</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <source>Diên Hồng</source>
        <translation>Diên Hồng</translation>
    </message>
    <message>
        <source>NỘI DUNG ĐANG THỰC HIỆN</source>
        <translation>CURRENT ITEM</translation>
    </message>
    <message>
        <source>Phiên họp đã khai mạc</source>
        <translation>The sitting is open</translation>
    </message>
    <message>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang kết nối lại…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>BIỂU QUYẾT: %1</source>
        <translation>VOTE: %1</translation>
    </message>
    <message>
        <source>KẾT QUẢ BIỂU QUYẾT: %1</source>
        <translation>VOTE RESULT: %1</translation>
    </message>
    <message>
        <source>Đang biểu quyết — đã có %1/%2 đại biểu bỏ phiếu</source>
        <translation>Voting — %1/%2 delegates have voted</translation>
    </message>
    <message>
        <source>ĐANG PHÁT BIỂU</source>
        <translation>SPEAKING NOW</translation>
    </message>
    <message>
        <source>Chất vấn: %1</source>
        <translation>Questions: %1</translation>
    </message>
</context>
<context>
    <name>DocumentDelegate</name>
    <message>
        <source>Tài liệu mật: %1</source>
        <translation>Confidential paper: %1</translation>
    </message>
    <message>
        <source>Tài liệu: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Tài liệu mật — phát bản giấy tại kỳ họp</source>
        <translation>Confidential — handed out on paper at the session</translation>
    </message>
    <message>
        <source>Đang tải về… %1%</source>
        <translation>Downloading… %1%</translation>
    </message>
    <message>
        <source>Mất kết nối — sẽ tải tiếp từ %1%</source>
        <translation>Connection lost — will resume from %1%</translation>
    </message>
    <message>
        <source>Đang kiểm tra mã SHA-256…</source>
        <translation>Checking the SHA-256 digest…</translation>
    </message>
    <message>
        <source>Đã có trên máy · %1</source>
        <translation>On this device · %1</translation>
    </message>
</context>
<context>
    <name>DocumentDeskPanel</name>
    <message>
        <source>Tài liệu chung của kỳ họp</source>
        <translation>Papers of the whole session</translation>
    </message>
    <message>
        <source>Hồ sơ từng nội dung</source>
        <translation>Dossier of each item</translation>
    </message>
    <message>
        <source>Thêm tài liệu</source>
        <translation>Add a paper</translation>
    </message>
    <message>
        <source> · hạn gửi tài liệu %1</source>
        <translation> · papers due by %1</translation>
    </message>
    <message>
        <source>Kéo thả tệp PDF vào đây để thêm tài liệu cho nội dung này.</source>
        <translation>Drop a PDF file here to add a paper to this item.</translation>
    </message>
    <message>
        <source>Gửi đại biểu</source>
        <translation>Send to delegates</translation>
    </message>
    <message>
        <source>Xem</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Phiên bản mới</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Chuyển lên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Chuyển xuống</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Đại biểu nhận tài liệu: %1</source>
        <translation>Delegates: %1</translation>
    </message>
</context>
<context>
    <name>DocumentReaderPage</name>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Đã lưu ghi chú</source>
        <translation>Notes saved</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Đến trang</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Vừa khung</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Tìm trong tài liệu</source>
        <translation>Search the document</translation>
    </message>
    <message>
        <source>%1 kết quả</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <source>Không thấy</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Kết quả tiếp</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>★ Bỏ đánh dấu</source>
        <translation>★ Remove bookmark</translation>
    </message>
    <message>
        <source>☆ Đánh dấu trang</source>
        <translation>☆ Bookmark page</translation>
    </message>
    <message>
        <source>Chiếu lên màn hình lớn</source>
        <translation>Show on the big screen</translation>
    </message>
    <message>
        <source>Trang %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Ghi chú trang %1</source>
        <translation>Notes on page %1</translation>
    </message>
    <message>
        <source>Chỉ bạn đọc được ghi chú này</source>
        <translation>Only you can read this note</translation>
    </message>
    <message>
        <source>Ghi chú của trang</source>
        <translation>Note on the page</translation>
    </message>
    <message>
        <source>Lưu ghi chú</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Trang đã đánh dấu</source>
        <translation>Bookmarked pages</translation>
    </message>
    <message>
        <source>Trang có ghi chú</source>
        <translation>Pages with notes</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tài liệu của nội dung</source>
        <translation>Papers of the item</translation>
    </message>
    <message>
        <source>Tài liệu đang thảo luận</source>
        <translation>Papers under discussion</translation>
    </message>
    <message>
        <source>Tài liệu chung của kỳ họp</source>
        <translation>Papers of the whole session</translation>
    </message>
    <message>
        <source>Chưa bắt đầu nội dung nào</source>
        <translation>No item has started</translation>
    </message>
    <message>
        <source>Chưa có tài liệu nào được gửi cho nội dung này.</source>
        <translation>No paper has been sent for this item yet.</translation>
    </message>
</context>
<context>
    <name>DossierOverrideDialog</name>
    <message>
        <source>Hồ sơ chưa đủ</source>
        <translation>Dossier incomplete</translation>
    </message>
    <message>
        <source>Hồ sơ của nội dung này chưa đủ hoặc gửi muộn:</source>
        <translation>The dossier of this item is incomplete or was sent late:</translation>
    </message>
    <message>
        <source>Chỉ mở biểu quyết khi chủ tọa quyết định, với lý do. Lý do được ghi vào biên bản.</source>
        <translation>Open the vote only if the chair decides so, with a reason. The reason goes into the minutes.</translation>
    </message>
    <message>
        <source>Lý do, ví dụ: Kỳ họp chuyên đề, tài liệu đã gửi bản giấy ngày …</source>
        <translation>Reason, e.g. thematic session, papers handed out on paper on …</translation>
    </message>
    <message>
        <source>Lý do mở biểu quyết</source>
        <translation>Reason to open the vote</translation>
    </message>
    <message>
        <source>Không mở</source>
        <translation>Do not open</translation>
    </message>
    <message>
        <source>Vẫn mở biểu quyết</source>
        <translation>Open the vote anyway</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExcusedAbsenceDialog</name>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Đại biểu: %1</source>
        <translation>Delegate: %1</translation>
    </message>
    <message>
        <source>Lý do vắng, ví dụ: đi công tác theo quyết định của UBND</source>
        <translation>Reason for the absence, e.g. official mission</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for the absence</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Xuất hồ sơ kỳ họp</source>
        <translation>Export the session record</translation>
    </message>
    <message>
        <source>Máy chủ dựng hồ sơ từ sổ sự kiện; mỗi tệp ghi mã băm của sự kiện cuối cùng nó bao gồm, để đối chiếu về sau.</source>
        <translation>The server builds the record from the event log; each file carries the hash of the last event it covers, to be checked later.</translation>
    </message>
    <message>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Biên bản (Word, DOCX)</source>
        <translation>Minutes (Word, DOCX)</translation>
    </message>
    <message>
        <source>Biên bản (PDF)</source>
        <translation>Minutes (PDF)</translation>
    </message>
    <message>
        <source>Số liệu (CSV)</source>
        <translation>Figures (CSV)</translation>
    </message>
    <message>
        <source>Dữ liệu (JSON)</source>
        <translation>Data (JSON)</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Phạm vi xuất</source>
        <translation>Export scope</translation>
    </message>
    <message>
        <source>Cả kỳ họp</source>
        <translation>Whole session</translation>
    </message>
    <message>
        <source>Lưu vào thư mục</source>
        <translation>Save into folder</translation>
    </message>
    <message>
        <source>Thư mục lưu tệp</source>
        <translation>Folder for the file</translation>
    </message>
    <message>
        <source>Xuất tệp</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Dừng xuất tệp</source>
        <translation>Stop the export</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Mở thư mục chứa tệp đã xuất</source>
        <translation>Open the folder of the exported file</translation>
    </message>
</context>
<context>
    <name>FloorConsole</name>
    <message>
        <source>Phát biểu</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Danh sách đã khóa</source>
        <translation>List closed</translation>
    </message>
    <message>
        <source>Danh sách đang mở</source>
        <translation>List open</translation>
    </message>
    <message>
        <source>Mở danh sách</source>
        <translation>Open list</translation>
    </message>
    <message>
        <source>Khóa danh sách</source>
        <translation>Close list</translation>
    </message>
    <message>
        <source>Mở lại danh sách đăng ký phát biểu</source>
        <translation>Reopen the list of speakers</translation>
    </message>
    <message>
        <source>Khóa danh sách đăng ký phát biểu</source>
        <translation>Close the list of speakers</translation>
    </message>
    <message>
        <source>đã thêm %1 giây</source>
        <translation>%1 s added</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Kết thúc lượt phát biểu của %1</source>
        <translation>End the turn of %1</translation>
    </message>
    <message>
        <source>+1 phút</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Thêm 1 phút cho %1</source>
        <translation>Give %1 one more minute</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tiếp tục tính giờ</source>
        <translation>Resume the clock</translation>
    </message>
    <message>
        <source>Tạm dừng tính giờ</source>
        <translation>Pause the clock</translation>
    </message>
    <message>
        <source>Mời người tiếp theo</source>
        <translation>Call the next speaker</translation>
    </message>
    <message>
        <source>Chủ tọa phát biểu</source>
        <translation>Chair takes the floor</translation>
    </message>
    <message>
        <source>Danh sách đăng ký (%1)</source>
        <translation>Speakers&apos; list (%1)</translation>
    </message>
    <message>
        <source>Chưa có ai đăng ký phát biểu.</source>
        <translation>Nobody has asked to speak.</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <source>Phát biểu</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Đang phát biểu: %1</source>
        <translation>Speaking: %1</translation>
    </message>
    <message>
        <source>Chưa có ai đang phát biểu</source>
        <translation>Nobody is speaking</translation>
    </message>
    <message>
        <source>Bạn đã đăng ký %1 — thứ tự %2</source>
        <translation>You asked for: %1 — place %2</translation>
    </message>
    <message>
        <source>Rút đăng ký</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Rút đăng ký %1</source>
        <translation>Withdraw the request: %1</translation>
    </message>
    <message>
        <source>Chủ tọa đã khóa danh sách đăng ký phát biểu; chỉ còn nhận kiến nghị về thủ tục.</source>
        <translation>The chair has closed the list of speakers; only points of order are accepted.</translation>
    </message>
    <message>
        <source>Đăng ký phát biểu</source>
        <translation>Ask to speak</translation>
    </message>
    <message>
        <source>Tranh luận…</source>
        <translation>Debate…</translation>
    </message>
    <message>
        <source>Kiến nghị thủ tục</source>
        <translation>Point of order</translation>
    </message>
    <message>
        <source>Kiến nghị về thủ tục</source>
        <translation>Point of order</translation>
    </message>
    <message>
        <source>Lượt phát biểu được tranh luận</source>
        <translation>Speech to reply to</translation>
    </message>
    <message>
        <source>Gửi đăng ký</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Gửi đăng ký tranh luận</source>
        <translation>Send the debate request</translation>
    </message>
    <message>
        <source>Danh sách đăng ký (%1)</source>
        <translation>Speakers&apos; list (%1)</translation>
    </message>
</context>
<context>
    <name>FloorRequestDelegate</name>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 (bạn)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Mời</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Mời %1 phát biểu</source>
        <translation>Give the floor to %1</translation>
    </message>
    <message>
        <source>Đưa %1 lên trước</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <source>Đưa %1 xuống sau</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Xóa đăng ký của %1</source>
        <translation>Remove the request of %1</translation>
    </message>
</context>
<context>
    <name>HearingCard</name>
    <message>
        <source>Phiên giải trình</source>
        <translation>Explanation hearing</translation>
    </message>
    <message>
        <source>Sửa thông tin</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Nhập thông tin</source>
        <translation>Enter details</translation>
    </message>
    <message>
        <source>Nhập thông tin phiên giải trình</source>
        <translation>Enter the hearing&apos;s details</translation>
    </message>
    <message>
        <source>Chưa nhập vấn đề giải trình, đoàn giải trình và cơ quan được mời.</source>
        <translation>The issue, the panel and the invited agencies have not been entered yet.</translation>
    </message>
    <message>
        <source>Cơ quan giải trình: %1</source>
        <translation>Agencies explaining: %1</translation>
    </message>
    <message>
        <source>Tài liệu: %1</source>
        <translation>Documents: %1</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Phiên giải trình</source>
        <translation>Explanation hearing</translation>
    </message>
    <message>
        <source>Vấn đề giải trình</source>
        <translation>Issue under explanation</translation>
    </message>
    <message>
        <source>Chủ tọa phiên giải trình</source>
        <translation>Chair of the hearing</translation>
    </message>
    <message>
        <source>Thành viên đoàn giải trình (3-5): đã chọn %1</source>
        <translation>Panel members (3-5): %1 selected</translation>
    </message>
    <message>
        <source>Thành viên đoàn giải trình: %1</source>
        <translation>Panel member: %1</translation>
    </message>
    <message>
        <source>Cơ quan được mời giải trình, mỗi dòng một cơ quan</source>
        <translation>Agencies invited to explain, one per line</translation>
    </message>
    <message>
        <source>Cơ quan được mời giải trình</source>
        <translation>Agencies invited to explain</translation>
    </message>
    <message>
        <source>Tài liệu: tên|địa chỉ, mỗi dòng một tài liệu (không bắt buộc)</source>
        <translation>Documents: title|address, one per line (optional)</translation>
    </message>
    <message>
        <source>Tài liệu phiên giải trình</source>
        <translation>Documents of the hearing</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lưu thông tin</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>InterpellationConsole</name>
    <message>
        <source>Đang chất vấn: %1</source>
        <translation>Questioning now: %1</translation>
    </message>
    <message>
        <source>Chưa bắt đầu nhóm vấn đề nào</source>
        <translation>No issue group started yet</translation>
    </message>
    <message>
        <source>Ghi kết luận (%1)</source>
        <translation>Record a conclusion (%1)</translation>
    </message>
    <message>
        <source>Ghi kết luận</source>
        <translation>Record a conclusion</translation>
    </message>
    <message>
        <source>Ghi kết luận và cam kết</source>
        <translation>Record a conclusion with commitments</translation>
    </message>
    <message>
        <source>Đang phát biểu: %1 (%2)</source>
        <translation>Speaking: %1 (%2)</translation>
    </message>
    <message>
        <source>Chưa có ai đang phát biểu</source>
        <translation>Nobody is speaking</translation>
    </message>
    <message>
        <source>Kết thúc lượt</source>
        <translation>End turn</translation>
    </message>
    <message>
        <source>Kết thúc lượt phát biểu của %1</source>
        <translation>End the turn of %1</translation>
    </message>
    <message>
        <source>Mời chất vấn và trả lời khi phiên họp đang mở và có nội dung đang thực hiện.</source>
        <translation>Questions and answers are called while a sitting is open and an agenda item is current.</translation>
    </message>
    <message>
        <source>Nhóm vấn đề</source>
        <translation>Issue groups</translation>
    </message>
    <message>
        <source>Thư ký chưa xếp nhóm vấn đề nào.</source>
        <translation>The secretary has not grouped any question yet.</translation>
    </message>
    <message>
        <source>Câu hỏi của nhóm (%1)</source>
        <translation>Questions of the group (%1)</translation>
    </message>
    <message>
        <source>Câu hỏi chưa xếp nhóm (%1)</source>
        <translation>Questions in no group (%1)</translation>
    </message>
    <message>
        <source>Chưa xếp nhóm (%1)</source>
        <translation>Not grouped (%1)</translation>
    </message>
    <message>
        <source>Xem câu hỏi chưa xếp nhóm</source>
        <translation>Show the questions in no group</translation>
    </message>
</context>
<context>
    <name>InviteRespondentDialog</name>
    <message>
        <source>Mời người trả lời chất vấn</source>
        <translation>Invite a respondent</translation>
    </message>
    <message>
        <source>Đang tải danh sách tài khoản người trả lời chất vấn…</source>
        <translation>Loading the respondent accounts…</translation>
    </message>
    <message>
        <source>Mọi tài khoản người trả lời chất vấn của hội đồng đã được mời.</source>
        <translation>Every respondent account of the council has been invited.</translation>
    </message>
    <message>
        <source>Tài khoản người trả lời chất vấn</source>
        <translation>Respondent account</translation>
    </message>
    <message>
        <source>Chức vụ, ví dụ: Giám đốc Sở Xây dựng</source>
        <translation>Position, e.g. Director of the Department of Construction</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Cơ quan trả lời, ví dụ: Sở Xây dựng</source>
        <translation>Agency answering, e.g. Department of Construction</translation>
    </message>
    <message>
        <source>Cơ quan trả lời</source>
        <translation>Agency answering</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Mời</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Mời người trả lời chất vấn đã chọn</source>
        <translation>Invite the chosen respondent</translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <source>Thoát chế độ kiosk</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Máy tính bảng này đang khóa cho phòng họp. Thư ký kỳ họp nhập tài khoản và mã PIN của mình để thoát ứng dụng.</source>
        <translation>This tablet is locked for the hall. The session&apos;s secretary enters their account and PIN to leave the application.</translation>
    </message>
    <message>
        <source>Tài khoản thư ký</source>
        <translation>Secretary&apos;s account</translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Thoát ứng dụng</source>
        <translation>Leave the application</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Đang chuẩn bị</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>Đã triệu tập</source>
        <translation>Convened</translation>
    </message>
    <message>
        <source>Đang họp</source>
        <translation>In session</translation>
    </message>
    <message>
        <source>Đã bế mạc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Chưa khai mạc</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Dự thảo nghị quyết</source>
        <translation>Draft resolution</translation>
    </message>
    <message>
        <source>Thảo luận</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Chất vấn</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Khai mạc</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Bế mạc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Nội dung khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Chưa điểm danh</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Thư ký kỳ họp</source>
        <translation>Session secretary</translation>
    </message>
    <message>
        <source>Chủ tọa</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Người trả lời chất vấn</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Màn hình lớn</source>
        <translation>Big screen</translation>
    </message>
    <message>
        <source>Quan sát viên</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Biểu quyết thông qua</source>
        <translation>Resolution vote</translation>
    </message>
    <message>
        <source>Lấy phiếu tín nhiệm</source>
        <translation>Confidence rating</translation>
    </message>
    <message>
        <source>Bỏ phiếu tín nhiệm</source>
        <translation>Vote of confidence</translation>
    </message>
    <message>
        <source>Bầu cử</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Miễn nhiệm, bãi nhiệm</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Đã chuẩn bị</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Đang biểu quyết</source>
        <translation>Voting open</translation>
    </message>
    <message>
        <source>Đã công bố kết quả</source>
        <translation>Result published</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Phát biểu</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Tranh luận</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Kiến nghị về thủ tục</source>
        <translation>Point of order</translation>
    </message>
    <message>
        <source>Tham luận</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Chủ tọa điều hành</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Chất vấn thêm</source>
        <translation>Follow-up question</translation>
    </message>
    <message>
        <source>Chờ chất vấn</source>
        <translation>Waiting to be asked</translation>
    </message>
    <message>
        <source>Đã nêu, chờ trả lời</source>
        <translation>Asked, awaiting the answer</translation>
    </message>
    <message>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Chưa hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đã gia hạn</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Báo cáo thẩm tra</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>Tài liệu tham khảo</source>
        <translation>Reference material</translation>
    </message>
    <message>
        <source>Tài liệu khác</source>
        <translation>Other paper</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Gửi muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Còn thiếu</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Diên Hồng</source>
        <translation>Diên Hồng</translation>
    </message>
    <message>
        <source>Hệ thống điều hành kỳ họp Hội đồng nhân dân</source>
        <translation>People&apos;s Council session management</translation>
    </message>
    <message>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ví dụ 192.168.1.10:50051</source>
        <translation>e.g. 192.168.1.10:50051</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Kết nối mã hóa (TLS)</source>
        <translation>Encrypted connection (TLS)</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>ví dụ daibieu01</source>
        <translation>e.g. daibieu01</translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Đang đăng nhập…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Diên Hồng</source>
        <translation>Diên Hồng</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Diên Hồng</source>
        <translation>Diên Hồng</translation>
    </message>
    <message>
        <source>Đang tải kỳ họp…</source>
        <translation>Loading the session…</translation>
    </message>
    <message>
        <source>Chưa có kỳ họp nào</source>
        <translation>No session yet</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Đang kết nối lại… Mọi thay đổi sẽ được cập nhật khi có kết nối.</source>
        <translation>Reconnecting… Changes will appear as soon as the connection is back.</translation>
    </message>
    <message>
        <source>Kỳ họp khác</source>
        <translation>Other session</translation>
    </message>
    <message>
        <source>Chọn kỳ họp khác</source>
        <translation>Choose another session</translation>
    </message>
</context>
<context>
    <name>PollConsole</name>
    <message>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <source>Công khai</source>
        <translation>Open vote</translation>
    </message>
    <message>
        <source>Loại biểu quyết</source>
        <translation>Kind of vote</translation>
    </message>
    <message>
        <source>Biểu quyết thông qua</source>
        <translation>Resolution vote</translation>
    </message>
    <message>
        <source>Miễn nhiệm, bãi nhiệm</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Nội dung biểu quyết</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Đếm ngược (giây)</source>
        <translation>Countdown (seconds)</translation>
    </message>
    <message>
        <source>Đếm ngược (giây, 0 = không)</source>
        <translation>Countdown (seconds, 0 = none)</translation>
    </message>
    <message>
        <source>Chuẩn bị biểu quyết</source>
        <translation>Prepare the vote</translation>
    </message>
    <message>
        <source>Đã bỏ phiếu: %1/%2 đại biểu</source>
        <translation>Voted: %1/%2 delegates</translation>
    </message>
    <message>
        <source>Chưa bỏ phiếu: %1</source>
        <translation>Not yet voted: %1</translation>
    </message>
    <message>
        <source>Đã bỏ phiếu: %1</source>
        <translation>Voted: %1</translation>
    </message>
    <message>
        <source>Bắt đầu biểu quyết</source>
        <translation>Open the vote</translation>
    </message>
    <message>
        <source>Kết thúc biểu quyết</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Công bố kết quả</source>
        <translation>Publish the result</translation>
    </message>
    <message>
        <source>Hủy biểu quyết</source>
        <translation>Cancel the vote</translation>
    </message>
    <message>
        <source>Đã công bố: %1 — %2</source>
        <translation>Published: %1 — %2</translation>
    </message>
    <message>
        <source>Lấy phiếu tín nhiệm</source>
        <translation>Confidence rating</translation>
    </message>
    <message>
        <source>Bỏ phiếu tín nhiệm</source>
        <translation>Vote of confidence</translation>
    </message>
    <message>
        <source>Bầu cử</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Biểu quyết khác</source>
        <translation>Other question</translation>
    </message>
    <message>
        <source>Người được lấy phiếu, mỗi dòng một người (họ tên — chức vụ)</source>
        <translation>Officials rated, one per line (name — position)</translation>
    </message>
    <message>
        <source>Ứng cử viên, mỗi dòng một người</source>
        <translation>Candidates, one per line</translation>
    </message>
    <message>
        <source>Các lựa chọn, mỗi dòng một lựa chọn</source>
        <translation>Choices, one per line</translation>
    </message>
    <message>
        <source>Người được lấy phiếu</source>
        <translation>Officials rated</translation>
    </message>
    <message>
        <source>Ứng cử viên</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Các lựa chọn</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Số người được bầu</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Biểu quyết lại</source>
        <translation>Vote again</translation>
    </message>
    <message>
        <source>Biểu quyết lại: %1</source>
        <translation>Vote again: %1</translation>
    </message>
    <message>
        <source>Đã hủy: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Không thông qua: %1</source>
        <translation>Not passed: %1</translation>
    </message>
    <message>
        <source>Mở biểu quyết khi hồ sơ chưa đủ. Lý do: %1</source>
        <translation>Vote opened on an incomplete dossier. Reason: %1</translation>
    </message>
</context>
<context>
    <name>PollDelegate</name>
    <message>
        <source>bỏ phiếu kín</source>
        <translation>secret ballot</translation>
    </message>
    <message>
        <source>công khai</source>
        <translation>open vote</translation>
    </message>
    <message>
        <source>biểu quyết lại</source>
        <translation>repeated vote</translation>
    </message>
    <message>
        <source>đã bỏ phiếu %1/%2</source>
        <translation>%1/%2 voted</translation>
    </message>
    <message>
        <source>lý do hủy: %1</source>
        <translation>cancelled because: %1</translation>
    </message>
</context>
<context>
    <name>PublishedResultPanel</name>
    <message>
        <source>Kết quả biểu quyết</source>
        <translation>Vote result</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>Câu hỏi số %1 — %2</source>
        <translation>Question %1 — %2</translation>
    </message>
    <message>
        <source>Chọn câu hỏi số %1</source>
        <translation>Select question %1</translation>
    </message>
    <message>
        <source>Câu hỏi số %1 · gửi %2</source>
        <translation>Question %1 · to %2</translation>
    </message>
    <message>
        <source>(Câu hỏi gửi người khác — nội dung không hiển thị)</source>
        <translation>(Addressed to someone else — the text is not shown)</translation>
    </message>
    <message>
        <source>Đại biểu %1</source>
        <translation>Delegate %1</translation>
    </message>
    <message>
        <source>Chủ đề: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Nhóm: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Hài lòng với câu trả lời câu hỏi số %1</source>
        <translation>Satisfied with the answer to question %1</translation>
    </message>
    <message>
        <source>Chưa hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Chưa hài lòng với câu trả lời câu hỏi số %1</source>
        <translation>Not satisfied with the answer to question %1</translation>
    </message>
    <message>
        <source>Mời chất vấn</source>
        <translation>Call to ask</translation>
    </message>
    <message>
        <source>Mời đại biểu %1 chất vấn (câu hỏi số %2)</source>
        <translation>Call delegate %1 to ask (question %2)</translation>
    </message>
    <message>
        <source>Mời trả lời</source>
        <translation>Call to answer</translation>
    </message>
    <message>
        <source>Mời người được chất vấn trả lời câu hỏi số %1</source>
        <translation>Call the respondent to answer question %1</translation>
    </message>
    <message>
        <source>Chất vấn thêm</source>
        <translation>Follow-up question</translation>
    </message>
    <message>
        <source>Mời đại biểu %1 chất vấn thêm (câu hỏi số %2)</source>
        <translation>Call delegate %1 for a follow-up (question %2)</translation>
    </message>
    <message>
        <source>Đưa câu hỏi số %1 lên trước</source>
        <translation>Move question %1 up</translation>
    </message>
    <message>
        <source>Đưa câu hỏi số %1 xuống sau</source>
        <translation>Move question %1 down</translation>
    </message>
</context>
<context>
    <name>QuestionDeskPanel</name>
    <message>
        <source>Câu hỏi chưa xếp nhóm (%1)</source>
        <translation>Questions in no group (%1)</translation>
    </message>
    <message>
        <source>Mọi câu hỏi đã được xếp nhóm.</source>
        <translation>Every question is in a group.</translation>
    </message>
    <message>
        <source>Đã chọn %1 câu hỏi</source>
        <translation>%1 question(s) selected</translation>
    </message>
    <message>
        <source>Chọn câu hỏi để xếp vào nhóm.</source>
        <translation>Select questions to put into a group.</translation>
    </message>
    <message>
        <source>Tên nhóm vấn đề mới</source>
        <translation>Title of the new issue group</translation>
    </message>
    <message>
        <source>Tạo nhóm</source>
        <translation>Create group</translation>
    </message>
    <message>
        <source>Tạo nhóm vấn đề từ các câu hỏi đã chọn</source>
        <translation>Create an issue group from the selected questions</translation>
    </message>
    <message>
        <source>Nhóm vấn đề nhận câu hỏi</source>
        <translation>Issue group receiving the questions</translation>
    </message>
    <message>
        <source>Chuyển vào nhóm</source>
        <translation>Move into group</translation>
    </message>
    <message>
        <source>Chuyển các câu hỏi đã chọn vào nhóm</source>
        <translation>Move the selected questions into the group</translation>
    </message>
    <message>
        <source>Nhóm vấn đề theo thứ tự chất vấn</source>
        <translation>Issue groups in calling order</translation>
    </message>
    <message>
        <source>Chưa có nhóm vấn đề nào.</source>
        <translation>No issue group yet.</translation>
    </message>
    <message>
        <source>Câu hỏi của nhóm, theo thứ tự mời</source>
        <translation>Questions of the group, in calling order</translation>
    </message>
</context>
<context>
    <name>QuestionGroupDelegate</name>
    <message>
        <source>Nhóm %1: %2</source>
        <translation>Group %1: %2</translation>
    </message>
    <message>
        <source>đang chất vấn</source>
        <translation>being questioned</translation>
    </message>
    <message>
        <source>đã chất vấn</source>
        <translation>questioned</translation>
    </message>
    <message>
        <source>Đang chất vấn</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Bắt đầu chất vấn nhóm %1</source>
        <translation>Start questioning on %1</translation>
    </message>
    <message>
        <source>Đưa nhóm %1 lên trước</source>
        <translation>Move group %1 up</translation>
    </message>
    <message>
        <source>Đưa nhóm %1 xuống sau</source>
        <translation>Move group %1 down</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Đã gửi câu hỏi. Thư ký sẽ xếp câu hỏi vào nhóm vấn đề.</source>
        <translation>Question sent. The secretary will put it into an issue group.</translation>
    </message>
    <message>
        <source>Gửi câu hỏi chất vấn</source>
        <translation>Submit a question</translation>
    </message>
    <message>
        <source>Kỳ họp chưa mời người trả lời chất vấn.</source>
        <translation>No respondent has been invited to this session.</translation>
    </message>
    <message>
        <source>Người trả lời chất vấn</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Chủ đề (không bắt buộc)</source>
        <translation>Topic (optional)</translation>
    </message>
    <message>
        <source>Chủ đề câu hỏi</source>
        <translation>Topic of the question</translation>
    </message>
    <message>
        <source>Nội dung câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>%1/4000 ký tự</source>
        <translation>%1/4000 characters</translation>
    </message>
    <message>
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Gửi câu hỏi</source>
        <translation>Send question</translation>
    </message>
    <message>
        <source>Câu hỏi của bạn (%1)</source>
        <translation>Your questions (%1)</translation>
    </message>
    <message>
        <source>Bạn chưa gửi câu hỏi nào.</source>
        <translation>You have not submitted any question.</translation>
    </message>
    <message>
        <source>Tại phiên giải trình này, chỉ chủ tọa và thành viên đoàn giải trình đặt câu hỏi.</source>
        <translation>At this explanation hearing only the panel&apos;s chair and members ask questions.</translation>
    </message>
</context>
<context>
    <name>QuorumPanel</name>
    <message>
        <source>Túc số</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Chưa có phiên họp nào đang diễn ra</source>
        <translation>No sitting is in progress</translation>
    </message>
    <message>
        <source>Tỷ lệ đại biểu tham dự</source>
        <translation>Share of delegates taking part</translation>
    </message>
    <message>
        <source>Tại hội trường</source>
        <translation>In the hall</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng / chưa điểm danh</source>
        <translation>Absent / not recorded</translation>
    </message>
    <message>
        <source>Cần tối thiểu</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>RemoveFloorRequestDialog</name>
    <message>
        <source>Xóa khỏi danh sách phát biểu</source>
        <translation>Remove from the list of speakers</translation>
    </message>
    <message>
        <source>Lý do (ghi vào biên bản)</source>
        <translation>Reason (recorded in the minutes)</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lý do xóa đăng ký phát biểu</source>
        <translation>Reason for removing the request</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Xóa khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>RespondentPage</name>
    <message>
        <source>Người trả lời chất vấn</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Được mời trả lời chất vấn</source>
        <translation>Invited to answer questions</translation>
    </message>
    <message>
        <source>Chưa được mời vào kỳ họp này</source>
        <translation>Not invited to this session</translation>
    </message>
    <message>
        <source>Nhóm vấn đề đang chất vấn</source>
        <translation>Issue group being questioned</translation>
    </message>
    <message>
        <source>Chưa bắt đầu</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Có %1 câu hỏi gửi bạn trong nhóm này</source>
        <translation>%1 question(s) to you in this group</translation>
    </message>
    <message>
        <source>Nhóm này không có câu hỏi gửi bạn</source>
        <translation>No question to you in this group</translation>
    </message>
    <message>
        <source>Đang phát biểu</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chưa có ai đang phát biểu</source>
        <translation>Nobody is speaking</translation>
    </message>
    <message>
        <source>Câu hỏi gửi bạn (%1)</source>
        <translation>Questions to you (%1)</translation>
    </message>
    <message>
        <source>Chưa có câu hỏi nào gửi bạn.</source>
        <translation>No question addressed to you yet.</translation>
    </message>
    <message>
        <source>Câu hỏi chuyển trả lời bằng văn bản (%1)</source>
        <translation>Questions to answer in writing (%1)</translation>
    </message>
    <message>
        <source>Không có câu hỏi nào phải trả lời bằng văn bản.</source>
        <translation>No question to answer in writing.</translation>
    </message>
    <message>
        <source>Câu hỏi số %1 — %2</source>
        <translation>Question %1 — %2</translation>
    </message>
    <message>
        <source>%1 · câu hỏi số %2 · đại biểu %3</source>
        <translation>%1 · question %2 · delegate %3</translation>
    </message>
    <message>
        <source>Trả lời bằng văn bản</source>
        <translation>Answer in writing</translation>
    </message>
    <message>
        <source>Trả lời bằng văn bản câu hỏi số %1</source>
        <translation>Answer question %1 in writing</translation>
    </message>
</context>
<context>
    <name>RespondentsCard</name>
    <message>
        <source>Người trả lời chất vấn được mời (%1)</source>
        <translation>Respondents invited (%1)</translation>
    </message>
    <message>
        <source>Kỳ họp chưa mời người trả lời chất vấn.</source>
        <translation>No respondent has been invited to this session.</translation>
    </message>
    <message>
        <source>Mời người trả lời chất vấn</source>
        <translation>Invite a respondent</translation>
    </message>
    <message>
        <source>Người trả lời chất vấn: %1</source>
        <translation>Respondents: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPageView</name>
    <message>
        <source> — trang %1</source>
        <translation> — page %1</translation>
    </message>
</context>
<context>
    <name>SecretaryPage</name>
    <message>
        <source>Thư ký kỳ họp</source>
        <translation>Session secretary</translation>
    </message>
    <message>
        <source>Đại biểu tự điểm danh trên máy tính bảng. Thư ký ghi vắng có lý do và sửa điểm danh khi cần; mọi thay đổi đều được ghi vào nhật ký kỳ họp.</source>
        <translation>Delegates check in on their tablets. The secretary records excused absences and corrects attendance when needed; every change is written to the session log.</translation>
    </message>
    <message>
        <source>Điểm danh — %1</source>
        <translation>Attendance — %1</translation>
    </message>
    <message>
        <source>Điểm danh (chưa có phiên họp nào đang diễn ra)</source>
        <translation>Attendance (no sitting is in progress)</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Biểu quyết (%1)</source>
        <translation>Votes (%1)</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Các cuộc biểu quyết của kỳ họp</source>
        <translation>Votes of the session</translation>
    </message>
    <message>
        <source>Chưa có cuộc biểu quyết nào.</source>
        <translation>No vote yet.</translation>
    </message>
    <message>
        <source>Xuất biên bản</source>
        <translation>Export records</translation>
    </message>
    <message>
        <source>Chất vấn (%1 chờ xếp)</source>
        <translation>Questions (%1 to group)</translation>
    </message>
    <message>
        <source>Chất vấn</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Kết luận, cam kết</source>
        <translation>Conclusions, commitments</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>SessionChooserPage</name>
    <message>
        <source>Chọn kỳ họp</source>
        <translation>Choose a session</translation>
    </message>
    <message>
        <source>%1 — hội đồng có %2 kỳ họp.</source>
        <translation>%1 — the council has %2 sessions.</translation>
    </message>
    <message>
        <source>%1 · lần trước đã theo dõi</source>
        <translation>%1 · followed last time</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>SittingDelegate</name>
    <message>
        <source>Khai mạc phiên</source>
        <translation>Open sitting</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Bế mạc phiên</source>
        <translation>Close sitting</translation>
    </message>
</context>
<context>
    <name>SpeakerCountdown</name>
    <message>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Đã nói</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <source>Quá giờ</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Sắp hết giờ</source>
        <translation>Time almost up</translation>
    </message>
    <message>
        <source>Còn lại</source>
        <translation>Remaining</translation>
    </message>
</context>
<context>
    <name>SuspendSittingDialog</name>
    <message>
        <source>Tạm dừng phiên họp</source>
        <translation>Suspend the sitting</translation>
    </message>
    <message>
        <source>Lý do tạm dừng (ghi vào biên bản), ví dụ: nghỉ giải lao 15 phút</source>
        <translation>Reason for the suspension (goes into the minutes), e.g. 15-minute break</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lý do tạm dừng</source>
        <translation>Reason for the suspension</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Suspend</translation>
    </message>
</context>
<context>
    <name>UploadDocumentDialog</name>
    <message>
        <source>file: hãy chọn tệp PDF (hoặc kéo thả tệp vào bàn làm việc).</source>
        <translation>file: choose a PDF file (or drop one on the desk).</translation>
    </message>
    <message>
        <source>Phiên bản mới: %1</source>
        <translation>New version: %1</translation>
    </message>
    <message>
        <source>Thêm tài liệu</source>
        <translation>Add a paper</translation>
    </message>
    <message>
        <source>Chọn tệp PDF</source>
        <translation>Choose a PDF file</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Nội dung: %1</source>
        <translation>Item: %1</translation>
    </message>
    <message>
        <source>Tài liệu chung của kỳ họp</source>
        <translation>Papers of the whole session</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Dự thảo nghị quyết</source>
        <translation>Draft resolution</translation>
    </message>
    <message>
        <source>Báo cáo thẩm tra</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Tài liệu tham khảo</source>
        <translation>Reference material</translation>
    </message>
    <message>
        <source>Tài liệu khác</source>
        <translation>Other paper</translation>
    </message>
    <message>
        <source>Loại tài liệu</source>
        <translation>Kind of paper</translation>
    </message>
    <message>
        <source>Tên tài liệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>UBND phường</source>
        <translation>Ward People&apos;s Committee</translation>
    </message>
    <message>
        <source>Tài liệu mật (chỉ ghi thông tin, phát bản giấy tại kỳ họp)</source>
        <translation>Confidential (details only, handed out on paper at the session)</translation>
    </message>
    <message>
        <source>Chưa chọn tệp PDF</source>
        <translation>No PDF file chosen</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Dừng gửi</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Thêm tài liệu mật</source>
        <translation>Add confidential paper</translation>
    </message>
    <message>
        <source>Tải lên</source>
        <translation>Upload</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>BIỂU QUYẾT — BỎ PHIẾU KÍN</source>
        <translation>VOTE — SECRET BALLOT</translation>
    </message>
    <message>
        <source>BIỂU QUYẾT — CÔNG KHAI</source>
        <translation>VOTE — OPEN</translation>
    </message>
    <message>
        <source>đã có %1/%2 đại biểu bỏ phiếu</source>
        <translation>%1/%2 delegates have voted</translation>
    </message>
    <message>
        <source>(chọn tối đa %1)</source>
        <translation>(choose up to %1)</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Xác nhận biểu quyết: %1?</source>
        <translation>Confirm your vote: %1?</translation>
    </message>
    <message>
        <source>Bỏ phiếu kín: sau khi gửi, phiếu không thể sửa và lựa chọn không được hiển thị lại.</source>
        <translation>Secret ballot: once sent, the vote cannot be changed and the choice is not shown again.</translation>
    </message>
    <message>
        <source>Sau khi gửi, phiếu không thể sửa.</source>
        <translation>Once sent, the vote cannot be changed.</translation>
    </message>
    <message>
        <source>Chọn lại</source>
        <translation>Choose again</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Đang gửi phiếu…</source>
        <translation>Sending the vote…</translation>
    </message>
    <message>
        <source>Bạn cần điểm danh có mặt để biểu quyết.</source>
        <translation>Check in as present to vote.</translation>
    </message>
    <message>
        <source>Đã ghi nhận phiếu của đại biểu</source>
        <translation>The delegate&apos;s vote has been recorded</translation>
    </message>
    <message>
        <source>Lựa chọn đã ghi: %1</source>
        <translation>Recorded choice: %1</translation>
    </message>
    <message>
        <source>Bỏ phiếu kín: lựa chọn không được lưu trên máy tính bảng.</source>
        <translation>Secret ballot: the choice is not kept on this tablet.</translation>
    </message>
</context>
<context>
    <name>WrittenAnswerDialog</name>
    <message>
        <source>Trả lời bằng văn bản</source>
        <translation>Answer in writing</translation>
    </message>
    <message>
        <source>Nội dung trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Số hiệu công văn trả lời (không bắt buộc)</source>
        <translation>Reference of the reply letter (optional)</translation>
    </message>
    <message>
        <source>Số hiệu công văn trả lời</source>
        <translation>Reference of the reply letter</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Gửi trả lời</source>
        <translation>Send answer</translation>
    </message>
</context>
<context>
    <name>dienhong::client::AttendanceModel</name>
    <message>
        <source>Có mặt %1/%2</source>
        <translation>Present %1/%2</translation>
    </message>
    <message>
        <source>%1 — đủ túc số</source>
        <translation>%1 — quorum met</translation>
    </message>
    <message>
        <source>%1 — chưa đủ túc số (cần %2)</source>
        <translation>%1 — no quorum (%2 needed)</translation>
    </message>
</context>
<context>
    <name>dienhong::client::ConclusionsModel</name>
    <message>
        <source>Toàn kỳ họp</source>
        <translation>The whole session</translation>
    </message>
    <message>
        <source>%1 — %2, hạn %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
</context>
<context>
    <name>dienhong::client::Connection</name>
    <message>
        <source>Không kết nối được tới máy chủ %1. Kiểm tra mạng rồi thử lại.</source>
        <translation>Cannot reach the server %1. Check the network and try again.</translation>
    </message>
    <message>
        <source>Máy chủ không trả lời kịp. Hãy thử lại.</source>
        <translation>The server did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>Yêu cầu đã bị hủy.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>Máy chủ từ chối yêu cầu (mã %1).</source>
        <translation>The server refused the request (code %1).</translation>
    </message>
    <message>
        <source>Hãy nhập địa chỉ máy chủ, ví dụ 192.168.1.10:50051.</source>
        <translation>Enter the server address, e.g. 192.168.1.10:50051.</translation>
    </message>
    <message>
        <source>Hãy nhập tên tài khoản và mã PIN.</source>
        <translation>Enter your account name and PIN.</translation>
    </message>
    <message>
        <source>Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.</source>
        <translation>Your login has expired. Please log in again.</translation>
    </message>
    <message>
        <source>Toàn kỳ họp</source>
        <translation>The whole session</translation>
    </message>
    <message>
        <source>Đã trả lời bằng văn bản</source>
        <translation>Answered in writing</translation>
    </message>
    <message>
        <source>Quá hạn trả lời (hạn %1)</source>
        <translation>Answer overdue (due %1)</translation>
    </message>
    <message>
        <source>Chờ trả lời bằng văn bản, hạn %1</source>
        <translation>Awaiting a written answer, due %1</translation>
    </message>
    <message>
        <source>Chưa đăng nhập.</source>
        <translation>Not logged in.</translation>
    </message>
</context>
<context>
    <name>dienhong::client::DocumentActions</name>
    <message>
        <source>Tài liệu mật — phát bản giấy tại kỳ họp.</source>
        <translation>Confidential — handed out on paper at the session.</translation>
    </message>
    <message>
        <source>Tài liệu này chưa được gửi tới đại biểu.</source>
        <translation>This paper has not been sent to the delegates.</translation>
    </message>
    <message>
        <source>Tài liệu không có mã SHA-256 hợp lệ.</source>
        <translation>The paper has no valid SHA-256 digest.</translation>
    </message>
    <message>
        <source>Chưa kết nối tới máy chủ.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục lưu tài liệu %1.</source>
        <translation>Cannot create the folder for papers %1.</translation>
    </message>
    <message>
        <source>Không ghi được tài liệu vào bộ nhớ máy: %1</source>
        <translation>Cannot save the paper on this device: %1</translation>
    </message>
    <message>
        <source>Máy chủ gửi một tệp khác với phiên bản đã ghi (mã SHA-256 khác).</source>
        <translation>The server sent another file than the recorded version (different SHA-256).</translation>
    </message>
    <message>
        <source>Dữ liệu tải về không liền mạch (byte %1, chờ byte %2). Hãy mở lại tài liệu.</source>
        <translation>The download has a gap (byte %1, expected byte %2). Open the paper again.</translation>
    </message>
    <message>
        <source>Tệp tải về không khớp mã SHA-256 của phiên bản đã gửi; đã xóa bản tải về. Hãy báo thư ký kỳ họp.</source>
        <translation>The downloaded file does not match the SHA-256 of the version sent; it was deleted. Tell the session secretary.</translation>
    </message>
    <message>
        <source>Chưa có kỳ họp nào được chọn.</source>
        <translation>No session is selected.</translation>
    </message>
    <message>
        <source>file: không tìm thấy tệp %1.</source>
        <translation>file: %1 not found.</translation>
    </message>
    <message>
        <source>file: tệp %1 rỗng; hãy chọn tệp PDF có nội dung.</source>
        <translation>file: %1 is empty; choose a PDF with content.</translation>
    </message>
    <message>
        <source>file: không đọc được tệp %1.</source>
        <translation>file: cannot read %1.</translation>
    </message>
    <message>
        <source>file: %1 không phải tệp PDF; máy tính bảng chỉ đọc PDF (tệp gốc DOCX, XLSX đính kèm sau).</source>
        <translation>file: %1 is not a PDF; tablets read PDF only (attach the DOCX or XLSX original afterwards).</translation>
    </message>
    <message>
        <source>Đang gửi %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <source>Đang gửi… %1%</source>
        <translation>Sending… %1%</translation>
    </message>
    <message>
        <source>Đã dừng gửi tệp; máy chủ không giữ lại gì.</source>
        <translation>Upload stopped; the server kept nothing.</translation>
    </message>
    <message>
        <source>Đã gửi lên máy chủ (bản nháp, chưa gửi đại biểu).</source>
        <translation>Uploaded (a draft, not yet sent to the delegates).</translation>
    </message>
    <message>
        <source>Chưa kết nối tới máy chủ; ghi chú chưa được lưu.</source>
        <translation>Not connected to the server; the notes were not saved.</translation>
    </message>
</context>
<context>
    <name>dienhong::client::DocumentsModel</name>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Tài liệu mật — phát bản giấy tại kỳ họp</source>
        <translation>Confidential — handed out on paper at the session</translation>
    </message>
    <message>
        <source>Tài liệu mật, chưa gửi đại biểu</source>
        <translation>Confidential, not yet sent to the delegates</translation>
    </message>
    <message>
        <source>Bản nháp, chưa gửi đại biểu</source>
        <translation>Draft, not yet sent to the delegates</translation>
    </message>
    <message>
        <source>Đã gửi đại biểu %1</source>
        <translation>Sent to the delegates %1</translation>
    </message>
    <message>
        <source>Phiên bản %1 · </source>
        <translation>Version %1 · </translation>
    </message>
    <message>
        <source> · phiên bản %1 chưa gửi</source>
        <translation> · version %1 not sent yet</translation>
    </message>
    <message>
        <source>đã nhận %1/%3 · đã mở %2/%3</source>
        <translation>received %1/%3 · opened %2/%3</translation>
    </message>
</context>
<context>
    <name>dienhong::client::DossierModel</name>
    <message>
        <source>Không yêu cầu tài liệu</source>
        <translation>No papers required</translation>
    </message>
    <message>
        <source>Hồ sơ đủ, đúng hạn</source>
        <translation>Dossier complete, on time</translation>
    </message>
    <message>
        <source>thiếu %1</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <source>muộn %1</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đủ: %1</source>
        <translation>Dossier incomplete: %1</translation>
    </message>
    <message>
        <source>Gửi muộn %1 ngày</source>
        <translation>Sent %1 day(s) late</translation>
    </message>
</context>
<context>
    <name>dienhong::client::FloorModel</name>
    <message>
        <source>lượt %1 — %2</source>
        <translation>turn %1 — %2</translation>
    </message>
    <message>
        <source>Trả lời %1</source>
        <translation>Answers %1</translation>
    </message>
    <message>
        <source>Lượt %1 — %2 (%3)</source>
        <translation>Turn %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Tranh luận với %1</source>
        <translation>Replies to %1</translation>
    </message>
</context>
<context>
    <name>dienhong::client::KioskGuard</name>
    <message>
        <source>Nhập tài khoản và mã PIN của thư ký.</source>
        <translation>Enter the secretary&apos;s account and PIN.</translation>
    </message>
    <message>
        <source>Chưa có địa chỉ máy chủ để kiểm tra mã PIN.</source>
        <translation>No server address to check the PIN against.</translation>
    </message>
    <message>
        <source>Chỉ thư ký hoặc quản trị viên mới mở khóa được máy này.</source>
        <translation>Only a secretary or the administrator can unlock this device.</translation>
    </message>
    <message>
        <source>Không liên lạc được máy chủ: chưa thể kiểm tra mã PIN.</source>
        <translation>The server cannot be reached: the PIN cannot be checked yet.</translation>
    </message>
    <message>
        <source>Tài khoản hoặc mã PIN không đúng.</source>
        <translation>Wrong account or PIN.</translation>
    </message>
</context>
<context>
    <name>dienhong::client::QuestionGroupsModel</name>
    <message numerus="yes">
        <source>%n câu hỏi</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 đã trả lời</source>
        <translation>%1 answered</translation>
    </message>
</context>
<context>
    <name>dienhong::client::QuestionsModel</name>
    <message>
        <source>Chuyển trả lời bằng văn bản</source>
        <translation>To be answered in writing</translation>
    </message>
    <message>
        <source>Đã gửi, chờ xếp nhóm vấn đề</source>
        <translation>Sent, waiting for an issue group</translation>
    </message>
    <message>
        <source>Đã xếp vào nhóm «%1», chờ chủ tọa mời chất vấn</source>
        <translation>In the group “%1”, waiting for the chair to call it</translation>
    </message>
    <message>
        <source>Đã nêu tại phiên họp, chờ trả lời</source>
        <translation>Asked in the sitting, awaiting the answer</translation>
    </message>
    <message>
        <source>Đã trả lời — hài lòng</source>
        <translation>Answered — satisfied</translation>
    </message>
    <message>
        <source>Đã trả lời — chưa hài lòng</source>
        <translation>Answered — not satisfied</translation>
    </message>
    <message>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Chủ tọa: %1; thành viên: %2</source>
        <translation>Chair: %1; members: %2</translation>
    </message>
</context>
<context>
    <name>dienhong::client::ReceiptsModel</name>
    <message>
        <source>đã nhận %1/%3 · đã mở %2/%3</source>
        <translation>received %1/%3 · opened %2/%3</translation>
    </message>
    <message>
        <source>Chưa nhận: %1</source>
        <translation>Not received: %1</translation>
    </message>
    <message>
        <source>Chưa mở: %1</source>
        <translation>Not opened: %1</translation>
    </message>
    <message>
        <source>Đã mở</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Đã nhận, chưa mở</source>
        <translation>Received, not opened</translation>
    </message>
    <message>
        <source>Chưa nhận</source>
        <translation>Not received</translation>
    </message>
</context>
<context>
    <name>dienhong::client::RecordExporter</name>
    <message>
        <source>Chưa có kỳ họp nào được chọn.</source>
        <translation>No session is selected.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục %1 để lưu tệp. Hãy chọn thư mục khác.</source>
        <translation>Cannot create the folder %1 for the file. Choose another folder.</translation>
    </message>
    <message>
        <source>Đang gửi yêu cầu…</source>
        <translation>Sending the request…</translation>
    </message>
    <message>
        <source>Đang đọc sổ sự kiện…</source>
        <translation>Reading the event log…</translation>
    </message>
    <message>
        <source>Đang tổng hợp hồ sơ kỳ họp…</source>
        <translation>Building the session record…</translation>
    </message>
    <message>
        <source>Đang dựng tệp…</source>
        <translation>Rendering the file…</translation>
    </message>
    <message>
        <source>Không ghi được tệp %1: %2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>Đang tải tệp về…</source>
        <translation>Downloading the file…</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Đang tải tệp về… %1%</source>
        <translation>Downloading the file… %1%</translation>
    </message>
    <message>
        <source>Tệp tải về không đủ (%1 trên %2 byte). Hãy xuất lại.</source>
        <translation>The file arrived incomplete (%1 of %2 bytes). Export it again.</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>dienhong::client::StartFn</name>
    <message>
        <source>Chưa có kỳ họp nào được chọn.</source>
        <translation>No session is selected.</translation>
    </message>
    <message>
        <source>Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.</source>
        <translation>Your login has expired. Please log in again.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diên Hồng — phần mềm điều hành kỳ họp HĐND</source>
        <translation>Diên Hồng — People&apos;s Council session management</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện: vi (mặc định) hoặc en.</source>
        <translation>Interface language: vi (default) or en.</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ host:port (ghi đè địa chỉ đã nhớ).</source>
        <translation>Server address host:port (overrides the remembered one).</translation>
    </message>
    <message>
        <source>Màn hình lớn: chạy trong cửa sổ thay vì toàn màn hình.</source>
        <translation>Big screen: run in a window instead of full screen.</translation>
    </message>
    <message>
        <source>Máy tính bảng trong phòng họp: toàn màn hình, không viền, chỉ thoát được khi thư ký nhập tài khoản và mã PIN (nhấn giữ góc trên bên trái 3 giây).</source>
        <translation>Hall tablet: full screen, frameless, left only when a secretary enters their account and PIN (press and hold the top-left corner for 3 seconds).</translation>
    </message>
    <message>
        <source>Bàn phím ảo: on, off hoặc auto (mặc định: bật ở chế độ kiosk khi máy không có bàn phím).</source>
        <translation>On-screen keyboard: on, off or auto (default: on in kiosk mode when the device has no keyboard).</translation>
    </message>
    <message>
        <source>--virtual-keyboard: chỉ nhận on, off hoặc auto (đang là «%1»).</source>
        <translation>--virtual-keyboard: only on, off or auto are allowed (got “%1”).</translation>
    </message>
</context>
</TS>
