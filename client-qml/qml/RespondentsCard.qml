import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// The officials invited to answer in this session (người trả lời chất vấn / giải trình),
// "Name — Position, Agency", in order of invitation, from the live state. With
// `editable` (the secretary's desk, the chair's console) "Mời người trả lời chất vấn"
// opens InviteRespondentDialog. `compact` (the chair's console): the names on one line.
Rectangle {
    id: card
    required property Connection connection
    required property QuestionsModel questions
    property bool editable: false
    property bool compact: false

    readonly property var respondents: questions.respondents

    objectName: "respondentsCard"
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    InviteRespondentDialog {
        id: dialog
        connection: card.connection
        questions: card.questions
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.padding
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                objectName: "respondentsTitle"
                Layout.fillWidth: true
                text: card.respondents.length === 0 ? qsTr("Kỳ họp chưa mời người trả lời chất vấn.")
                      : card.compact ? qsTr("Người trả lời chất vấn: %1").arg(card.respondents.map(r => r.name).join(", "))
                      : qsTr("Người trả lời chất vấn được mời (%1)").arg(card.respondents.length)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            ActionButton {
                objectName: "inviteRespondent"
                visible: card.editable
                text: qsTr("Mời người trả lời chất vấn")
                Accessible.name: text
                onClicked: dialog.open()
            }
        }
        Repeater {
            model: card.compact ? [] : card.respondents
            delegate: Label {
                required property var modelData
                required property int index
                objectName: "invitedRespondent" + modelData.accountId
                Layout.fillWidth: true
                text: modelData.name + " — " + modelData.position + ", " + modelData.agency
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Accessible.name: text
            }
        }
    }
}
