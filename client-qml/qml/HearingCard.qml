import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// An explanation hearing (phiên giải trình) in brief: the issue, the panel, the agencies
// invited to explain, the documents. With `editable` (secretary's desk) "Nhập thông tin" /
// "Sửa thông tin" opens HearingDialog. Hidden for any other kind of session.
Rectangle {
    id: card
    required property Connection connection
    required property QuestionsModel questions
    property bool editable: false

    readonly property var hearing: questions.hearing
    readonly property bool hasHearing: hearing.issue !== undefined

    objectName: "hearingCard"
    visible: questions.isHearing
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.padding : 0
    color: Theme.highlight
    border.color: Theme.border
    radius: Theme.radius

    HearingDialog {
        id: dialog
        connection: card.connection
        hearing: card.hearing
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
                Layout.fillWidth: true
                text: qsTr("Phiên giải trình")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            ActionButton {
                objectName: "editHearing"
                visible: card.editable
                text: card.hasHearing ? qsTr("Sửa thông tin") : qsTr("Nhập thông tin")
                Accessible.name: qsTr("Nhập thông tin phiên giải trình")
                onClicked: dialog.open()
            }
        }
        Label {
            objectName: "hearingIssue"
            Layout.fillWidth: true
            text: card.hasHearing ? card.hearing.issue : qsTr("Chưa nhập vấn đề giải trình, đoàn giải trình và cơ quan được mời.")
            font.pixelSize: card.hasHearing ? Theme.fontLarge : Theme.fontBody
            font.weight: card.hasHearing ? Font.DemiBold : Font.Normal
            color: card.hasHearing ? Theme.text : Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "hearingPanel"
            Layout.fillWidth: true
            visible: card.hasHearing
            text: card.hasHearing ? card.hearing.panelText : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "hearingAgencies"
            Layout.fillWidth: true
            visible: card.hasHearing
            text: card.hasHearing ? qsTr("Cơ quan giải trình: %1").arg(card.hearing.agenciesText) : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.hasHearing && card.hearing.documents.length > 0
            text: card.hasHearing ? qsTr("Tài liệu: %1").arg(card.hearing.documents.map(d => d.title).join("; ")) : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
