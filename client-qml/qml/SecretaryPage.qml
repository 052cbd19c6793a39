import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Secretary's desk, in tabs: the attendance roster of the current sitting with corrections
// (present, online, excused with reason, absent) and the quorum they produce; the
// session's polls, read-only, with progress and results; the export of the records
// (ExportPanel); questioning: the officials invited to answer, with the invitation of
// another (RespondentsCard), the questions into issue groups and their order
// (QuestionDeskPanel); conclusions with their commitments and the follow-up of the
// commitments (ConclusionsPanel).
Page {
    id: page
    required property Connection connection

    objectName: "secretaryPage"
    background: Rectangle { color: Theme.background }

    AttendanceModel { id: attendance; store: page.connection.store }
    PollsModel { id: polls; store: page.connection.store }
    QuestionGroupsModel { id: questionGroups; store: page.connection.store }
    ConclusionsModel { id: conclusions; store: page.connection.store }
    QuestionsModel { id: allQuestions; store: page.connection.store }
    DocumentActions { id: documentActions; connection: page.connection }

    header: PageHeader { connection: page.connection; pageTitle: qsTr("Thư ký kỳ họp") }

    ExcusedAbsenceDialog {
        id: excuseDialog
        onConfirmed: (delegateId, reason) => page.connection.recordAttendance(delegateId, 3, reason)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        PageTabBar {
            id: tabs
            objectName: "secretaryTabs"
            Layout.fillWidth: true
            TabButton {
                objectName: "attendanceTab"
                text: qsTr("Điểm danh")
                Accessible.name: text
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            TabButton {
                objectName: "pollsTab"
                text: polls.count > 0 ? qsTr("Biểu quyết (%1)").arg(polls.count) : qsTr("Biểu quyết")
                Accessible.name: qsTr("Biểu quyết")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            TabButton {
                objectName: "exportTab"
                text: qsTr("Xuất biên bản")
                Accessible.name: text
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            TabButton {
                objectName: "questionsTab"
                text: allQuestions.ungroupedCount > 0 ? qsTr("Chất vấn (%1 chờ xếp)").arg(allQuestions.ungroupedCount)
                                                      : qsTr("Chất vấn")
                Accessible.name: qsTr("Chất vấn")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            TabButton {
                objectName: "conclusionsTab"
                text: qsTr("Kết luận, cam kết")
                Accessible.name: text
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
            TabButton {
                objectName: "documentsTab"
                text: qsTr("Tài liệu")
                Accessible.name: text
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }
        }

        ErrorBanner {
            objectName: "deskErrorBanner"
            connection: page.connection
            Layout.fillWidth: true
            visible: tabs.currentIndex >= 3 && message.length > 0
        }

        HearingCard {
            Layout.fillWidth: true
            visible: tabs.currentIndex === 3 && allQuestions.isHearing
            connection: page.connection
            questions: allQuestions
            editable: true
        }

        RespondentsCard {
            Layout.fillWidth: true
            visible: tabs.currentIndex === 3
            connection: page.connection
            questions: allQuestions
            editable: true
        }

        QuestionDeskPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: tabs.currentIndex === 3
            connection: page.connection
            groups: questionGroups
        }

        ConclusionsPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: tabs.currentIndex === 4
            connection: page.connection
            conclusions: conclusions
            groups: questionGroups
        }

        DocumentDeskPanel {
            id: documentDesk
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: tabs.currentIndex === 5
            connection: page.connection
            actions: documentActions
            onReadRequested: (documentId, version, title, source) => reader.open(documentId, version, title, source)
        }

        ExportPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: tabs.currentIndex === 2
            connection: page.connection
        }

        QuorumPanel { attendance: attendance; Layout.fillWidth: true; visible: tabs.currentIndex === 0 }

        // Polls: read-only.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: tabs.currentIndex === 1
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.gap
                Label {
                    Layout.fillWidth: true
                    text: polls.count > 0 ? qsTr("Các cuộc biểu quyết của kỳ họp")
                                          : qsTr("Chưa có cuộc biểu quyết nào.")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ListView {
                    objectName: "secretaryPollList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: polls
                    ScrollBar.vertical: ScrollBar { }
                    delegate: PollDelegate { }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: tabs.currentIndex === 0
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.gap
                ErrorBanner { connection: page.connection; Layout.fillWidth: true }
                Label {
                    Layout.fillWidth: true
                    text: attendance.effectiveSittingId > 0
                          ? qsTr("Điểm danh — %1").arg(page.connection.store.currentSittingTitle)
                          : qsTr("Điểm danh (chưa có phiên họp nào đang diễn ra)")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Đại biểu tự điểm danh trên máy tính bảng. Thư ký ghi vắng có lý do và sửa điểm danh khi cần; mọi thay đổi đều được ghi vào nhật ký kỳ họp.")
                }
                ListView {
                    objectName: "rosterList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: attendance
                    ScrollBar.vertical: ScrollBar { }
                    delegate: AttendanceDelegate {
                        editable: attendance.effectiveSittingId > 0
                        onMark: (delegateId, status) => page.connection.recordAttendance(delegateId, status, "")
                        onExcuse: (delegateId, fullName) => {
                            excuseDialog.delegateId = delegateId
                            excuseDialog.fullName = fullName
                            excuseDialog.open()
                        }
                    }
                }
            }
        }
    }

    DocumentReaderPage {
        id: reader
        anchors.fill: parent
        visible: source.toString().length > 0
        z: 10
        connection: page.connection
        actions: documentActions
    }
}
