import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Conclusions and the follow-up of their commitments: the session's conclusions as
// recorded (each with its commitments: what, agency, due date), "Ghi kết luận"
// (ConclusionDialog), and the council's commitments with their status as the follow-up
// sees it today (đang thực hiện / đã hoàn thành / đã gia hạn / quá hạn, from the server's
// clock), refreshed when a conclusion arrives or on request, with "Báo hoàn thành" and
// "Gia hạn" (CommitmentDialog) for those not done; and the questions carried over from
// closed sessions with the state of their written answers.
Rectangle {
    id: panel
    required property Connection connection
    required property ConclusionsModel conclusions
    required property QuestionGroupsModel groups
    property bool showFollowUp: true
    // The group offered first in the dialog (the chair: the running one).
    property real presetGroupId: 0

    objectName: "conclusionsPanel"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    function groupChoices() {
        let list = []
        for (const id of groups.groupIds()) {
            const g = groups.group(id)
            list.push({ groupId: g.groupId, title: g.title })
        }
        return list
    }

    CommitmentDialog {
        id: commitmentDialog
        onMarkDone: (sessionId, commitmentId, evidence) => panel.connection.markCommitmentDone(sessionId, commitmentId, evidence)
        onExtend: (sessionId, commitmentId, newDueDate, reason) => panel.connection.extendCommitment(sessionId, commitmentId, newDueDate, reason)
    }
    function followUp(mode, c) {
        commitmentDialog.mode = mode
        commitmentDialog.sessionId = c.sessionId
        commitmentDialog.commitmentId = c.commitmentId
        commitmentDialog.what = c.what
        commitmentDialog.dueDate = c.dueDate
        commitmentDialog.open()
    }

    ConclusionDialog {
        id: conclusionDialog
        onConfirmed: (groupId, text, commitments) => panel.connection.recordConclusion(groupId, text, commitments)
    }
    Connections {
        target: panel.conclusions
        function onCountChanged() { if (panel.showFollowUp && panel.visible) panel.connection.refreshCommitments() }
    }
    onVisibleChanged: if (visible && showFollowUp) refresh()
    function refresh() {
        connection.refreshCommitments()
        connection.refreshCarriedOver()
    }

    function statusColor(status) {
        switch (status) {
        case 2: return Theme.ok
        case 3: return Theme.danger
        case 4: return Theme.warn
        default: return Theme.online
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        columns: panel.showFollowUp && panel.width > 900 ? 2 : 1
        columnSpacing: Theme.padding
        rowSpacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.gap
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: panel.conclusions.count > 0 ? qsTr("Kết luận (%1)").arg(panel.conclusions.count)
                                                      : qsTr("Chưa có kết luận nào.")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ActionButton {
                    objectName: "recordConclusion"
                    tone: "primary"
                    enabled: panel.connection.store.status === 3
                    text: qsTr("Ghi kết luận")
                    Accessible.name: qsTr("Ghi kết luận và cam kết")
                    onClicked: {
                        conclusionDialog.groups = panel.groupChoices()
                        conclusionDialog.presetGroupId = panel.presetGroupId
                        conclusionDialog.open()
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: panel.connection.store.status !== 3
                text: qsTr("Kết luận được ghi khi kỳ họp đang diễn ra.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            ListView {
                objectName: "conclusionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: panel.conclusions
                ScrollBar.vertical: ScrollBar { }
                delegate: Rectangle {
                    id: conclusionRow
                    required property real conclusionId
                    required property string groupTitle
                    required property string text
                    required property var commitments
                    objectName: "conclusion" + conclusionId
                    width: ListView.view.width
                    implicitHeight: conclusionColumn.implicitHeight + 16
                    color: Theme.background
                    radius: Theme.radius
                    Accessible.name: qsTr("Kết luận %1 — %2").arg(conclusionId).arg(groupTitle)
                    ColumnLayout {
                        id: conclusionColumn
                        anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
                        anchors.margins: 8
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Kết luận %1 · %2").arg(conclusionRow.conclusionId).arg(conclusionRow.groupTitle)
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: conclusionRow.text
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        Repeater {
                            model: conclusionRow.commitments
                            Label {
                                required property var modelData
                                Layout.fillWidth: true
                                text: "• " + qsTr("Cam kết %1: %2").arg(modelData.commitmentId).arg(modelData.text)
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.text
                            }
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: panel.showFollowUp
            spacing: Theme.gap
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Theo dõi thực hiện cam kết")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ActionButton {
                    objectName: "refreshCommitments"
                    enabled: !panel.connection.commitmentsLoading
                    text: qsTr("Cập nhật")
                    Accessible.name: qsTr("Cập nhật danh sách cam kết")
                    onClicked: panel.refresh()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: panel.connection.commitments.length === 0
                text: qsTr("Chưa có cam kết nào của hội đồng.")
                color: Theme.textMuted
            }
            ListView {
                objectName: "commitmentList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: panel.connection.commitments
                ScrollBar.vertical: ScrollBar { }
                delegate: Rectangle {
                    id: commitmentRow
                    required property var modelData
                    objectName: "commitment" + modelData.sessionId + "_" + modelData.commitmentId
                    width: ListView.view.width
                    implicitHeight: commitmentColumn.implicitHeight + 16
                    color: Theme.background
                    radius: Theme.radius
                    Accessible.name: qsTr("Cam kết: %1 — %2").arg(modelData.what).arg(modelData.statusText)
                    ColumnLayout {
                        id: commitmentColumn
                        anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
                        anchors.margins: 8
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: commitmentRow.modelData.what
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                            Label {
                                objectName: "commitmentStatus"
                                text: commitmentRow.modelData.statusText
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                                color: panel.statusColor(commitmentRow.modelData.status)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · hạn %2 · %3").arg(commitmentRow.modelData.agency)
                                  .arg(commitmentRow.modelData.dueDate).arg(commitmentRow.modelData.groupTitle)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: commitmentRow.modelData.evidence.length > 0
                            text: qsTr("Kết quả: %1").arg(commitmentRow.modelData.evidence)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ok
                        }
                        RowLayout {
                            visible: commitmentRow.modelData.status !== 2
                            spacing: 8
                            ActionButton {
                                objectName: "markDone"
                                text: qsTr("Báo hoàn thành")
                                Accessible.name: qsTr("Báo hoàn thành: %1").arg(commitmentRow.modelData.what)
                                onClicked: panel.followUp("done", commitmentRow.modelData)
                            }
                            ActionButton {
                                objectName: "extendCommitment"
                                text: qsTr("Gia hạn")
                                Accessible.name: qsTr("Gia hạn: %1").arg(commitmentRow.modelData.what)
                                onClicked: panel.followUp("extend", commitmentRow.modelData)
                            }
                        }
                    }
                }
            }
            Label {
                objectName: "carriedOverTitle"
                Layout.fillWidth: true
                visible: panel.connection.carriedOver.length > 0
                text: qsTr("Câu hỏi chuyển trả lời bằng văn bản (%1)").arg(panel.connection.carriedOver.length)
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ListView {
                objectName: "carriedOverList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(count, 3) * 64
                visible: count > 0
                clip: true
                spacing: 4
                model: panel.connection.carriedOver
                ScrollBar.vertical: ScrollBar { }
                delegate: Rectangle {
                    id: carriedRow
                    required property var modelData
                    objectName: "carried" + modelData.sessionId + "_" + modelData.questionId
                    width: ListView.view.width
                    implicitHeight: carriedColumn.implicitHeight + 12
                    color: Theme.background
                    radius: Theme.radius
                    Accessible.name: qsTr("Câu hỏi số %1 — %2").arg(modelData.questionId).arg(modelData.statusText)
                    ColumnLayout {
                        id: carriedColumn
                        anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
                        anchors.margins: 6
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · câu hỏi số %2 của %3 gửi %4").arg(carriedRow.modelData.sessionTitle)
                                  .arg(carriedRow.modelData.questionId).arg(carriedRow.modelData.delegateName)
                                  .arg(carriedRow.modelData.respondentName)
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                        Label {
                            objectName: "carriedStatus"
                            Layout.fillWidth: true
                            text: carriedRow.modelData.statusText
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: carriedRow.modelData.answered ? Theme.ok
                                   : carriedRow.modelData.overdue ? Theme.danger : Theme.warn
                        }
                    }
                }
            }
        }
    }
}
