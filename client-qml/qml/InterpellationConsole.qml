import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Chair's console: questioning (chất vấn). The issue groups in the secretary's order with
// "Bắt đầu" (StartQuestionGroup); the chosen group's questions (or those in no group) with
// the floor calls the server expects: "Mời chất vấn" (a question turn for the delegate),
// "Mời trả lời" (an answer turn for the official, covering every question of theirs in
// the group that has been asked and not answered yet), "Chất vấn thêm" (a follow-up after
// the answer). Who is speaking, with "Kết thúc lượt" (a speaker holds one turn at a time);
// "Ghi kết luận" (ConclusionDialog) for the running group or the session. Above, the
// officials invited, with "Mời người trả lời chất vấn" (RespondentsCard, compact).
Rectangle {
    id: console_
    required property Connection connection
    required property QuestionGroupsModel groups
    required property FloorModel floor
    required property ConclusionsModel conclusions

    // The group whose questions are shown: -1 follow the running group (else the first),
    // 0 the questions in no group, > 0 that group.
    property real chosenGroupId: -1
    readonly property real shownGroupId: chosenGroupId >= 0 ? chosenGroupId
                                         : questions.currentGroupId > 0 ? questions.currentGroupId
                                         : groups.count > 0 ? groups.groupIds()[0] : 0
    readonly property bool sittingOpen: connection.store.currentSittingStatus === 2

    objectName: "interpellationConsole"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    QuestionsModel {
        id: questions
        objectName: "chairQuestions"
        store: console_.connection.store
        groupId: console_.shownGroupId
    }
    QuestionsModel { id: everyQuestion; store: console_.connection.store }

    ConclusionDialog {
        id: conclusionDialog
        onConfirmed: (groupId, text, commitments) => console_.connection.recordConclusion(groupId, text, commitments)
    }

    function callRespondent(respondentAccountId, questionId) {
        // Every asked question of theirs in this list, answered together.
        let ids = questions.awaitingAnswer(respondentAccountId)
        if (ids.indexOf(questionId) < 0) ids = [questionId]
        connection.callRespondent(respondentAccountId, ids)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.gap

        HearingCard {
            Layout.fillWidth: true
            visible: questions.isHearing && questions.hearing.issue !== undefined
            connection: console_.connection
            questions: everyQuestion
        }

        RespondentsCard {
            Layout.fillWidth: true
            connection: console_.connection
            questions: everyQuestion
            editable: true
            compact: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                objectName: "currentGroupText"
                Layout.fillWidth: true
                text: questions.currentGroupId > 0 ? qsTr("Đang chất vấn: %1").arg(questions.currentGroupTitle)
                                                   : qsTr("Chưa bắt đầu nhóm vấn đề nào")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: questions.currentGroupId > 0 ? Theme.ok : Theme.textMuted
                wrapMode: Text.Wrap
            }
            ActionButton {
                objectName: "chairRecordConclusion"
                enabled: console_.connection.store.status === 3
                text: console_.conclusions.count > 0 ? qsTr("Ghi kết luận (%1)").arg(console_.conclusions.count)
                                                     : qsTr("Ghi kết luận")
                Accessible.name: qsTr("Ghi kết luận và cam kết")
                onClicked: {
                    let list = []
                    for (const id of console_.groups.groupIds()) {
                        const g = console_.groups.group(id)
                        list.push({ groupId: g.groupId, title: g.title })
                    }
                    conclusionDialog.groups = list
                    conclusionDialog.presetGroupId = questions.currentGroupId
                    conclusionDialog.open()
                }
            }
        }

        // Who speaks now, and ending their turn.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                objectName: "interpellationSpeaker"
                Layout.fillWidth: true
                text: console_.floor.currentTurn.turnId !== undefined
                      ? qsTr("Đang phát biểu: %1 (%2)").arg(console_.floor.currentTurn.speakerName)
                            .arg(console_.floor.currentTurn.kindText.toLowerCase())
                      : qsTr("Chưa có ai đang phát biểu")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: console_.floor.currentTurn.turnId !== undefined ? Theme.text : Theme.textMuted
            }
            ActionButton {
                objectName: "interpellationEndTurn"
                visible: console_.floor.currentTurn.turnId !== undefined
                text: qsTr("Kết thúc lượt")
                Accessible.name: qsTr("Kết thúc lượt phát biểu của %1").arg(console_.floor.currentTurn.speakerName || "")
                onClicked: console_.connection.endTurn(console_.floor.currentTurn.turnId)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !console_.sittingOpen || console_.connection.store.currentItemId === 0
            text: qsTr("Mời chất vấn và trả lời khi phiên họp đang mở và có nội dung đang thực hiện.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.warn
        }

        Label {
            text: console_.groups.count > 0 ? qsTr("Nhóm vấn đề") : qsTr("Thư ký chưa xếp nhóm vấn đề nào.")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textMuted
        }
        ListView {
            objectName: "chairGroupList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(count, 3) * (Theme.touch + 16)
            clip: true
            spacing: 4
            model: console_.groups
            ScrollBar.vertical: ScrollBar { }
            delegate: QuestionGroupDelegate {
                chosen: groupId === console_.shownGroupId
                startable: true
                canStart: console_.sittingOpen
                onChoose: groupId => console_.chosenGroupId = groupId
                onStart: groupId => {
                    console_.chosenGroupId = groupId
                    console_.connection.startQuestionGroup(groupId)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                objectName: "chairQuestionListTitle"
                Layout.fillWidth: true
                text: console_.shownGroupId > 0 ? qsTr("Câu hỏi của nhóm (%1)").arg(questions.count)
                                                : qsTr("Câu hỏi chưa xếp nhóm (%1)").arg(questions.count)
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            ActionButton {
                objectName: "showUngrouped"
                visible: console_.shownGroupId !== 0 && everyQuestion.ungroupedCount > 0
                text: qsTr("Chưa xếp nhóm (%1)").arg(everyQuestion.ungroupedCount)
                Accessible.name: qsTr("Xem câu hỏi chưa xếp nhóm")
                onClicked: console_.chosenGroupId = 0
            }
        }
        ListView {
            objectName: "chairQuestionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            clip: true
            model: questions
            ScrollBar.vertical: ScrollBar { }
            delegate: QuestionDelegate {
                mode: "chair"
                onCallQuestioner: (questionId, followUp) => console_.connection.callQuestioner(questionId, followUp)
                onCallRespondent: (respondentAccountId, questionId) => console_.callRespondent(respondentAccountId, questionId)
            }
        }
    }
}
