import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DienHong.Client

// Asks why a request to speak is removed from the list (the reason goes into the minutes;
// the server requires it and says so if it is missing).
Dialog {
    id: dialog
    property real requestId: 0
    property string speakerName: ""
    signal confirmed(real requestId, string reason)

    objectName: "removeFloorRequestDialog"
    title: qsTr("Xóa khỏi danh sách phát biểu")
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
            text: dialog.speakerName
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Lý do (ghi vào biên bản)")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
        TextField {
            id: reasonField
            objectName: "removeReasonField"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Lý do")
            Accessible.name: qsTr("Lý do xóa đăng ký phát biểu")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.gap
            ActionButton { text: qsTr("Quay lại"); onClicked: dialog.reject() }
            ActionButton {
                objectName: "confirmRemoveRequest"
                text: qsTr("Xóa khỏi danh sách")
                tone: "danger"
                onClicked: {
                    dialog.confirmed(dialog.requestId, reasonField.text)
                    dialog.close()
                }
            }
        }
    }
}
