import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Respondent (người trả lời chất vấn): an official invited to answer. Who they are
// invited as; the issue group the chair is running and who is speaking, with the clock;
// and only the questions addressed to them (the server already withholds the text of the
// others'; this page does not list them at all), in the order they were submitted, each
// with who asked, its group and where it stands, and how many of them the running group
// holds. Respondents answer on the floor when called; questions carried over from the
// council's closed sessions they answer in writing here (WrittenAnswerDialog).
Page {
    id: page
    required property Connection connection

    objectName: "respondentPage"
    background: Rectangle { color: Theme.background }

    QuestionsModel {
        id: mine
        objectName: "respondentQuestions"
        store: page.connection.store
        respondentAccountId: page.connection.accountId
    }
    QuestionsModel {
        id: inCurrentGroup
        store: page.connection.store
        respondentAccountId: page.connection.accountId
        groupId: mine.currentGroupId > 0 ? mine.currentGroupId : -2
    }
    FloorModel { id: floorModel; store: page.connection.store }

    readonly property var self: {
        for (const r of mine.respondents)
            if (r.accountId === page.connection.accountId) return r
        return null
    }

    header: PageHeader { connection: page.connection; pageTitle: qsTr("Người trả lời chất vấn") }

    WrittenAnswerDialog {
        id: writtenDialog
        onConfirmed: (sessionId, questionId, text, document) => page.connection.answerInWriting(sessionId, questionId, text, document)
    }
    // The carried-over questions live outside the session's stream: read them when the
    // page opens and whenever the followed session changes state (e.g. it closes).
    Component.onCompleted: connection.refreshCarriedOver()
    Connections {
        target: page.connection.store
        function onSessionInfoChanged() { page.connection.refreshCarriedOver() }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: parent.width * 0.38
            Layout.maximumWidth: 620
            spacing: Theme.padding

            ErrorBanner { connection: page.connection; Layout.fillWidth: true }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: who.implicitHeight + 2 * Theme.padding
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    id: who
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: 4
                    Label {
                        text: qsTr("Được mời trả lời chất vấn")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    Label {
                        objectName: "respondentName"
                        Layout.fillWidth: true
                        text: page.self ? page.self.name : page.connection.displayName
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.self ? page.self.position + " · " + page.self.agency
                                        : qsTr("Chưa được mời vào kỳ họp này")
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: now.implicitHeight + 2 * Theme.padding
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    id: now
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.gap
                    Label {
                        text: qsTr("Nhóm vấn đề đang chất vấn")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    Label {
                        objectName: "respondentCurrentGroup"
                        Layout.fillWidth: true
                        text: mine.currentGroupId > 0 ? mine.currentGroupTitle : qsTr("Chưa bắt đầu")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: mine.currentGroupId > 0 ? Theme.primary : Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "respondentCurrentGroupMine"
                        Layout.fillWidth: true
                        visible: mine.currentGroupId > 0
                        text: inCurrentGroup.count > 0 ? qsTr("Có %1 câu hỏi gửi bạn trong nhóm này").arg(inCurrentGroup.count)
                                                       : qsTr("Nhóm này không có câu hỏi gửi bạn")
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: qsTr("Đang phát biểu")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                    Label {
                        objectName: "respondentSpeaker"
                        Layout.fillWidth: true
                        text: floorModel.currentTurn.turnId !== undefined
                              ? qsTr("%1 — %2").arg(floorModel.currentTurn.speakerName).arg(floorModel.currentTurn.kindText)
                              : qsTr("Chưa có ai đang phát biểu")
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: floorModel.currentTurn.turnId !== undefined ? Theme.text : Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    SpeakerCountdown {
                        Layout.fillWidth: true
                        visible: floorModel.currentTurn.turnId !== undefined
                        floor: floorModel
                        clock: page.connection.clock
                        turn: floorModel.currentTurn
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.gap
                    Label {
                        objectName: "carriedOverTitle"
                        Layout.fillWidth: true
                        text: page.connection.carriedOver.length > 0
                              ? qsTr("Câu hỏi chuyển trả lời bằng văn bản (%1)").arg(page.connection.carriedOver.length)
                              : qsTr("Không có câu hỏi nào phải trả lời bằng văn bản.")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    ListView {
                        objectName: "carriedOverList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 6
                        model: page.connection.carriedOver
                        ScrollBar.vertical: ScrollBar { }
                        delegate: Rectangle {
                            id: carried
                            required property var modelData
                            objectName: "carried" + modelData.sessionId + "_" + modelData.questionId
                            width: ListView.view.width
                            implicitHeight: carriedColumn.implicitHeight + 16
                            color: Theme.background
                            radius: Theme.radius
                            Accessible.name: qsTr("Câu hỏi số %1 — %2").arg(modelData.questionId).arg(modelData.statusText)
                            ColumnLayout {
                                id: carriedColumn
                                anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
                                anchors.margins: 8
                                spacing: 4
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 · câu hỏi số %2 · đại biểu %3").arg(carried.modelData.sessionTitle)
                                          .arg(carried.modelData.questionId).arg(carried.modelData.delegateName)
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: carried.modelData.text
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 3
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                                Label {
                                    objectName: "carriedStatus"
                                    Layout.fillWidth: true
                                    text: carried.modelData.statusText
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontSmall
                                    font.weight: Font.DemiBold
                                    color: carried.modelData.answered ? Theme.ok
                                           : carried.modelData.overdue ? Theme.danger : Theme.warn
                                }
                                ActionButton {
                                    objectName: "answerInWriting"
                                    visible: !carried.modelData.answered
                                    tone: "primary"
                                    text: qsTr("Trả lời bằng văn bản")
                                    Accessible.name: qsTr("Trả lời bằng văn bản câu hỏi số %1").arg(carried.modelData.questionId)
                                    onClicked: {
                                        writtenDialog.sessionId = carried.modelData.sessionId
                                        writtenDialog.questionId = carried.modelData.questionId
                                        writtenDialog.questionText = carried.modelData.text
                                        writtenDialog.open()
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.gap
                Label {
                    objectName: "respondentQuestionsTitle"
                    Layout.fillWidth: true
                    text: mine.count > 0 ? qsTr("Câu hỏi gửi bạn (%1)").arg(mine.count)
                                         : qsTr("Chưa có câu hỏi nào gửi bạn.")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ListView {
                    objectName: "respondentQuestionList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: mine
                    ScrollBar.vertical: ScrollBar { }
                    delegate: QuestionDelegate { mode: "respondent"; showGroup: true }
                }
            }
        }
    }
}
