import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Asks the chair why a poll is cancelled (the reason goes into the minutes).
Dialog {
    id: dialog
    property real pollId: 0
    property string pollTitle: ""
    signal confirmed(real pollId, string reason)

    objectName: "cancelPollDialog"
    title: qsTr("Hủy biểu quyết")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 48)
    padding: Theme.padding
    onOpened: reasonField.forceActiveFocus()
    onAboutToShow: reasonField.text = ""

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: dialog.pollTitle
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Lý do hủy (ghi vào biên bản)")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        TextField {
            id: reasonField
            objectName: "cancelReasonField"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Lý do")
            Accessible.name: qsTr("Lý do hủy biểu quyết")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmCancelPoll"
                text: qsTr("Hủy biểu quyết")
                tone: "danger"
                onClicked: {
                    dialog.confirmed(dialog.pollId, reasonField.text)
                    dialog.close()
                }
            }
        }
    }
}
