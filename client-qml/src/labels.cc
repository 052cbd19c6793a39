#include "labels.h"

namespace dienhong::client {

QString Labels::sessionStatus(v1::SessionStatus s) {
  switch (s) {
    case v1::SESSION_STATUS_DRAFT: return tr("Đang chuẩn bị");
    case v1::SESSION_STATUS_CONVENED: return tr("Đã triệu tập");
    case v1::SESSION_STATUS_IN_PROGRESS: return tr("Đang họp");
    case v1::SESSION_STATUS_CLOSED: return tr("Đã bế mạc");
    default: return QString();
  }
}

QString Labels::sittingStatus(v1::SittingStatus s) {
  switch (s) {
    case v1::SITTING_STATUS_PLANNED: return tr("Chưa khai mạc");
    case v1::SITTING_STATUS_OPEN: return tr("Đang họp");
    case v1::SITTING_STATUS_SUSPENDED: return tr("Tạm dừng");
    case v1::SITTING_STATUS_CLOSED: return tr("Đã kết thúc");
    default: return QString();
  }
}

QString Labels::itemKind(v1::AgendaItemKind k) {
  switch (k) {
    case v1::AGENDA_ITEM_KIND_REPORT: return tr("Báo cáo");
    case v1::AGENDA_ITEM_KIND_SUBMISSION: return tr("Tờ trình");
    case v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION: return tr("Dự thảo nghị quyết");
    case v1::AGENDA_ITEM_KIND_DISCUSSION: return tr("Thảo luận");
    case v1::AGENDA_ITEM_KIND_INTERPELLATION: return tr("Chất vấn");
    case v1::AGENDA_ITEM_KIND_VOTE: return tr("Biểu quyết");
    case v1::AGENDA_ITEM_KIND_OPENING: return tr("Khai mạc");
    case v1::AGENDA_ITEM_KIND_CLOSING: return tr("Bế mạc");
    case v1::AGENDA_ITEM_KIND_OTHER: return tr("Nội dung khác");
    default: return QString();
  }
}

QString Labels::itemStatus(v1::AgendaItemStatus s) {
  switch (s) {
    case v1::AGENDA_ITEM_STATUS_PENDING: return tr("Chưa thực hiện");
    case v1::AGENDA_ITEM_STATUS_CURRENT: return tr("Đang thực hiện");
    case v1::AGENDA_ITEM_STATUS_DONE: return tr("Đã xong");
    default: return QString();
  }
}

QString Labels::attendance(v1::AttendanceStatus s) {
  switch (s) {
    case v1::ATTENDANCE_STATUS_PRESENT: return tr("Có mặt");
    case v1::ATTENDANCE_STATUS_ONLINE: return tr("Trực tuyến");
    case v1::ATTENDANCE_STATUS_EXCUSED: return tr("Vắng có lý do");
    case v1::ATTENDANCE_STATUS_ABSENT: return tr("Vắng");
    default: return tr("Chưa điểm danh");
  }
}

QString Labels::role(v1::Role r) {
  switch (r) {
    case v1::ROLE_ADMINISTRATOR: return tr("Quản trị");
    case v1::ROLE_SECRETARY: return tr("Thư ký kỳ họp");
    case v1::ROLE_CHAIR: return tr("Chủ tọa");
    case v1::ROLE_DELEGATE: return tr("Đại biểu");
    case v1::ROLE_RESPONDENT: return tr("Người trả lời chất vấn");
    case v1::ROLE_DISPLAY: return tr("Màn hình lớn");
    case v1::ROLE_OBSERVER: return tr("Quan sát viên");
    default: return QString();
  }
}

QString Labels::pollKind(v1::PollKind k) {
  switch (k) {
    case v1::POLL_KIND_RESOLUTION: return tr("Biểu quyết thông qua");
    case v1::POLL_KIND_CONFIDENCE_RATING: return tr("Lấy phiếu tín nhiệm");
    case v1::POLL_KIND_CONFIDENCE_VOTE: return tr("Bỏ phiếu tín nhiệm");
    case v1::POLL_KIND_ELECTION: return tr("Bầu cử");
    case v1::POLL_KIND_DISMISSAL: return tr("Miễn nhiệm, bãi nhiệm");
    case v1::POLL_KIND_CUSTOM: return tr("Biểu quyết");
    default: return QString();
  }
}

QString Labels::pollStatus(v1::PollStatus s) {
  switch (s) {
    case v1::POLL_STATUS_PREPARED: return tr("Đã chuẩn bị");
    case v1::POLL_STATUS_OPEN: return tr("Đang biểu quyết");
    case v1::POLL_STATUS_CLOSED: return tr("Đã kết thúc");
    case v1::POLL_STATUS_PUBLISHED: return tr("Đã công bố kết quả");
    case v1::POLL_STATUS_CANCELLED: return tr("Đã hủy");
    default: return QString();
  }
}

QString Labels::floorKind(v1::FloorKind k) {
  switch (k) {
    case v1::FLOOR_KIND_CONTRIBUTION: return tr("Phát biểu");
    case v1::FLOOR_KIND_DEBATE: return tr("Tranh luận");
    case v1::FLOOR_KIND_POINT_OF_ORDER: return tr("Kiến nghị về thủ tục");
    case v1::FLOOR_KIND_PRESENTATION: return tr("Tham luận");
    case v1::FLOOR_KIND_RESPONDENT_ANSWER: return tr("Trả lời");
    case v1::FLOOR_KIND_CHAIR: return tr("Chủ tọa điều hành");
    case v1::FLOOR_KIND_QUESTION: return tr("Chất vấn");
    case v1::FLOOR_KIND_FOLLOW_UP: return tr("Chất vấn thêm");
    default: return QString();
  }
}

QString Labels::questionStatus(v1::QuestionStatus s) {
  switch (s) {
    case v1::QUESTION_STATUS_SUBMITTED: return tr("Chờ chất vấn");
    case v1::QUESTION_STATUS_ASKED: return tr("Đã nêu, chờ trả lời");
    case v1::QUESTION_STATUS_ANSWERED: return tr("Đã trả lời");
    default: return QString();
  }
}

QString Labels::satisfaction(v1::Satisfaction s) {
  switch (s) {
    case v1::SATISFACTION_SATISFIED: return tr("Hài lòng");
    case v1::SATISFACTION_UNSATISFIED: return tr("Chưa hài lòng");
    default: return QString();
  }
}

QString Labels::commitmentStatus(v1::CommitmentStatus s) {
  switch (s) {
    case v1::COMMITMENT_STATUS_OPEN: return tr("Đang thực hiện");
    case v1::COMMITMENT_STATUS_DONE: return tr("Đã hoàn thành");
    case v1::COMMITMENT_STATUS_OVERDUE: return tr("Quá hạn");
    case v1::COMMITMENT_STATUS_EXTENDED: return tr("Đã gia hạn");
    default: return QString();
  }
}

QString Labels::documentKind(v1::DocumentKind k) {
  switch (k) {
    case v1::DOCUMENT_KIND_SUBMISSION: return tr("Tờ trình");
    case v1::DOCUMENT_KIND_DRAFT_RESOLUTION: return tr("Dự thảo nghị quyết");
    case v1::DOCUMENT_KIND_VERIFICATION_REPORT: return tr("Báo cáo thẩm tra");
    case v1::DOCUMENT_KIND_REPORT: return tr("Báo cáo");
    case v1::DOCUMENT_KIND_REFERENCE: return tr("Tài liệu tham khảo");
    case v1::DOCUMENT_KIND_OTHER: return tr("Tài liệu khác");
    default: return QString();
  }
}

QString Labels::paperStatus(v1::PaperStatus s) {
  switch (s) {
    case v1::PAPER_STATUS_ON_TIME: return tr("Đúng hạn");
    case v1::PAPER_STATUS_LATE: return tr("Gửi muộn");
    case v1::PAPER_STATUS_MISSING: return tr("Còn thiếu");
    default: return QString();
  }
}

}  // namespace dienhong::client
