import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Secretary's desk: the questions into issue groups (nhóm vấn đề). Left, the questions in
// no group yet, to pick with their check boxes: "Tạo nhóm" makes a new group of them,
// "Chuyển vào nhóm" adds them to the chosen group. Right, the groups in calling order
// (▲ / ▼ orders them) and the chosen group's questions in calling order (▲ / ▼). Every
// change is one command (DefineQuestionGroup / OrderQuestionGroups); the server refuses
// what cannot be done (a question already asked cannot change group) in its own words.
Rectangle {
    id: panel
    required property Connection connection
    required property QuestionGroupsModel groups

    property var selectedIds: []
    property real chosenGroupId: 0

    objectName: "questionDeskPanel"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    QuestionsModel { id: ungrouped; store: panel.connection.store; groupId: 0 }
    QuestionsModel {
        id: inGroup
        store: panel.connection.store
        groupId: panel.chosenGroupId > 0 ? panel.chosenGroupId : -2
    }

    function toggle(questionId, on) {
        let ids = selectedIds.filter(id => id !== questionId)
        if (on) ids.push(questionId)
        selectedIds = ids
    }
    // Keeps only picked questions that are still in no group.
    Connections {
        target: ungrouped
        function onCountChanged() {
            const open = ungrouped.questionIds()
            panel.selectedIds = panel.selectedIds.filter(id => open.indexOf(id) >= 0)
        }
    }
    Connections {
        target: panel.groups
        function onCountChanged() {
            if (panel.chosenGroupId === 0 && panel.groups.count > 0)
                panel.chosenGroupId = panel.groups.groupIds()[0]
        }
    }
    Component.onCompleted: if (groups.count > 0) chosenGroupId = groups.groupIds()[0]

    function moveQuestion(questionId, position) {
        const g = groups.group(chosenGroupId)
        let ids = g.questionIds.slice()
        const from = ids.indexOf(questionId)
        if (from < 0) return
        ids.splice(from, 1)
        ids.splice(position - 1, 0, questionId)
        connection.defineQuestionGroup(chosenGroupId, g.title, ids)
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.gap

        // Questions in no group.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.gap
            Label {
                objectName: "ungroupedTitle"
                Layout.fillWidth: true
                text: ungrouped.count > 0 ? qsTr("Câu hỏi chưa xếp nhóm (%1)").arg(ungrouped.count)
                                          : qsTr("Mọi câu hỏi đã được xếp nhóm.")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
            }
            ListView {
                objectName: "ungroupedQuestionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: ungrouped
                ScrollBar.vertical: ScrollBar { }
                delegate: QuestionDelegate {
                    mode: "secretary"
                    selected: panel.selectedIds.indexOf(questionId) >= 0
                    onSelectionToggled: (questionId, on) => panel.toggle(questionId, on)
                }
            }
            Label {
                Layout.fillWidth: true
                text: panel.selectedIds.length > 0 ? qsTr("Đã chọn %1 câu hỏi").arg(panel.selectedIds.length)
                                                   : qsTr("Chọn câu hỏi để xếp vào nhóm.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                TextField {
                    id: groupTitle
                    objectName: "newGroupTitle"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Tên nhóm vấn đề mới")
                    Accessible.name: qsTr("Tên nhóm vấn đề mới")
                }
                ActionButton {
                    objectName: "createGroup"
                    tone: "primary"
                    enabled: panel.selectedIds.length > 0
                    text: qsTr("Tạo nhóm")
                    Accessible.name: qsTr("Tạo nhóm vấn đề từ các câu hỏi đã chọn")
                    onClicked: {
                        panel.connection.defineQuestionGroup(0, groupTitle.text, panel.selectedIds)
                        groupTitle.text = ""
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: panel.groups.count > 0
                spacing: Theme.gap
                ComboBox {
                    id: targetGroup
                    objectName: "targetGroup"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    model: panel.groups
                    textRole: "title"
                    valueRole: "groupId"
                    Accessible.name: qsTr("Nhóm vấn đề nhận câu hỏi")
                }
                ActionButton {
                    objectName: "addToGroup"
                    enabled: panel.selectedIds.length > 0 && targetGroup.currentIndex >= 0
                    text: qsTr("Chuyển vào nhóm")
                    Accessible.name: qsTr("Chuyển các câu hỏi đã chọn vào nhóm")
                    onClicked: {
                        const g = panel.groups.group(targetGroup.currentValue)
                        panel.connection.defineQuestionGroup(g.groupId, g.title,
                                                             g.questionIds.concat(panel.selectedIds))
                    }
                }
            }
        }

        // Groups in calling order, and the chosen group's questions.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: panel.groups.count > 0 ? qsTr("Nhóm vấn đề theo thứ tự chất vấn")
                                             : qsTr("Chưa có nhóm vấn đề nào.")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
            }
            ListView {
                objectName: "groupList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(count, 4) * (Theme.touch + 16)
                clip: true
                spacing: 4
                model: panel.groups
                ScrollBar.vertical: ScrollBar { }
                delegate: QuestionGroupDelegate {
                    chosen: groupId === panel.chosenGroupId
                    orderable: true
                    total: panel.groups.count
                    onChoose: groupId => panel.chosenGroupId = groupId
                    onMove: (groupId, position) => panel.connection.orderQuestionGroups(panel.groups.orderWithMoved(groupId, position))
                }
            }
            Label {
                Layout.fillWidth: true
                visible: panel.chosenGroupId > 0
                text: qsTr("Câu hỏi của nhóm, theo thứ tự mời")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            ListView {
                objectName: "groupQuestionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: inGroup
                ScrollBar.vertical: ScrollBar { }
                delegate: QuestionDelegate {
                    mode: "secretary"
                    orderable: true
                    total: inGroup.count
                    onMove: (questionId, position) => panel.moveQuestion(questionId, position)
                }
            }
        }
    }
}
